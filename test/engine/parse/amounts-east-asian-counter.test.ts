/**
 * @module test/engine/parse/amounts-east-asian-counter
 * findAmounts (engine/parse/amounts.ts): a figure with a Korean, Japanese or Chinese counter word
 * glued after it ("5입" a pack of five, "15구" fifteen eggs, "4本", "3個") is part of an item's
 * name, no amount, as "5pk" and "500ml" are; the won, yen and yuan written as a word glued after a
 * figure ("24,460원", "1,564円", "36元") are money.
 */
import t from 'tap';
import { findAmounts } from '../../../engine/parse/amounts.ts';

const values = (text: string) => findAmounts(text).map((a) => a.value);

t.test('a counter word glued after a figure makes it no amount', async (t) => {
  t.same(values('신라면 5입 4,480'), [4480]);
  t.same(values('계란 15구 6,980'), [6980]);
  t.same(values('乾電池 4本 528'), [528]);
  t.same(values('おにぎり 3個 480'), [480]);
});

t.test('the won, yen and yuan glued after a figure are money', async (t) => {
  t.same(values('합계 금액 24,460원'), [24460]);
  t.same(values('合計 1,564円'), [1564]);
  t.same(values('合计 36元'), [36]);
  t.same(values('Milk 2 1.20'), [2, 1.2], 'a Latin line as before');
});
