/**
 * @module test/engine/extract/cover-and-service
 * A restaurant's cover charge is an item counted per person ("Coperto x2 4,00", "2 x Coperto 2,00
 * 4,00": quantity 2 at 2,00); a service charge taken as a percentage ("Servizio 10% 2,40") is in
 * the total and its rate is never a quantity of 10.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { coverCount } from '../../../engine/extract/cover-count.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function run(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0], checks: d.checks };
}
const rows = (r: Receipt) => r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

t.test('the cover charge is an item of as many covers as printed', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const after = run(['TRATTORIA DA MARIO', 'Coperto x2 4,00', 'Spaghetti 12,00', 'Vino 8,00', 'Totale 24,00'], kind).r;
    t.same(rows(after), [['Coperto', 2, 2, 4], ['Spaghetti', 1, 12, 12], ['Vino', 1, 8, 8]], `count after the name (${kind})`);
    const before = run(['TRATTORIA DA MARIO', '2 x Coperto 2,00 4,00', 'Spaghetti 12,00', 'Vino 8,00', 'Totale 24,00'], kind).r;
    t.same(rows(before), [['Coperto', 2, 2, 4], ['Spaghetti', 1, 12, 12], ['Vino', 1, 8, 8]], `count and times sign before the name (${kind})`);
  }
});

t.test('a service charge as a percentage is in the total and never a quantity of 10', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const { r, checks } = run(['TRATTORIA DA MARIO', '2 x Coperto 2,00 4,00', 'Spaghetti 12,00', 'Vino 8,00', 'Servizio 10% 2,40', 'Totale 26,40'], kind);
    t.equal(r.totalAmount, 26.4, `total with the charge (${kind})`);
    t.same(rows(r), [['Coperto', 2, 2, 4], ['Spaghetti', 1, 12, 12], ['Vino', 1, 8, 8]], `the goods, the service charge no item (${kind})`);
    t.notOk(r.tableItems.some((i) => i.quantity === 10), `no quantity from the rate (${kind})`);
    t.equal(checks.find((c) => c.name === 'items_sum_equals_net_or_total')?.ok, true, `items check (${kind})`);
  }
});

t.test('a count after a cover word only: after another name it may be a pack size', async (t) => {
  t.same(coverCount('Coperti 3 x'), { count: 3, name: 'Coperti' });
  t.same(coverCount('Couvert x 2'), { count: 2, name: 'Couvert' });
  t.equal(coverCount('Acqua x6'), null);
  t.equal(coverCount('Coperto'), null);
});
