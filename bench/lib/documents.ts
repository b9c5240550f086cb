/**
 * @module bench/lib/documents
 * The documents a bench submits, generated up front so the load loop only sends bytes:
 * small text-layer invoice PDFs (the gateway classifies them from the text layer, fast) and
 * PNG till receipts (no text layer: the gateway OCRs them to classify, the worker reuses that
 * reading to extract). Each one differs (number, supplier, items) so no cache can help.
 */
import { makeInvoicePdf, makeReceiptImage, type Currency } from '../../test/helpers/make-documents.ts';
import { multipartUpload, type Upload } from './client.ts';

const SUPPLIERS = ['Northwind Consulting Ltd', 'Contoso Design GmbH', 'Fabrikam Logistics Inc.', 'Tailspin Analytics LLC', 'Litware Legal LLP', 'Proseware Media SA'];
const SHOPS = ['GREENLEAF MARKET', 'CORNER BAKERY', 'RIVERSIDE PHARMACY', 'HARBOUR HARDWARE', 'BLUE DOOR CAFE', 'NORTH STAR BOOKS'];
const CURRENCIES: Currency[] = ['GBP', 'EUR', 'USD'];

export async function invoiceUploads(n: number): Promise<Upload[]> {
  const out: Upload[] = [];
  for (let i = 0; i < n; i++) {
    const bytes = await makeInvoicePdf({
      supplier: SUPPLIERS[i % SUPPLIERS.length],
      invoiceNumber: `INV-2024-${String(1000 + i)}`,
      items: [
        { description: 'Consulting (day rate)', quantity: 1 + (i % 3), unitPrice: 900 + 25 * i },
        { description: 'Audit report', quantity: 1, unitPrice: 450 + 10 * i },
      ],
      currency: CURRENCIES[i % CURRENCIES.length],
    });
    out.push(multipartUpload(bytes, `invoice-${i}.pdf`, 'application/pdf', 'invoice PDF (text layer)'));
  }
  return out;
}

export async function receiptUploads(n: number): Promise<Upload[]> {
  const out: Upload[] = [];
  for (let i = 0; i < n; i++) {
    const bytes = await makeReceiptImage({
      format: 'png',
      supplier: SHOPS[i % SHOPS.length],
      total: 20 + 7.35 * i,
      currency: CURRENCIES[i % CURRENCIES.length],
    });
    out.push(multipartUpload(bytes, `receipt-${i}.png`, 'image/png', 'receipt PNG (OCR)'));
  }
  return out;
}

/** "4 x invoice PDF (text layer), avg 2.1 KB" */
export function describeUploads(uploads: Upload[]): string {
  const byKind = new Map<string, Upload[]>();
  for (const u of uploads) byKind.set(u.kind, [...(byKind.get(u.kind) ?? []), u]);
  return [...byKind.entries()]
    .map(([kind, us]) => `${us.length} distinct ${kind}, avg ${(us.reduce((s, u) => s + u.body.length, 0) / us.length / 1024).toFixed(1)} KB`)
    .join('; ');
}
