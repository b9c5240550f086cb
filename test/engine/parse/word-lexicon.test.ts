/**
 * @module test/engine/parse/word-lexicon
 */
import t from 'tap';
import { isCommonWord, isWord } from '../../../engine/parse/word-lexicon.ts';

t.test('common English words and the business words of receipts are words, in any case', async (t) => {
  for (const w of ['city', 'TASTE', 'World', 'hardware', 'ENTERPRISE', 'stationery', 'bakeries', 'trading', 'restaurant', 'restoran']) {
    t.ok(isWord(w), w);
    t.ok(isCommonWord(w), `${w} is common`);
  }
});

t.test('OCR misreads are no words', async (t) => {
  for (const w of ['gity', 'laste', 'HARDRARE', 'ENTERFRISE', 'Wor']) t.notOk(isWord(w), w);
});

t.test('a less common word is a word, but nothing a misread is corrected to', async (t) => {
  t.ok(isWord('mini'));
  t.notOk(isCommonWord('mini'));
  t.ok(isWord('parries'));
  t.notOk(isCommonWord('parries'));
});

t.test('a word printed without its accents is a word (receipts print CAFE for café)', async (t) => {
  for (const w of ['cafe', 'CAFE', 'café', 'entree']) t.ok(isCommonWord(w), w);
});
