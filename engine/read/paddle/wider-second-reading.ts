/**
 * @module engine/read/paddle/wider-second-reading
 * A second reading of the boxes at the top of a page, from a crop WIDEN times wider than the
 * box's aspect, kept where the network is surer of it.
 *
 * Why: the recogniser sees a 48 px high crop and gives one time step to every 8 px of its width.
 * A till receipt's header is often printed condensed (narrow glyphs, tight tracking), so a letter
 * gets two time steps or fewer and the greedy decoding drops letters or merges two
 * ("NO.53,JALANBESAR,45600BATANGBERJUNTAI" read "NO.53ALNBESAR4500BATANGBER"). Stretched 1.2
 * times, the same box reads whole. But a wider crop is not better everywhere (it misreads some
 * wide prints: "SPEED" as "5PEE0", "IDEA" as "1DEA"), so it is made only for a box the network
 * was unsure of (path score, Segment.score: the mean log probability of the top class per time
 * step, under UNSURE_SCORE) and kept only when the network is surer of it and it holds no
 * character fewer (what it mends is dropped letters). A wider crop also loses narrow word breaks
 * the plain one found (the space probability spreads over more steps), so a kept wider reading
 * takes the plain one's word breaks where the characters either side of the break were read in
 * both (withWordBreaksOf).
 *
 * Only the top TOP of the page: the issuer's name, registration and address, where the print is
 * largest and most stylised and where the supplier is read.
 *
 * Chosen on the header boxes (top 30 %) of the 385 training `fit` receipts against SROIE's
 * ground-truth text (bench/reading-text.ts's matching; 3191 boxes): boxes read exactly 2469
 * plain, 2415 wider alone, 2457 keeping the surer of the two on every box (161 boxes mended, 157
 * made worse: through the pipeline, fit suppliers 341 -> 334), 2513 with the rule above (86
 * mended, 13 made worse; 6 % of the boxes are read twice). A box 6 % less high (the other way to
 * widen the crop), a contrast stretch, gamma 2 or a dilation of the ink mended less on 80 of
 * them. 1.25 times on every box, alone, lost word breaks and fields through the pipeline
 * (bench/RESULTS.md, sixth pass).
 *
 * Fails: rejects with onnxruntime's error when the session cannot run (as ./recognise-text.ts).
 */
import type { GreyPage, TextBox } from './detect-text.ts';
import type { PaddleModels } from './models.ts';
import { recogniseBoxes, type DecodedChar, type Segment } from './recognise-text.ts';
import { segmentWords } from './segments-to-lines.ts';

/** How much wider than the box's aspect the second crop is cut. */
export const WIDEN = 1.2;
/** The share of the page's height, from the top, whose boxes may be read twice. */
export const TOP = 0.3;
/** A box is read twice only when the plain reading's path score (Segment.score) is below this. */
export const UNSURE_SCORE = -0.1;

/**
 * `segs` (the plain readings of `boxes`, same order) with each box whose top lies in the page's
 * top TOP and whose plain reading scored under UNSURE_SCORE read again WIDEN times wider, and
 * that reading kept (with the plain one's word breaks) when it scored higher and holds no
 * character fewer. Returns a new array; `segs` is not changed.
 */
export async function readTopBoxesWider(models: PaddleModels, page: GreyPage, boxes: TextBox[], segs: Segment[]): Promise<Segment[]> {
  const idx = boxes.map((_, i) => i).filter((i) => boxes[i].y < page.height * TOP && (segs[i].score ?? 0) < UNSURE_SCORE);
  if (!idx.length) return segs;
  const wide = await recogniseBoxes(models, page, idx.map((i) => boxes[i]), { widen: WIDEN });
  const out = segs.slice();
  idx.forEach((i, k) => {
    if (surer(wide[k], segs[i])) out[i] = withWordBreaksOf(wide[k], segs[i], page);
  });
  return out;
}

/** Whether the wider reading replaces the plain one: surer, and no letter fewer. */
const surer = (wide: Segment, plain: Segment) =>
  (wide.score ?? -Infinity) > (plain.score ?? 0) && count(wide) >= count(plain);
const count = (s: Segment) => s.chars.filter((c) => c.char.trim()).length;

/**
 * `wide`'s characters with a space inserted where `plain` (the same box read from the plain crop)
 * breaks between two words and the two characters either side of that break are read, next to
 * each other, in `wide` too. The characters of the two readings are paired by an edit-distance
 * alignment (case aside); a break where the wider reading holds a character the plain one did not
 * read (the plain reading's "DARU EHSAN" for DARUL EHSAN: its break stands where it dropped the
 * L) is not taken over. A break of the plain reading lies between two of its characters whose
 * centres (page x) hold between them the midpoint between two of its words
 * (./segments-to-lines.ts segmentWords). Pure.
 */
export function withWordBreaksOf(wide: Segment, plain: Segment, page?: GreyPage): Segment {
  const words = segmentWords(plain, page);
  const gaps = words.slice(1).map((w, i) => (words[i].box.x + words[i].box.w + w.box.x) / 2);
  const centre = (c: DecodedChar) => plain.box.x + ((c.t0 + c.t1 + 1) / 2) * plain.pxPerStep;
  const p = plain.chars.filter((c) => c.char.trim());
  const w = wide.chars.filter((c) => c.char.trim());
  const pairOf = alignChars(p.map((c) => c.char), w.map((c) => c.char));
  const breakBefore = new Set<DecodedChar>();
  for (let i = 0; i + 1 < p.length; i++) {
    if (!gaps.some((g) => g > centre(p[i]) && g < centre(p[i + 1]))) continue;
    const a = pairOf[i], b = pairOf[i + 1];
    if (a >= 0 && b === a + 1) breakBefore.add(w[b]);
  }
  const chars: DecodedChar[] = [];
  wide.chars.forEach((c, i) => {
    const prev = wide.chars[i - 1];
    if (prev?.char.trim() && breakBefore.has(c)) {
      const t = Math.floor((prev.t1 + c.t0) / 2);
      chars.push({ char: ' ', prob: 1, t0: t, t1: t, spaceP: 0 });
    }
    chars.push(c);
  });
  return { ...wide, chars };
}

/**
 * For each character of `a`, the index of the character of `b` it is paired with by a Levenshtein
 * alignment (equal or substituted; case aside), or -1 where it is deleted.
 */
export function alignChars(a: string[], b: string[]): number[] {
  const n = a.length, m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const same = (i: number, j: number) => a[i].toUpperCase() === b[j].toUpperCase();
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same(i - 1, j - 1) ? 0 : 1));
  const pair = new Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0 && j >= 0;) {
    if (j > 0 && d[i][j] === d[i - 1][j - 1] + (same(i - 1, j - 1) ? 0 : 1)) { pair[i - 1] = j - 1; i--; j--; }
    else if (d[i][j] === d[i - 1][j] + 1) i--;
    else j--;
  }
  return pair;
}
