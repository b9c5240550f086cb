/**
 * @module test/engine/classify/billed-tax-invoice
 * "TAX INVOICE" titles a Singaporean, Malaysian or Australian invoice and a till's slip alike, so
 * its words prove nothing; the page's structure tells them apart. A full A4 page with a buyer's
 * block, credit terms and no payment at a till is an invoice, scanned or not (a scanned A4 tax
 * invoice was typed a receipt while its text-PDF twin was an invoice); a slip paid at the till,
 * or laid on a scanner's A4 glass, stays a receipt.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';
import type { DocumentReading } from '../../../engine/types.ts';

/** A reading of `lines` on a page of `width` x `height` units (the builder's text is 6 units a character). */
function page(lines: string[], kind: 'pdf' | 'image', width: number, height: number): DocumentReading {
  const r = readingFromText([lines], { kind, width });
  r.pages[0].height = height;
  if (kind === 'image') r.firstPageImage = { width, height };
  return r;
}

/**
 * An A4 tax invoice as OCR reads it: its labels glued where the print sets them close
 * ("InvoiceNo", "DueDate", "SubTotal"), the buyer under "Customer:", the columns of the header
 * read into one line each, no word "invoice" but the title's.
 */
const A4_TAX_INVOICE = [
  'MERIDIAN OFFICE SUPPLIES PTE LTD',
  '10 Anson Road #12-01 Singapore 079903',
  'GST Reg No: 201912345K   Tel: 6222 1234',
  'TAX INVOICE',
  'Customer:                               InvoiceNo: MO-24-0187',
  'Lion Engineering Pte Ltd                Date: 05/03/2024',
  '25 Jurong Port Road Singapore 619092    Terms: 30 Days',
  'Attn: Mr Tan Wei Ming                   DueDate: 04/04/2024',
  'No Description               Qty   Unit Price     Amount',
  '1  A4 Paper 80gsm (box)       10        32.00     320.00',
  '2  Toner Cartridge 85A         4        98.50     394.00',
  '3  Delivery charge             1        25.00      25.00',
  '                                  SubTotal        739.00',
  '                                  GST 9%           66.51',
  '                                  Total           805.51',
  'Payment by cheque or bank transfer to DBS 003-123456-7',
];

t.test('a scanned A4 tax invoice with a customer, terms and a due date is an invoice, as its text PDF is', async (t) => {
  // the builder's characters are 6 units wide: 66 characters make a 420-unit page, A4 is 1.414 times as tall
  const scan = classifyOffline(page(A4_TAX_INVOICE, 'image', 420, 594));
  t.equal(scan.type, 'invoice', scan.reason);
  t.match(scan.reason, /an invoice title/);
  const pdf = classifyOffline(page(A4_TAX_INVOICE, 'pdf', 420, 594));
  t.equal(pdf.type, 'invoice', pdf.reason);
  // its buyer may be labelled "Bill To" or shown only by a second street address
  const billTo = A4_TAX_INVOICE.map((l) => l.replace('Customer:', 'Bill To  ').replace('Attn: Mr Tan Wei Ming', '                     '));
  t.equal(classifyOffline(page(billTo, 'image', 420, 594)).type, 'invoice', 'Bill To');
});

t.test('a till slip titled TAX INVOICE stays a receipt', async (t) => {
  const cafe = ['BEANS & CO CAFE PTY LTD', 'ABN 51 824 753 556', '12 King St, Sydney NSW 2000', 'TAX INVOICE', '12/03/2024 08:41', 'Flat White x2        $9.00',
    'Banana Bread         $5.50', 'TOTAL               $14.50', 'GST included         $1.32', 'EFTPOS              $14.50', 'Thank you'];
  const c = classifyOffline(page(cafe, 'image', 200, 520));
  t.equal(c.type, 'receipt', `Australian café: ${c.reason}`);
  const sroie = ['KEDAI PERKAKAS MAJU SDN BHD', '(1234567-X)', 'NO 8 JALAN PERMAS 10, 81750 JOHOR', 'GST ID: 000123456789', 'TAX INVOICE', 'Customer: CASH',
    'Terms: C.O.D', 'Date: 12/03/2018  Cashier: ANN', 'Qty Description Price Amount', '2 PVC PIPE 1/2 3.50 7.00 SR', '1 WALL PLUG 6MM 2.90 2.90 SR',
    'Total Qty: 3', 'Sub Total 9.90', 'GST 6% 0.59', 'Rounding 0.01', 'Total 10.50', 'Cash Tendered 20.00', 'Change 9.50', 'Goods sold are not returnable'];
  // laid on a scanner's A4 glass: the page is A4, its text a strip down it
  for (const [name, r] of [['a till roll', page(sroie, 'image', 280, 700)], ['on A4 glass', page(sroie, 'image', 1131, 1600)]] as const) {
    const s = classifyOffline(r);
    t.equal(s.type, 'receipt', `Malaysian hardware slip, ${name}: ${s.reason}`);
  }
  // not paid on it, but a strip on the glass, not a full page: still a slip
  const unpaid = sroie.filter((l) => !/Tendered|Change/.test(l));
  t.equal(classifyOffline(page(unpaid, 'image', 1131, 1600)).type, 'receipt', 'an unpaid slip on A4 glass');
});

t.test('a full A4 page titled TAX INVOICE but paid at the till keeps the till slip reading of its title', async (t) => {
  // the same page, settled in cash on the spot: a buyer and terms do not make the title an invoice's
  const paid = [...A4_TAX_INVOICE.slice(0, -1), '                                  Cash Tendered  1000.00', '                                  Change          194.49'];
  const c = classifyOffline(page(paid, 'image', 420, 594));
  t.notMatch(c.reason, /an invoice title/, c.reason);
});
