/**
 * @module test/engine/extract/rejoin-parts
 * One till slip that the reader cut into two parts side by side (its labels on the left, its
 * figures on the right, a wide blank band between): its rows are one again for the total.
 */
import t from 'tap';
import { rejoinParts } from '../../../engine/extract/rejoin-parts.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';
import type { DocumentReading } from '../../../engine/types.ts';

/** Two columns of text as the reader gives a side-by-side cut: each a page with its origin in the image. */
function cutInTwo(left: string[], right: string[], cutAt = 200): DocumentReading {
  const l = readingFromText([left], { kind: 'image', width: cutAt }).pages[0];
  const r = readingFromText([right], { kind: 'image', width: 120 }).pages[0];
  return { kind: 'image', pageCount: 1, firstPageImage: { width: cutAt + 120, height: l.height }, pages: [{ ...l, page: 1, origin: { x: 0, y: 0 } }, { ...r, page: 2, origin: { x: cutAt, y: 0 } }] };
}

const LEFT = ['FOUR QUARTERS SDN BHD', 'Date: 06/07/16 13:54', 'Smores Pie', 'Chocolate Mint', 'SUBTOTAL:', 'TOTAL:', '6%GST', 'CASH', 'CHANGE'];
const RIGHT = ['', '', '10.50 SR', '11.20 SR', '21.70', '23.00', '1.30', '50.00', '27.00'];

t.test('a label and its figure read as parts side by side are one line again', async (t) => {
  const page = rejoinParts(cutInTwo(LEFT, RIGHT)).pages;
  t.equal(page.length, 1, 'one page, in the first part\'s pixels');
  t.same(page[0].lines.map((l) => l.text).slice(4, 7), ['SUBTOTAL: 21.70', 'TOTAL: 23.00', '6%GST 1.30']);
  t.ok(page[0].lines[5].words[1].box.x >= 200, 'the figure keeps its place in the image');
  const r = extractReceipt(cutInTwo(LEFT, RIGHT)).formatted.multiple_receipts;
  t.equal(r.length, 1);
  t.equal(r[0].totalAmount, 23);
});

t.test('a total in large type read as two pieces on its row is one figure', async (t) => {
  const reading = cutInTwo(LEFT, RIGHT.map((x, i) => (i === 5 ? '' : x)));
  // "23" and ".00" as OCR reads large type: two boxes side by side on the TOTAL row
  const row = reading.pages[0].lines.find((l) => l.text === 'TOTAL:')!;
  for (const [text, x] of [['23', 10], ['.00', 22]] as const) {
    reading.pages[1].lines.push({ text, words: [{ text, confidence: 0.9, box: { x, y: row.box.y, w: text.length * 6, h: 12 } }], box: { x, y: row.box.y, w: text.length * 6, h: 12 } });
  }
  t.equal(rejoinParts(reading).pages[0].lines.find((l) => l.text.startsWith('TOTAL'))!.text, 'TOTAL: 23.00');
  t.equal(extractReceipt(reading).formatted.multiple_receipts[0].totalAmount, 23);
});

t.test('receipts side by side that are each whole stay apart, and a reading of one page is left alone', async (t) => {
  const reading = cutInTwo(['SHOP ONE', 'Date 01/02/2020', 'TOTAL 5.00'], ['SHOP TWO', 'Date 02/02/2020', 'TOTAL 7.00']);
  t.same(extractReceipt(reading).formatted.multiple_receipts.map((r) => r.totalAmount), [5, 7]);
  const one = readingFromText([LEFT], { kind: 'image' });
  t.equal(rejoinParts(one), one);
});

t.test('a word the cut went through is one word again', async (t) => {
  const reading = cutInTwo(LEFT, RIGHT);
  const left = reading.pages[0], right = reading.pages[1];
  // "DATE: 2" ends at the cut (x 200), "4/05/2018" starts at it, on the same row
  const y = left.lines[1].box.y;
  left.lines[1] = { text: 'DATE: 2', words: [{ text: 'DATE:', confidence: 0.9, box: { x: 160, y, w: 30, h: 12 } }, { text: '2', confidence: 0.9, box: { x: 194, y, w: 6, h: 12 } }], box: { x: 160, y, w: 40, h: 12 } };
  right.lines.push({ text: '4/05/2018', words: [{ text: '4/05/2018', confidence: 0.9, box: { x: 0, y, w: 54, h: 12 } }], box: { x: 0, y, w: 54, h: 12 } });
  t.equal(rejoinParts(reading).pages[0].lines.find((l) => l.text.startsWith('DATE'))!.text, 'DATE: 24/05/2018');
  t.equal(extractReceipt(reading).formatted.multiple_receipts[0].date, '24/05/2018');
});

t.test('an invoice cut between its item names and its figures keeps its line items once typed an invoice', async (t) => {
  const left = ['Kobe Marine Supply Co., Ltd.', '3-4-5 Minato-ku, Kobe', '', '', 'INVOICE', '', '', '', 'Item', 'Harbour survey (days)', 'Rope, per coil'];
  const right = ['', '', 'Billed To', 'Osaka Freight K.K.', '', 'Invoice No. KM-2207', 'Issue Date 2026/03/02', 'Payment Due 2026/04/01',
    'Qty Unit Amount', '4 85,000 340,000', '12 7,500 90,000', '', 'Subtotal 430,000', 'Consumption Tax 10% 43,000', 'Total (JPY) 473,000'];
  const r = extractInvoice(cutInTwo(left, right, 300)).formatted;
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['Harbour survey (days)', 340000], ['Rope, per coil', 90000]]);
  t.equal(r.totalAmount, 473000);
  t.equal(r.customerName, 'Osaka Freight K.K.');
});
