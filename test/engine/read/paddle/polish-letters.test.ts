/**
 * @module test/engine/read/paddle/polish-letters
 * On a Polish page, a ł PP-OCR read as t and an ó read as 6 in a word of small letters are put
 * back where the Polish dictionary names exactly one word; real words and ambiguous ones stay.
 */
import t from 'tap';
import { mendPolishWord, restorePolishLetters } from '../../../../engine/read/paddle/polish-letters.ts';
import { withMissingGlyphs } from '../../../../engine/read/paddle/missing-glyphs.ts';
import { extractReceipt } from '../../../../engine/extract/receipt.ts';
import { readingFromText, lineFromText } from '../../reading-from-text.ts';

t.test('a t read for ł and a 6 read for ó make the one Polish word meant', async (t) => {
  const cases: [string, string][] = [
    ['Wista', 'Wisła'], ['Ustugi', 'Usługi'], ['ustugi', 'usługi'], ['Battyk', 'Bałtyk'], ['ztoty', 'złoty'], ['zt', 'zł'],
    ['g6rna', 'górna'], ['Kr6lewska', 'Królewska'], ['KR6LEWSKA', 'KRÓLEWSKA'], ['Krak6w', 'Kraków'], ['Gt6wna', 'Główna'], ['Wroctaw', 'Wrocław'],
  ];
  for (const [read, meant] of cases) {
    const mended = mendPolishWord(read);
    t.equal(mended, meant, read);
    t.equal(mended.length, read.length, 'one character for one');
  }
  t.equal(restorePolishLetters('ul. G6rna 12, 31-100 Krak6w, 12,00 zt'), 'ul. Górna 12, 31-100 Kraków, 12,00 zł');
  t.equal(restorePolishLetters('Bielsko-Biata'), 'Bielsko-Biała', 'each part of a hyphened name');
});

t.test('real words, names read right, capital Ts and ambiguous or unknown words stay', async (t) => {
  for (const w of ['tak', 'kwota', 'Tatra', 'Kraków', 'Bałtyk', 'netto', 'Rabat', 'Tomasz', 'Witold', 'TOTAL', 'A6', '6t', 't']) t.equal(mendPolishWord(w), w, w);
  t.equal(mendPolishWord('stata'), 'stata', 'ambiguous: both "stała" and "słała" are words');
  t.equal(mendPolishWord('Sttuka'), 'Sttuka', 'no variant is a word');
  t.equal(mendPolishWord('Pota'), 'Pota', 'capitalised, its variants are no names ("Poła" is only a common word)');
});

t.test('on a Polish page only: an English or German page keeps its t and 6', async (t) => {
  const page = (lines: string[]) => withMissingGlyphs(lines.map((l, i) => lineFromText(l, i))).map((l) => l.text);
  t.same(page(['Ustugi Wista Sp. z o.o.', 'ul. G6rna 12', 'SUMA PLN 12,00']), ['Usługi Wisła Sp. z o.o.', 'ul. Górna 12', 'SUMA PLN 12,00']);
  t.same(page(['Wista Stores Ltd', 'ul. G6rna 12', 'TOTAL GBP 12.00']), ['Wista Stores Ltd', 'ul. G6rna 12', 'TOTAL GBP 12.00']);
  t.same(page(['Wista GmbH', 'G6rna 12', 'SUMME EUR 12,00']), ['Wista GmbH', 'G6rna 12', 'SUMME EUR 12,00']);
  const [l] = withMissingGlyphs([lineFromText('Ustugi Wista', 0), lineFromText('RAZEM 1,00', 1)]);
  t.same(l.words.map((w) => w.text), ['Usługi', 'Wisła'], 'words are mended with their line');
});

t.test('a Polish receipt read by OCR gets its supplier name back through extraction', async (t) => {
  const read = ['Ustugi Wista Sp. z o.o.', 'ul. G6rna 12', '31-100 Krak6w', 'NIP 123-456-78-90', 'PARAGON FISKALNY', 'Chleb 1 x 4,50 4,50', 'SUMA PLN 4,50', 'Got6wka 10,00'];
  const reading = readingFromText([read], { kind: 'image', width: 300 });
  const mended = { ...reading, pages: reading.pages.map((p) => ({ ...p, lines: withMissingGlyphs(p.lines) })) };
  t.equal(extractReceipt(mended).formatted.multiple_receipts[0].supplierName, 'Usługi Wisła Sp. z o.o.');
});
