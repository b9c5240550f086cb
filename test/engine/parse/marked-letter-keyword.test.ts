/**
 * @module test/engine/parse/marked-letter-keyword
 * A label whose marked letters a PDF's font could not draw (a blank, U+0000 or U+FFFD in the text
 * layer) or a scan read without their marks, words glued or split by a speck.
 */
import t from 'tap';
import { markedLetterKeyword } from '../../../engine/parse/marked-letter-keyword.ts';
import { fold } from '../../../engine/parse/lines.ts';

t.test('marked letters may be blanks, unmapped glyphs or bare letters', async (t) => {
  const total = markedLetterKeyword('tổng cộng');
  for (const s of ['TỔNG CỘNG 385.200 đ', 'Tổng cộng', 'T NG CỘNG 385.200', 'T\u0000NG CỘNG', 'T\ufffdNG C\ufffdNG', 'TONG CONG 265.000 d', 'TongCong'])
    t.ok(total.test(fold(s)), JSON.stringify(s)); // (the name escaped: a raw NUL in tap's output makes grep take the log for binary)
  for (const s of ['TNG CONG', 'tổng', 'ATONG CONG', 'tong congo']) t.notOk(total.test(fold(s)), s);
  const no = markedLetterKeyword('số hđ');
  t.ok(no.test(fold('SO‘HD:420950')), 'a quote read between the words');
  t.ok(no.test(fold('S\u0000 HĐ: 214523')), 'an unmapped glyph');
  const tax = markedLetterKeyword('thuế gtgt');
  t.ok(tax.test(fold('incl. Thu  GTGT 8% 28.533')));
  t.ok(tax.test(fold('incl ThueGTGT 8 19.630')), 'glued by a scan');
});
