/**
 * @module test/engine/derive/reduced-rate-marks
 * A Japanese convenience store's receipt marks its reduced-rate items (8 %, food) with a star or a
 * "※" beside the price and prints one line per rate, the rate's target (the gross of its items)
 * and the tax in it: "(8% Target ¥688 Tax ¥50)", "（8%対象 ¥688 内消費税 ¥50）". Every item is
 * read with its price; the tax is the sum of the rate lines' taxes, the net total - tax; an item
 * marked carries the lower rate and an unmarked one the higher, where the marked items add up to
 * the lower rate's target and the others to the higher's (line tax = total x r / (1 + r), in whole
 * yen: ISO 4217 gives JPY no minor unit). A note explaining the mark under the totals ("* indicates
 * reduced tax rate item") is no item table's header.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { reducedRateMarks } from '../../../engine/derive/reduced-rate-marks.ts';
import { markNote } from '../../../engine/extract/mark-note.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const rows = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount, i.taxAmount, i.netAmount]);

// (8 %: 160 x 8 / 108 = 11.85 -> 12; 10 %: 140 x 10 / 110 = 12.73 -> 13)
const EXPECTED = (names: string[]) => [
  [names[0], 1, 160, 160, 12, 148], [names[1], 1, 140, 140, 13, 127], [names[2], 1, 298, 298, 22, 276], [names[3], 1, 230, 230, 17, 213], [names[4], 1, 190, 190, 17, 173],
];

t.test('English konbini slip: a star marks the reduced-rate items, two rate lines, a note on the mark', async (t) => {
  const lines = ['LAWSON', 'Minato-ku Tokyo', '2026/03/05 08:12', 'Onigiri Salmon * ¥160', 'Green Tea 500ml ¥140', 'Sandwich Egg * ¥298', 'Bento Karaage * ¥230', 'Lighter ¥190',
    'Subtotal ¥1,018', '(8% Target ¥688 Tax ¥50)', '(10% Target ¥330 Tax ¥30)', 'Total ¥1,018', 'Cash ¥1,018', '* indicates reduced tax rate item'];
  for (const kind of ['pdf', 'image'] as const) {
    const r = derive(lines, kind);
    t.same([r.totalAmount, r.taxAmount, r.netAmount], [1018, 80, 938], kind);
    t.same(rows(r), EXPECTED(['Onigiri Salmon', 'Green Tea 500ml', 'Sandwich Egg', 'Bento Karaage', 'Lighter']), kind);
  }
});

t.test('Japanese konbini slip: "※" marks the reduced-rate items, "（8%対象 ¥688 内消費税 ¥50）"', async (t) => {
  const lines = ['ファミリーマート 渋谷店', '東京都渋谷区1-2-3', '2026年03月05日 12:34', 'おにぎり 鮭 ※ ¥160', '緑茶 500ml ¥140', 'サンドイッチ 玉子 ※ ¥298', '弁当 唐揚※ ¥230', 'ライター ¥190',
    '合計 ¥1,018', '（8%対象 ¥688 内消費税 ¥50）', '（10%対象 ¥330 内消費税 ¥30）', 'お預り ¥2,000', 'お釣り ¥982', '※印は軽減税率対象商品です'];
  const r = derive(lines);
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [1018, 80, 938]);
  t.same(rows(r), EXPECTED(['おにぎり 鮭', '緑茶 500ml', 'サンドイッチ 玉子', '弁当 唐揚', 'ライター']));
});

t.test('the tax word as a Chinese-trained OCR reads it, 消费税 (its simplified 费 for 費), is the tax too', async (t) => {
  const lines = ['ファミリーマート 渋谷店', '東京都渋谷区1-2-3', '2026年03月05日 12:34', 'おにぎり 鮭 ※ ¥160', '緑茶 500ml ¥140', 'サンドイッチ 玉子 ※ ¥298', '弁当 唐揚※ ¥230', 'ライター ¥190',
    '合計 ¥1,018', '（8%対象 ¥688 内消费税 ¥50）', '（10%対象 ¥330 内消費税 ¥30）', 'お預り ¥2,000', 'お釣り ¥982'];
  const r = derive(lines);
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [1018, 80, 938]);
});

t.test('the mark after the price ("ONIGIRI TUNA ¥140 *")', async (t) => {
  const lines = ['SEVEN ELEVEN', 'OSAKA UMEDA', '2026/03/12 08:05', 'ONIGIRI TUNA  ¥140 *', 'BENTO KARAAGE  ¥598 *', 'TOILET PAPER  ¥348', 'Total ¥1,086',
    '(8% Target ¥738 Tax ¥54)', '(10% Target ¥348 Tax ¥31)', 'Cash ¥2,000', 'Change ¥914'];
  const r = derive(lines);
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [1086, 85, 1001]);
  // (140 x 8 / 108 = 10.37; 598 x 8 / 108 = 44.30; 348 x 10 / 110 = 31.64)
  t.same(rows(r), [['ONIGIRI TUNA', 1, 140, 140, 10, 130], ['BENTO KARAAGE', 1, 598, 598, 44, 554], ['TOILET PAPER', 1, 348, 348, 32, 316]]);
});

t.test('marked items that do not add up to the lower rate\'s target: no line tax', async (t) => {
  const lines = ['LAWSON', 'Minato-ku Tokyo', '2026/03/05 08:12', 'Onigiri Salmon * ¥160', 'Green Tea 500ml * ¥140', 'Lighter ¥190', 'Total ¥490',
    '(8% Target ¥160 Tax ¥11)', '(10% Target ¥330 Tax ¥30)', 'Cash ¥490'];
  const r = derive(lines);
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null]);
  t.equal(r.taxAmount, 41);
});

t.test('the marks read off the item lines; a times sign between figures is none; a note on the mark is no header', async (t) => {
  const items = [{ description: 'Onigiri', totalAmount: 160 }, { description: 'Cola', totalAmount: 160 }, { description: 'Tea', totalAmount: 140 }];
  t.same(reducedRateMarks(items, 'Onigiri ※ ¥160\nCola 2 * 80 160\nTea ¥140 *'), ['*', '', '*']);
  t.equal(reducedRateMarks(items, 'Onigiri * ¥160\nCola * 160\nTea ¥140 *'), null, 'every item marked: no class told from another');
  t.equal(reducedRateMarks(items, 'Onigiri * ¥160\nTea ¥140'), null, 'an item\'s line not found');
  t.ok(markNote('* indicates reduced tax rate item'));
  t.ok(markNote('※印は軽減税率対象商品です'));
  t.ok(markNote('(*) Reduced rate 8% items'));
  t.notOk(markNote('* Onigiri Salmon ¥160'), 'an item marked before its name');
  t.notOk(markNote('Item Qty Rate Amount'), 'a header row');
});

t.test('a photo read with the mark on a line of its own under its row, or opening the price row under its name', async (t) => {
  const lines = ['LAWSON', 'Minato-ku Tokyo', '2026/03/05 08:12', 'Onigiri Salmon ¥160', '*', 'Green Tea 500ml ¥140', 'Sandwich Egg', '* ¥298', 'Bento Karaage ¥230', '*',
    'Lighter ¥190', 'Total ¥1,018', '(8% Target ¥688 Tax ¥50)', '(10% Target ¥330 Tax ¥30)', 'Cash ¥1,018', '* Reduced tax rate item'];
  const r = derive(lines);
  t.same(rows(r), EXPECTED(['Onigiri Salmon', 'Green Tea 500ml', 'Sandwich Egg', 'Bento Karaage', 'Lighter']));
  const items = [{ description: 'Onigiri', totalAmount: 160 }, { description: 'Tea', totalAmount: 140 }];
  t.same(reducedRateMarks(items, 'Onigiri ¥160\n*\nTea ¥140'), ['*', '']);
});
