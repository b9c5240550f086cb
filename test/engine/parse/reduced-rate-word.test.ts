/**
 * @module test/engine/parse/reduced-rate-word
 * A Japanese till's reduced-rate mark printed as a word, 軽 (軽減税率 cut to its first kanji), before
 * or after the item's name or after its price, where others print ※ or *: the marked items bear the
 * 8 % rate (their prices add up to the 8 % target), the others 10 %, and the mark is no part of the
 * name. 軽 inside a word (軽食, a light meal) is a word of the name, no mark.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { withoutReducedRateWord } from '../../../engine/parse/reduced-rate-word.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}

const placings: Array<[string, (name: string, price: string) => string]> = [
  ['after the name', (n, p) => `${n} 軽 ${p}`], ['after the price', (n, p) => `${n} ${p} 軽`], ['before the name', (n, p) => `軽 ${n} ${p}`], ['glued to the price', (n, p) => `${n} ${p}軽`]];
for (const [where, mark] of placings) {
  t.test(`軽 ${where}`, async (t) => {
    const r = derive(['ファミリーマート 渋谷店', '東京都渋谷区1-2-3', '2026年03月05日 12:34', mark('おにぎり 鮭', '¥160'), '緑茶 500ml ¥140', mark('弁当 唐揚', '¥438'), 'ライター ¥190',
      '合計 ¥928', '(8%対象 ¥598 内消費税等 ¥44)', '(10%対象 ¥330 内消費税等 ¥30)', 'お預り ¥1,000', 'お釣り ¥72']);
    // (8 %: 160 x 8 / 108 = 11.85 -> 12, 438 x 8 / 108 = 32.44 -> 32; 10 %: 140 x 10 / 110 = 12.73 -> 13, 190 x 10 / 110 = 17.27 -> 17)
    t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]), [['おにぎり 鮭', 160, 12], ['緑茶 500ml', 140, 13], ['弁当 唐揚', 438, 32], ['ライター', 190, 17]]);
  });
}

t.test('the mark as a word, never inside one', async (t) => {
  t.equal(withoutReducedRateWord('おにぎり 鮭 軽'), 'おにぎり 鮭');
  t.equal(withoutReducedRateWord('軽 おにぎり 鮭'), 'おにぎり 鮭');
  t.equal(withoutReducedRateWord('軽食 セット'), '軽食 セット');
  t.equal(withoutReducedRateWord('パン 軽量'), 'パン 軽量');
});
