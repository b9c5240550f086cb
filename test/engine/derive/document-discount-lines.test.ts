/**
 * @module test/engine/derive/document-discount-lines
 * A document discount printed below the lines when no line carries it ("Rabatt 10% -2,35",
 * "Sconto -0,40", "Remise 10% -1,00"): the document's discountAmount is its figure, the gross
 * lines add up to the total plus it (items check passes), and a line that prints no allowance
 * of its own has none (EN 16931 BT-136 = 0; the discount is the document's, BT-92), whether it
 * prints one price or its quantity and unit price (README, "Printed or derived").
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function run(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0], checks: d.checks };
}

t.test('the document discount below the lines; the lines add up to the total plus it', async (t) => {
  const cases: [string[], number, number, (number | null)[]][] = [
    [['BAECKEREI MUELLER', 'Brot 10,00', 'Kuchen 13,50', 'Rabatt 10% -2,35', 'Summe EUR 21,15'], 21.15, 2.35, [0, 0]],
    [['BOULANGERIE', 'Pain 2,00', 'Tarte 8,00', 'Remise 10% -1,00', 'Total 9,00'], 9, 1, [0, 0]],
    [['BAR CENTRALE', 'Caffe 2 x 1,50 3,00', 'Cornetto 2 x 1,20 2,40', 'Sconto -0,40', 'Totale 5,00'], 5, 0.4, [0, 0]],
  ];
  for (const [lines, total, discount, lineDiscounts] of cases) {
    const { r, checks } = run(lines);
    t.same([r.totalAmount, r.discountAmount], [total, discount], `${lines[3]}: total and discount`);
    t.same(r.tableItems.map((i) => i.discountAmount), lineDiscounts, `${lines[3]}: line discounts`);
    t.equal(checks.find((c) => c.name === 'items_sum_equals_net_or_total')?.ok, true, `${lines[3]}: items check`);
  }
});
