/**
 * @module test/engine/extract/title-glued-to-name
 * A document title OCR read into the issuer's line ("TAX INVOICE ACME PTE LTD", "ACME PTE LTD
 * TAX INVOICE", "ACME PTE LTDTAX INVOICE", "RECHNUNG Müller GmbH") is never part of the
 * supplier's name, on a receipt or an invoice, scanned or with a text layer; a title word that is
 * part of a name stays.
 */
import t from 'tap';
import { withoutGluedTitle } from '../../../engine/extract/title-glued-to-name.ts';
import { extractOffline } from '../../../engine/extract/extract-offline.ts';
import { readingFromText } from '../reading-from-text.ts';

const RECEIPT_BODY = ['12 Anson Road Singapore 079903', 'Date: 12/03/2024', 'Kopi O          2.00', 'Kaya Toast      3.00', 'TOTAL           5.00', 'CASH           10.00', 'CHANGE          5.00'];
const INVOICE_BODY = ['12 Anson Road Singapore 079903', 'Bill To: Lion Engineering Pte Ltd', 'Invoice No: 123', 'Date: 12/03/2024', 'Due Date: 12/04/2024',
  'Description Qty Unit Price Amount', 'Widget 2 10.00 20.00', 'Sub Total 20.00', 'GST 9% 1.80', 'Total 21.80'];

function supplierOf(head: string, type: 'receipt' | 'invoice', kind: 'image' | 'pdf'): string | null {
  const r = readingFromText([[head, ...(type === 'receipt' ? RECEIPT_BODY : INVOICE_BODY)]], { kind });
  const f = extractOffline(r, type).formatted as { supplierName?: string | null; multiple_receipts?: { supplierName: string | null }[] };
  return (type === 'receipt' ? f.multiple_receipts?.[0]?.supplierName : f.supplierName) ?? null;
}

const GLUED: [string, string][] = [
  ['TAX INVOICE ACME PTE LTD', 'ACME PTE LTD'],
  ['ACME PTE LTD TAX INVOICE', 'ACME PTE LTD'],
  ['ACME PTE LTDTAX INVOICE', 'ACME PTE LTD'],
  ['TAXINVOICE ACME PTE LTD', 'ACME PTE LTD'],
  ['Tax Invoice Acme Pte Ltd', 'Acme Pte Ltd'],
  ['ACME TRADING INVOICE', 'ACME TRADING'],
  ['INVOICE ACME TRADING', 'ACME TRADING'],
  ['RECEIPT ACME TRADING', 'ACME TRADING'],
  ['ACME TRADING RECEIPT', 'ACME TRADING'],
  ['RECHNUNG Müller GmbH', 'Müller GmbH'],
  ['Müller GmbH RECHNUNG', 'Müller GmbH'],
  ['FACTURE Dupont SARL', 'Dupont SARL'],
  ['FACTURA Gomez S.L.', 'Gomez S.L.'],
];

t.test('a title glued to the name is cut from its start or end', async (t) => {
  for (const [read, name] of GLUED) t.equal(withoutGluedTitle(read), name, read);
  t.equal(withoutGluedTitle('Acme Trading Receipt'), 'Acme Trading', 'a title ending a name of two words, in any case');
});

t.test('a title word that is the name\'s own stays', async (t) => {
  t.equal(withoutGluedTitle('Smart Invoice Ltd'), 'Smart Invoice Ltd', 'inside the name');
  t.equal(withoutGluedTitle('SMART INVOICE LTD'), 'SMART INVOICE LTD');
  t.equal(withoutGluedTitle('Receipt Bank Ltd'), 'Receipt Bank Ltd', 'opening a name in mixed case');
  t.equal(withoutGluedTitle('INVOICE LTD'), 'INVOICE LTD', 'a legal form alone is left: no name to keep');
  t.equal(withoutGluedTitle('TAX INVOICE'), 'TAX INVOICE', 'a title alone is the callers\' to refuse, not a name to cut');
});

t.test('the supplier of a receipt or an invoice never carries the title read into its line', async (t) => {
  for (const type of ['receipt', 'invoice'] as const) {
    for (const kind of ['image', 'pdf'] as const) {
      for (const [read, name] of GLUED) t.equal(supplierOf(read, type, kind), name, `${type}, ${kind}: ${read}`);
    }
  }
});
