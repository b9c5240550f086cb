/**
 * @module test/engine/extract/charged-net
 * A service charge printed between the lines' subtotal and the tax (Singapore's GST and
 * Malaysia's SST charged on it): the net is total - tax (EN 16931 BT-109, the charge a
 * document-level charge, BG-21), the lines add up to the subtotal, the charge is no line, and the
 * checks hold; a tip printed under the tax leaves the subtotal as the net. A cash rounding after
 * the tax is no part of the net (EN 16931 BT-114): 33.00 + 3.30 = 36.30, 9 % of it 3.27, paid 39.55.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function read(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0], checks: d.checks };
}

t.test('subtotal, service charge, tax, total: net = total - tax, the lines add up to the subtotal, every check holds', async (t) => {
  const cases: Array<[string[], number, number, number]> = [
    [['1 Laksa 12.80', '2 Barley 5.60', '1 Satay Set 18.40', 'Sub Total 36.80', 'Service Charge 10% 3.68', 'GST 9% 3.64', 'TOTAL S$44.12'], 44.12, 3.64, 40.48],
    [['Char Kway Teow 14.00', 'Kopi Peng 6.00', 'SUBTOTAL 20.00', 'SVC CHG 10% 2.00', 'SST 8% 1.76', 'TOTAL RM 23.76'], 23.76, 1.76, 22],
    [['Dim Sum Platter 28.50', 'Chrysanthemum Tea 4.50', 'Subtotal 33.00', '10% Srv Chg 3.30', 'GST @9% 3.27', 'Rounding -0.02', 'Grand Total 39.55'], 39.55, 3.27, 36.3],
  ];
  for (const [body, total, tax, net] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const { r, checks } = read(['LOTUS GARDEN EATERY PTE LTD', '18/04/2026 20:11', ...body, 'Thank you, come again'], kind);
      const name = `${body[body.length - 2]} (${kind})`;
      t.same([r.totalAmount, r.taxAmount, r.netAmount], [total, tax, net], name);
      t.notOk(r.tableItems.some((i) => /chg|charge/i.test(i.description ?? '')), `${name}: the charge is no line`);
      t.same(checks.filter((c) => !c.ok).map((c) => c.name), [], `${name}: the checks hold`);
      t.ok(checks.some((c) => c.name === 'items_sum_equals_net_or_total' && c.ok), `${name}: the lines add up`);
    }
  }
});

t.test('a tip under the tax, or no charge at all, leaves the printed subtotal as the net', async (t) => {
  const tip = read(['HARBOR GRILL', 'Burger 16.00', 'Fries 4.00', 'Subtotal 20.00', 'Sales Tax 8% 1.60', 'Tip 4.00', 'Total 25.60'], 'pdf').r;
  t.same([tip.totalAmount, tip.taxAmount, tip.netAmount], [25.6, 1.6, 20]);
  const plain = read(['LOTUS GARDEN EATERY PTE LTD', 'Laksa 12.80', 'Barley 5.60', 'Sub Total 18.40', 'GST 9% 1.66', 'TOTAL 20.06'], 'pdf').r;
  t.same([plain.totalAmount, plain.taxAmount, plain.netAmount], [20.06, 1.66, 18.4]);
});
