/**
 * @module test/engine/extract/quantity-row-under-name
 * A Japanese till's item bought more than once: its name on one line, its reduced-rate mark after
 * the name or not ("おにぎり 鮭 ※", "Onigiri Salmon *"), and under it the quantity row ending with the
 * item's total: "2個 X 単150 ¥300" (two pieces at 150 each) or "@150 x 2 ¥300" (at 150, two of them:
 * the unit price first after its at sign). The item is the name without its mark, quantity 2, unit
 * price 150, total 300; its mark gives it the reduced rate (8 %, its tax 300 x 8 / 108 = 22.2 -> 22).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { quantityClause } from '../../../engine/extract/quantity-clause.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const rows = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount, i.taxAmount]);

t.test('a Japanese slip: "おにぎり 鮭 ※" over "2個 X 単150 ¥300"', async (t) => {
  const r = derive(['ファミリーマート 渋谷店', '東京都渋谷区1-2-3', '2026年03月05日 12:34', 'おにぎり 鮭 ※', '2個 X 単150 ¥300', '緑茶 500ml ¥140', 'ライター ¥190',
    '小計 ¥630', '合計 ¥630', '(8%対象 ¥300 内消費税等 ¥22)', '(10%対象 ¥330 内消費税等 ¥30)', 'お預り ¥1,000', 'お釣り ¥370']);
  t.same([r.totalAmount, r.taxAmount], [630, 52]);
  t.same(rows(r), [['おにぎり 鮭', 2, 150, 300, 22], ['緑茶 500ml', 1, 140, 140, 13], ['ライター', 1, 190, 190, 17]]);
});

t.test('an English slip: "Onigiri Salmon *" over "@150 x 2 ¥300"', async (t) => {
  const r = derive(['LAWSON', 'Minato-ku Tokyo', '2026/03/05 08:12', 'Onigiri Salmon *', '@150 x 2 ¥300', 'Green Tea 500ml ¥140', 'Lighter ¥190',
    'Subtotal ¥630', 'Total ¥630', '(8% Target ¥300 Tax ¥22)', '(10% Target ¥330 Tax ¥30)', 'Cash ¥1,000', 'Change ¥370']);
  t.same([r.totalAmount, r.taxAmount], [630, 52]);
  t.same(rows(r), [['Onigiri Salmon', 2, 150, 300, 22], ['Green Tea 500ml', 1, 140, 140, 13], ['Lighter', 1, 190, 190, 17]]);
});

t.test('the at sign puts the unit price first', async (t) => {
  t.match(quantityClause('@150 x 2', 300, true), { quantity: 2, unitPrice: 150 });
  t.match(quantityClause('@150×2個', 300, true), { quantity: 2, unitPrice: 150 });
  t.match(quantityClause('@ 1.50 x 3', 4.5), { quantity: 3, unitPrice: 1.5 });
  t.match(quantityClause('2 @ 17.99', 35.98), { quantity: 2, unitPrice: 17.99 }, 'the count first before the at sign, as before');
  t.equal(quantityClause('@150 x 2', 280, true), null, 'a product that makes no total');
});
