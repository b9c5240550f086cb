/**
 * @module test/engine/read/paddle/missing-glyphs
 * A pound sign PP-OCR read as an f glued to a figure is a pound sign again; every other f stays.
 * On a Polish page a t read for a capital Ł inside a word of capitals is an Ł again; on a German
 * page a B read for an ß between a vowel and a small letter is an ß again.
 */
import t from 'tap';
import { restorePoundSigns, restoreSharpS, restoreStrokedL, withMissingGlyphs } from '../../../../engine/read/paddle/missing-glyphs.ts';

t.test('an f glued before a figure with two decimals is a pound sign', async (t) => {
  t.equal(restorePoundSigns('TOTAL f5.50'), 'TOTAL £5.50');
  t.equal(restorePoundSigns('Amount Due f1,080.00'), 'Amount Due £1,080.00');
  t.equal(restorePoundSigns('Milk 2L f1.45'), 'Milk 2L £1.45');
});

t.test('an f in a word, before a number without decimals or standing apart, stays', async (t) => {
  for (const s of ['Coffee 2.50', 'ref5.50', 'f8 aperture', 'Fax f 5.50', 'half12.00', 'F5.50']) t.equal(restorePoundSigns(s), s, s);
});

t.test('words and lines are mended together, one character for one', async (t) => {
  const box = { x: 0, y: 0, w: 10, h: 10 };
  const [l] = withMissingGlyphs([{ text: 'TOTAL f5.50', box, words: [{ text: 'TOTAL', box, confidence: 0.9 }, { text: 'f5.50', box, confidence: 0.8 }] }]);
  t.equal(l.text, 'TOTAL £5.50');
  t.same(l.words.map((w) => w.text), ['TOTAL', '£5.50']);
  const same = { text: 'TOTAL 5.50', box, words: [] };
  t.equal(withMissingGlyphs([same])[0], same, 'a line without one is returned as it is');
});

t.test('on a Polish page, a t inside a word of capitals is the Ł the alphabet lacks', async (t) => {
  const box = { x: 0, y: 0, w: 10, h: 10 };
  const line = (text: string) => ({ text, box, words: text.split(' ').map((w) => ({ text: w, box, confidence: 0.9 })) });
  const polish = withMissingGlyphs([line('UStUGI ODRA SP. Z O.O.'), line('MEBLE BAtTYK'), line('Battyk Wista'), line('SUMA PLN 12,00')]);
  t.same(polish.map((l) => l.text), ['USŁUGI ODRA SP. Z O.O.', 'MEBLE BAŁTYK', 'Bałtyk Wisła', 'SUMA PLN 12,00'], 'in a word of small letters, by the dictionary (polish-letters)');
  t.same(polish[0].words.map((w) => w.text), ['USŁUGI', 'ODRA', 'SP.', 'Z', 'O.O.']);
  const english = withMissingGlyphs([line('PAtRICK STORES LTD'), line('TOTAL GBP 12.00')]);
  t.equal(english[0].text, 'PAtRICK STORES LTD', 'on a page with no Polish word, the t stays (a misread T there)');
  t.equal(restoreStrokedL('ItT DtA'), 'ItT DtA', 'words under four letters stay');
});

t.test('on a German page, a B between a vowel and a small letter is the ß the alphabet lacks', async (t) => {
  const box = { x: 0, y: 0, w: 10, h: 10 };
  const line = (text: string) => ({ text, box, words: text.split(' ').map((w) => ({ text: w, box, confidence: 0.9 })) });
  const german = withMissingGlyphs([line('Bäckerei GroBmann'), line('HauptstraBe 12'), line('McBride BAUER'), line('SUMME EUR 12,00')]);
  t.same(german.map((l) => l.text), ['Bäckerei Großmann', 'Hauptstraße 12', 'McBride BAUER', 'SUMME EUR 12,00'], 'after a consonant, at a word start and among capitals the B stays');
  t.same(german[0].words.map((w) => w.text), ['Bäckerei', 'Großmann']);
  const english = withMissingGlyphs([line('Bäckerei GroBmann'), line('TOTAL GBP 12.00')]);
  t.equal(english[0].text, 'Bäckerei GroBmann', 'on a page with no German word, the B stays');
  t.equal(restoreSharpS('FuBball GrüBe'), 'Fußball Grüße');
});
