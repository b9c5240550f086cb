/**
 * @module test/engine/read/paddle/wider-second-reading
 * A header box read a second time from a wider crop keeps the word breaks of the plain reading
 * wherever the characters either side of a break were read in both, and takes none where the
 * plain reading broke at a letter it dropped. The characters of two readings are paired by an
 * edit-distance alignment. Segments are generated here (characters at CTC time steps); the whole
 * second reading on a real page is tested in ../paddle-reader.test.ts.
 */
import t from 'tap';
import { alignChars, withWordBreaksOf } from '../../../../engine/read/paddle/wider-second-reading.ts';
import type { Segment } from '../../../../engine/read/paddle/recognise-text.ts';

/**
 * A segment of `text` spread evenly over the box x 20..20+w: character i at step `step * i + 1`,
 * `px` page pixels a step (a wider crop: more steps, fewer pixels each).
 */
function segment(text: string, step: number, px: number): Segment {
  const chars = [...text].map((char, i) => ({ char, prob: 0.95, t0: 1 + Math.round(step * i), t1: 1 + Math.round(step * i), spaceP: 0 }));
  return { box: { x: 20, y: 20, w: (text.length * step + 2) * px, h: 30 }, chars, pxPerStep: px };
}

const text = (s: Segment) => s.chars.map((c) => c.char).join('');

t.test('the characters of two readings are paired by an edit-distance alignment, case aside', async (t) => {
  t.same(alignChars([...'DARUEHSAN'], [...'DARULEHSAN']), [0, 1, 2, 3, 5, 6, 7, 8, 9], 'the L the first reading dropped pairs with nothing');
  t.same(alignChars([...'Cafe'], [...'CAFE']), [0, 1, 2, 3]);
  t.same(alignChars([...'SDNBHD'], [...'SONBHD']), [0, 1, 2, 3, 4, 5], 'a misread letter is paired with its twin');
  t.same(alignChars([...'ABC'], []), [-1, -1, -1]);
});

t.test('a wider reading takes the plain reading\'s word break between the same two letters', async (t) => {
  // the plain crop read "TAMAN SRI" with its space; the wider crop read the letters surer but
  // decoded no space between the words (the space probability spread over more steps)
  const plain = segment('TAMAN SRI', 2.4, 5.5);
  const wide = segment('TAMANSRI', 2.4 * 1.2 * (9 / 8), 5.5 / 1.2);
  t.equal(text(withWordBreaksOf(wide, plain)), 'TAMAN SRI');
  const kept = withWordBreaksOf(segment('TAMAN SRI', 2.9, 4.6), plain);
  t.equal(text(kept), 'TAMAN SRI', 'a space the wider reading decoded itself stays, and is not doubled');
});

t.test('a break where the wider reading holds a letter the plain one dropped is not taken over', async (t) => {
  // the plain reading dropped the L of DARUL and broke the word there ("DARU EHSAN"): carrying that
  // break over would give "DARU L EHSAN" or "DARUL EHSAN" by chance; the wider reading stays whole
  const plain = segment('DARU EHSAN', 2.4, 5.5);
  const wide = segment('DARULEHSAN', 2.4 * 1.2, 5.5 / 1.2);
  t.equal(text(withWordBreaksOf(wide, plain)), 'DARULEHSAN');
});

t.test('a word of the plain reading with a misread letter still gives its break', async (t) => {
  const plain = segment('SUNLIGHT BAKFRY', 2.4, 5.5);
  const wide = segment('SUNLIGHTBAKERY', 2.4 * 1.2 * (15 / 14), 5.5 / 1.2);
  t.equal(text(withWordBreaksOf(wide, plain)), 'SUNLIGHT BAKERY');
});
