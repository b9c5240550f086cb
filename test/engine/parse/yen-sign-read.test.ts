/**
 * @module test/engine/parse/yen-sign-read
 * The yen sign as a reader without it reads it: a backslash ("\1,280", the yen's code point in the
 * Japanese code pages) or a capital Y ("Y1,280"); or the yen written after the figure ("1,280円").
 * Each is yen: the currency JPY, the amounts whole yen (ISO 4217 gives the yen no minor unit), the
 * sign no part of an item's name. A Y before a figure on a page in dollars, or a single one, is left
 * as printed. (A rate line's tax is cut to the yen, 160 x 8 / 108 = 11.85 printed 11; an item's own is rounded, 12.)
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { yenSignsRead } from '../../../engine/parse/yen-sign-read.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const slip = (y: (n: string) => string) => ['ローソン 新宿店', '東京都新宿区西新宿1-2-3', '2026年03月05日 12:34', `おにぎり 鮭 ※ ${y('160')}`, `緑茶 500ml ${y('140')}`, `弁当 唐揚 ※ ${y('1,038')}`,
  `ライター ${y('190')}`, `合計 ${y('1,528')}`, `(8%対象 ${y('1,198')} 内消費税等 ${y('88')})`, `(10%対象 ${y('330')} 内消費税等 ${y('30')})`, `お預り ${y('2,000')}`, `お釣り ${y('472')}`];
const EXPECTED = { currency: 'JPY', total: 1528, tax: 118, net: 1410, items: [['おにぎり 鮭', 160, 12], ['緑茶 500ml', 140, 13], ['弁当 唐揚', 1038, 77], ['ライター', 190, 17]] };

for (const [name, y] of [['a backslash', (n: string) => `\\${n}`], ['a Y', (n: string) => `Y${n}`], ['a Y and a space', (n: string) => `Y ${n}`], ['yen after the figure', (n: string) => `${n}円`]] as const) {
  t.test(`the yen sign read as ${name}`, async (t) => {
    const r = derive(slip(y));
    t.same({ currency: r.currencyCode, total: r.totalAmount, tax: r.taxAmount, net: r.netAmount, items: r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]) }, EXPECTED);
  });
}

t.test('an English konbini slip with its yen read as Y', async (t) => {
  const r = derive(['LAWSON', 'Minato-ku Tokyo', '2026/03/05 08:12', 'Onigiri Salmon * Y160', 'Green Tea 500ml Y140', 'Lighter Y190', 'Total Y490',
    '(8% Target Y160 Tax Y11)', '(10% Target Y330 Tax Y30)', 'Cash Y1,000', 'Change Y510']);
  t.same([r.currencyCode, r.totalAmount, r.taxAmount, r.netAmount], ['JPY', 490, 41, 449]);
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]), [['Onigiri Salmon', 160, 12], ['Green Tea 500ml', 140, 13], ['Lighter', 190, 17]]);
});

t.test('what is put back and what is left', async (t) => {
  t.equal(yenSignsRead('合計 \\1,280\nお預り \\ 2,000'), '合計 ¥1,280\nお預り ¥ 2,000');
  t.equal(yenSignsRead('Total Y1,280\nCash Y2,000'), 'Total ¥1,280\nCash ¥2,000');
  t.equal(yenSignsRead('SIZE Y 12\nTotal 4.50'), 'SIZE Y 12\nTotal 4.50', 'one Y before a figure');
  t.equal(yenSignsRead('Y 12 Y 14\nTotal $4.50'), 'Y 12 Y 14\nTotal $4.50', 'a page in dollars');
  t.equal(yenSignsRead('Y1.50 Y2.50'), 'Y1.50 Y2.50', 'figures with cents');
  t.equal(yenSignsRead('TOY12 XY 14'), 'TOY12 XY 14', 'a Y inside a word');
});
