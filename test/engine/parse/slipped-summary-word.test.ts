/**
 * @module test/engine/parse/slipped-summary-word
 * A summary row whose label OCR misread by one letter ("Gubtotal : 15.90" for Subtotal,
 * "SUBIOTAL 235.85") is no item: before, a till's one item came back with its subtotal as a
 * second item, and the lines added up to twice the total (every line tax then null).
 */
import t from 'tap';
import { slippedSummaryRow } from '../../../engine/parse/slipped-summary-word.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a lone label one letter from a long summary word, then one figure', async (t) => {
  t.ok(slippedSummaryRow('Gubtotal : 15.90'));
  t.ok(slippedSummaryRow('SUBIOTAL 235.85'));
  t.ok(slippedSummaryRow('Roundng : 0.02'));
  t.ok(slippedSummaryRow('Discourt 0.00'));
  t.notOk(slippedSummaryRow('Subtotal : 15.90'), 'the word as printed is read elsewhere');
  t.notOk(slippedSummaryRow('Sultanas 15.90'), 'two letters away');
  t.notOk(slippedSummaryRow('Tonal 15.90'), 'a short word');
  t.notOk(slippedSummaryRow('Gubtotal tape 15.90'), 'more words');
});

t.test("a hardware till's one item over a misread subtotal", async (t) => {
  const lines = ['HOME MASTER HARDWARE & ELECTRICAL', 'NO.113G, JALAN SETIA GEMILANG', '40170 BANDAR SETIA ALAM, SELANGOR', 'GST Reg No. :001637511168', 'TAX INVOICE',
    'Invoice No.: CS 67832', 'Date : 22/12/2017 14:03', 'RM Code', '24MMX7Y M.ONE TAPE', '1 X 15.90 15.90 SR', 'Gubtotal : 15.90', 'Total Excl. of GST 15.00',
    'Total Incl. of GST 15.90', 'Payment : 50.00', 'Change Due : 34.10'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const r = (x.formatted as { multiple_receipts: { tableItems: { description: string | null; totalAmount: number | null }[] }[] }).multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['24MMX7Y M.ONE TAPE', 15.9]]);
});
