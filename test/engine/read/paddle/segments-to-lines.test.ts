/**
 * @module test/engine/read/paddle/segments-to-lines
 * PP-OCR's recognised segments become lines of words as the rules expect them: a segment is
 * split where the recogniser dropped a space (by the ink's gaps, or by the probability it still
 * gave the space at the blank steps between two letters), never between the letters of a word, a space it
 * put after a figure's decimal point is closed up, and a segment printed under another is a line
 * of its own however much their padded boxes overlap. The segments and their page are generated
 * here: characters at CTC time steps, each drawn as a block of ink on a white page.
 */
import t from 'tap';
import { SPACE_PROB, segmentsToLines, segmentWords } from '../../../../engine/read/paddle/segments-to-lines.ts';
import type { Segment } from '../../../../engine/read/paddle/recognise-text.ts';
import type { GreyPage } from '../../../../engine/read/paddle/detect-text.ts';

const PX = 5.5; // page pixels per time step
const INK_W = 11; // a character's ink, px: a monospaced till font's letters stand ~2-5 px apart

/** A segment of `text` at (x, y), character i at time step steps[i]; spaces take a step of their own. */
function segment(text: string, steps: number[], x = 20, y = 20, h = 30): Segment {
  const chars = [...text].map((char, i) => ({ char, prob: 0.98, t0: steps[i], t1: steps[i], spaceP: 0 }));
  return { box: { x, y, w: (steps[steps.length - 1] + 2) * PX, h }, chars, pxPerStep: PX };
}

/** A white page with each non-space character of the segments drawn as an ink block. */
function page(segs: Segment[], width = 800, height = 400): GreyPage {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const s of segs) {
    for (const c of s.chars) {
      if (!c.char.trim()) continue;
      const cx = s.box.x + ((c.t0 + c.t1 + 1) / 2) * PX;
      for (let y = Math.round(s.box.y + 6); y < s.box.y + s.box.h - 6; y++) {
        for (let x = Math.round(cx - INK_W / 2); x < cx + INK_W / 2; x++) data[(y * width + x) * 4] = data[(y * width + x) * 4 + 1] = data[(y * width + x) * 4 + 2] = 0;
      }
    }
  }
  return { data, width, height };
}

/** Steps of a monospaced line: 2.4 steps a character on average, rounded (2, 3, 2, 3, ...). */
const mono = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + Math.round(i * 2.4));

t.test('the letters of a word in a monospaced till font stay one word', async (t) => {
  const s = segment('INDAHGIFT', mono(9));
  t.same(segmentWords(s, page([s])).map((w) => w.text), ['INDAHGIFT'], 'steps of 2 and 3 between letters are no space');
});

t.test('a space the recogniser dropped is a word break where the ink has a blank a character wide', async (t) => {
  const steps = [...mono(9), ...mono(6, 1 + Math.round(9 * 2.4) + 2)];
  const s = segment('GREENLEAFMARKET', steps);
  t.same(segmentWords(s, page([s])).map((w) => w.text), ['GREENLEAF', 'MARKET']);
  const emitted = segment('HOME DECO', mono(9));
  t.same(segmentWords(emitted, page([emitted])).map((w) => w.text), ['HOME', 'DECO'], 'and where it emitted one');
});

t.test('a space the recogniser weighed but did not emit splits letters, never a figure', async (t) => {
  // a condensed print: letters 2 steps apart, the word gap no wider than a letter, so the ink and
  // the time steps alone cannot tell it; the recogniser gave the space SPACE_PROB (0.15) or more at
  // the blank steps between the two words
  const steps = [1, 3, 5, 7, 9, 11, 13, 15];
  const seg = segment('SUNLIGHT', steps);
  const words = (spaceAt: number, p: number, s = seg) => segmentWords({ ...s, chars: s.chars.map((c, i) => ({ ...c, spaceP: i === spaceAt ? p : 0.001 })) }, page([s])).map((w) => w.text);
  t.same(words(3, 0.31), ['SUN', 'LIGHT'], 'space class at 0.31 before L: a word break');
  t.same(words(3, SPACE_PROB), ['SUN', 'LIGHT'], `at the threshold (${SPACE_PROB})`);
  t.same(words(3, 0.06), ['SUNLIGHT'], 'under it: one word');
  const fig = segment('1250.00', [1, 3, 5, 7, 9, 11, 13]);
  t.same(words(2, 0.4, fig), ['1250.00'], 'never inside a figure: its digits are spaced by the printer, not by words');
});

t.test('a space emitted after a decimal point is closed up', async (t) => {
  const s = segment('RM 170. 00', mono(10));
  t.same(segmentWords(s, page([s])).map((w) => w.text), ['RM', '170.00']);
  const two = segment('1. 2', mono(4));
  t.same(segmentWords(two, page([two])).map((w) => w.text), ['1.', '2'], 'one digit after it is no decimal part');
});

t.test('a segment under another is a line of its own even when the padded boxes overlap by half', async (t) => {
  const name = segment('UNIHAKKASDNBHD', mono(14), 40, 100, 44);
  const date = segment('03Mar2018', mono(9), 80, 122, 26); // 22 px of 26 overlap the name's box
  const right = segment('RM5.00', mono(6), 400, 104, 36); // beside the name: the same row
  const lines = segmentsToLines([date, right, name], page([name, date, right]));
  t.same(lines.map((l) => l.words.map((w) => w.text)), [['UNIHAKKASDNBHD', 'RM5.00'], ['03', 'Mar', '2018']]);
});

t.test('on a page tilted a degree, a figure far right of its label joins the label\'s row, not the row under it', async (t) => {
  const tilt = Math.tan((1.1 * Math.PI) / 180);
  // receipt rows 38 px apart, segments 30 px high; each row's figure 560 px right of its label
  // stands tilt x 560 = 11 px lower, closer to the band of the next row's label than plain overlap allows
  const labels = ['TONER', 'KABELS', 'TOTAAL'].map((w, i) => segment(w, mono(w.length), 40, 100 + 38 * i + Math.round(tilt * 60)));
  const figures = ['9,73', '10,11', '30,85'].map((w, i) => segment(w, mono(w.length), 600, 100 + 38 * i + Math.round(tilt * 620) + 8));
  const segs = [...labels, ...figures];
  const rows = (lines: ReturnType<typeof segmentsToLines>) => lines.map((l) => l.text);
  t.same(rows(segmentsToLines(segs, page(segs, 800, 300), tilt)), ['TONER 9,73', 'KABELS 10,11', 'TOTAAL 30,85']);
  t.notSame(rows(segmentsToLines(segs, page(segs, 800, 300))), ['TONER 9,73', 'KABELS 10,11', 'TOTAAL 30,85'], 'read level, the rows come apart');
  t.same(rows(segmentsToLines(segs, page(segs, 800, 300), 0.001)), rows(segmentsToLines(segs, page(segs, 800, 300))), 'a tilt under MIN_TILT changes nothing');
});

t.test('on a photo in perspective (the tilt changing down the page), each figure joins its own label\'s row', async (t) => {
  // 3.4 degrees at the top, 1.1 at the bottom: a row's figure 560 px right stands 35 px, then 12 px lower
  const tiltAt = (y: number) => 0.06 - ((y - 100) / 114) * 0.04;
  const ys = [100, 138, 176, 214];
  const labels = ['TONER', 'KABELS', 'PAPIER', 'TOTAAL'].map((w, i) => segment(w, mono(w.length), 40, ys[i]));
  const figures = ['9,73', '10,11', '4,60', '30,85'].map((w, i) => segment(w, mono(w.length), 600, ys[i] + Math.round(tiltAt(ys[i]) * 580)));
  const segs = [...labels, ...figures];
  const rows = (lines: ReturnType<typeof segmentsToLines>) => lines.map((l) => l.text);
  t.same(rows(segmentsToLines(segs, page(segs, 800, 400), tiltAt)), ['TONER 9,73', 'KABELS 10,11', 'PAPIER 4,60', 'TOTAAL 30,85']);
  t.notSame(rows(segmentsToLines(segs, page(segs, 800, 400), tiltAt(214))), ['TONER 9,73', 'KABELS 10,11', 'PAPIER 4,60', 'TOTAAL 30,85'], 'one tilt for the whole page, the bottom one, loses the top rows');
});
