/**
 * @module test/engine/derive/rate-sections
 * Items printed in sections, one per tax rate, each closed by the rate's subtotal ("Total 0%
 * supplies: 23.83", "Total 6% supplies (excl. GST): 12.00"): each item bears its section's rate
 * (0 % bread, 6 % cakes: line tax = line net x rate), where every section's items add up to its
 * subtotal and the sections' taxes make the document's; otherwise the line taxes stay null (never
 * the page's one other rate on every line).
 */
import t from 'tap';
import { sectionLineRates } from '../../../engine/derive/rate-sections.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';
import { SECTIONED } from '../extract/rate-section-items.test.ts';

function run(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0], formatted: d.formatted };
}

t.test('each item bears its section\'s rate', async (t) => {
  const { r, formatted } = run(SECTIONED);
  t.same(r.tableItems.map((i) => [i.totalAmount, i.taxAmount, i.netAmount]), [[6.39, 0, 6.39], [5.56, 0, 5.56], [11.88, 0, 11.88], [11.16, 0.67, 11.16], [14.4, 0.86, 14.4], [-9.36, -0.56, -9.36], [-4.2, -0.25, -4.2]]);
  t.same(validateResult('receipt', formatted).missing, []);
});

t.test('sections that do not prove themselves tell no rate, and the page\'s one tax rate goes on no line', async (t) => {
  const items = (totals: number[]) => totals.map((totalAmount, i) => ({ description: ['WHITE', 'WHOLEMEAL', 'JUMBO', 'CUP', 'CREAM', 'SWISS', 'BERRY'][i], totalAmount }));
  const text = SECTIONED.join('\n');
  t.same(sectionLineRates(items([6.39, 5.56, 11.88, 11.16, 14.4, -9.36, -4.2]), text, 0.72), [0, 0, 0, 0.06, 0.06, 0.06, 0.06]);
  t.equal(sectionLineRates(items([6.39, 5.56, 11.88, 11.16, 14.4, -9.36, -4.2]), text, 0.9), null, 'the sections\' taxes are not the document\'s');
  t.equal(sectionLineRates(items([6.39, 5.56, 11.88, 11.16, 14.4, -9.36, -4.2]), text, null), null, 'no tax read');
  const { r } = run(SECTIONED.map((l) => (l.startsWith('GST:') ? 'GST 6%:                                0.90' : l)));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null, null, null, null, null]);
});
