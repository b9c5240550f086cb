/**
 * @module test/engine/parse/fold-hangul
 * fold (engine/parse/lines.ts) keeps one character for one: a Hangul syllable, which Unicode's
 * canonical decomposition takes apart into jamo, stays one syllable, so a Korean label found in
 * folded text ("영수증번호", "합계") has the same span in the line as read. Accents still fold away.
 */
import t from 'tap';
import { fold, keyword, matchAny } from '../../../engine/parse/lines.ts';

t.test('a Hangul line folds to as many characters as it holds', async (t) => {
  for (const text of ['영수증번호: 20260123-0142', '합계 금액 24,460원', '(주)한빛식품 Café']) {
    t.equal(fold(text).length, text.length, text);
  }
  t.equal(fold('합계 Café'), '합계 cafe');
});

t.test("a Korean label's span in folded text is its span in the line", async (t) => {
  const text = '2026-01-23 영수증번호: 20260123-0142';
  const m = matchAny(text, [keyword('영수증번호')]);
  t.equal(m && text.slice(m.end).trim(), ': 20260123-0142');
});
