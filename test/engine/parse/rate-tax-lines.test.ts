/**
 * @module test/engine/parse/rate-tax-lines
 * A Japanese till's tax breakdown, one rate at a time: the rate's target (the gross of its items)
 * and the consumption tax in it, "(8%対象 ¥598)" over "(内消費税等 ¥44)", which an OCR reader gives
 * as two text lines (and may split a figure off its words onto a line of its own: "(内消費税等" over
 * "¥44)"). Each rate's tax is read, the document's tax is their sum (44 + 30), and where ※ or *
 * marks the reduced-rate items each item's tax follows from its rate (8 % for the marked ones, whose
 * prices add up to the 8 % target; 10 % for the rest: line tax = price x r / (1 + r), whole yen).
 * A rate line and a tax line whose figures do not agree at the rate are no pair.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { joinRateTaxLines, rateTaxJoins } from '../../../engine/parse/rate-tax-lines.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const ITEMS = ['ファミリーマート 渋谷店', '東京都渋谷区1-2-3', '2026年03月05日 12:34', 'おにぎり 鮭 ※ ¥160', '緑茶 500ml ¥140', '弁当 唐揚 ※ ¥438', 'ライター ¥190'];
// (8 %: 160 x 8 / 108 = 11.85 -> 12, 438 x 8 / 108 = 32.44 -> 32; 10 %: 140 x 10 / 110 = 12.73 -> 13, 190 x 10 / 110 = 17.27 -> 17)
const LINE_TAXES = [12, 13, 32, 17];

t.test('the rate\'s line and its tax\'s line read as two lines: each rate\'s tax, their sum, each item\'s tax', async (t) => {
  const r = derive([...ITEMS, '小計 ¥928', '合計 ¥928', '(8%対象 ¥598)', '(内消費税等 ¥44)', '(10%対象 ¥330)', '(内消費税等 ¥30)', 'お預り ¥1,000', 'お釣り ¥72']);
  t.same([r.totalAmount, r.taxAmount, r.netAmount, r.currencyCode], [928, 74, 854, 'JPY']);
  t.same(r.tableItems.map((i) => i.taxAmount), LINE_TAXES);
});

t.test('one pair on one line and the other on two: the same', async (t) => {
  const r = derive([...ITEMS, '合計 ¥928', '(8%対象 ¥598 内消費税等 ¥44)', '(10%対象 ¥330)', '(内消費税等 ¥30)', 'お預り ¥1,000', 'お釣り ¥72']);
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [928, 74, 854]);
  t.same(r.tableItems.map((i) => i.taxAmount), LINE_TAXES);
});

t.test('figures split off their words onto lines of their own (the total\'s, an item\'s, the tax\'s), 消费税 read with its simplified 费', async (t) => {
  const r = derive(['ファミリーマート 渋谷店', '東京都渋谷区1-2-3', '2026年03月05日 12:34', 'おにぎり 鮭 ※', '¥160', '緑茶 500ml ¥140', '弁当 唐揚 ※ ¥438', 'ライター ¥190',
    '合計', '¥928', '(8%対象 ¥598)', '(内消费税等', '¥44)', '(10%対象', '¥330)', '(内消費税等 ¥30)', 'お預り', '¥1,000', 'お釣り', '¥72']);
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [928, 74, 854]);
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]), [['おにぎり 鮭', 160, 12], ['緑茶 500ml', 140, 13], ['弁当 唐揚', 438, 32], ['ライター', 190, 17]]);
});

t.test('which lines join', async (t) => {
  t.same(rateTaxJoins(['(8%対象 ¥598)', '(内消費税等 ¥44)', '(10%対象 ¥330)', '(内消費税等 ¥30)']), [{ at: 0, n: 2 }, { at: 2, n: 2 }]);
  t.same(rateTaxJoins(['(8%対象', '¥598)', '(内消費税等', '¥44)']), [{ at: 0, n: 4 }]);
  t.same(rateTaxJoins(['Sales 8% 100.00', 'Tax 8.00']), [{ at: 0, n: 2 }], 'a net and its tax at the rate');
  t.equal(joinRateTaxLines('(8%対象 ¥598)\n(内消費税等 ¥44)\nお預り ¥1,000'), '(8%対象 ¥598) (内消費税等 ¥44)\nお預り ¥1,000');
  t.same(rateTaxJoins(['(8%対象 ¥598)', '(内消費税等 ¥30)']), [], 'a tax that is not the rate\'s of the figure');
  t.same(rateTaxJoins(['VAT 20% 5.40', 'Tax 1.08']), [], 'a tax line above is itself a tax line');
  t.same(rateTaxJoins(['Discount 10% 2.00', 'Total 18.00']), [], 'no tax word below');
  t.same(rateTaxJoins(['(8%対象 ¥598)', '(内消費税等 8% ¥44)']), [], 'a tax line printing its own rate');
});
