/**
 * @module engine/read/side-by-side
 * Finds documents laid side by side in one image (two or three receipts scanned or photographed
 * together), so that each is read on its own: PSM 6 reads a page row by row, and across two
 * receipts a row holds the halves of two unrelated lines ("TOTAL 12.50   Date: 03/04/24").
 *
 * On the grey page whose paper is already white (./enhance.ts), a split is a band of blank
 * columns (no more than a few specks of ink) at least MIN_GAP of the width wide, with ink on
 * both sides that looks like a document of its own: at least MIN_WIDTH of the page wide (a
 * scanner's dark border is not; measured: one dev scan has a 26 px strip at its edge), at least
 * MIN_SHARE of the page's ink and ink on rows spanning at least MIN_SPAN of its inked height. A single receipt never
 * has such a band (its centred header, its totals and its rules cross the gap between the item
 * and price columns), and the blank paper or table around a receipt has no ink on one side.
 *
 * A blank band between the columns of one table (a statement's descriptions and its amounts,
 * an invoice's item lines and the amounts at its right margin) is no split: the rows of one table
 * share their lines, two documents side by side do not (their lines fall where each one's layout
 * puts them). So a cut is kept only when neither holds:
 * - at least ALIGNED_SHARE of the text lines on the side with fewer lines sit level with a line
 *   on the other side;
 * - at least MIN_FIGURES, and FIGURES_SHARE, of the right side's lines are figures in a column
 *   at its right margin (narrow ink, right-aligned) each level with a line on the left: an
 *   invoice's amounts beside their descriptions, while its reference block and totals stand
 *   right of the gap on rows of their own. A receipt's lines hold label and price across its
 *   width; its centred header is not at the margin.
 * Level: middles within LEVEL of the shorter line's height, once the page's tilt is allowed for
 * (a receipt scanned 1.5 degrees askew has its price column a line lower than its labels); the
 * tilt of a part is taken from a gain of TILT_GAIN. Text lines: runs of inked rows averaging
 * MIN_ROW_INK inked pixels a row (scan specks are no lines).
 *
 * Found by a fresh tester: an A4 invoice scan (descriptions left, amounts right-aligned at the
 * right margin, nothing crossing the gap) cut in two and read as two receipts. Three faults of
 * the first rule (tops and bottoms within a quarter of the line's height): a line of figures has
 * no descenders and its label has, so their bottoms differ by more than that; under a degree of
 * tilt read as none (deskew's gain threshold), dropping the amounts half a line; the page's
 * specks counted as lines, outnumbering the amounts. Rebuilt in test/helpers/make-invoice-scan.ts.
 * Pure and total, O(pixels).
 */
import type { Box } from '../types.ts';
import { estimateSkew } from './deskew.ts';

const MIN_GAP = 0.02;
const MIN_SHARE = 0.2;
const MIN_SPAN = 0.5;
/** A part narrower than this share of the width is an edge (a scanner's dark border, a torn margin), not a document. */
const MIN_WIDTH = 0.15;
/** At least this share of one side's lines level with lines of the other side = one document. */
const ALIGNED_SHARE = 0.6;
/** Two lines are level when their middles differ by at most this share of the shorter one's height. */
const LEVEL = 0.25;
/** A text line's rows hold at least this many inked pixels on average; scan specks hold one or two. */
const MIN_ROW_INK = 6;
/**
 * The tilt of a part is taken when its lines' profile beats the level one by this ratio. Lower
 * than deskew's 1.1 (made to decide whether to turn a page): on a part 700 px wide a tilt under
 * a degree gains less than that, and unallowed for, 0.7 degrees drops a column 750 px to the
 * right by 9 px, half a line (measured on generated A4 invoice scans: 0.5 to 0.9 degrees read 0).
 */
const TILT_GAIN = 1.02;
/** A line of figures is no wider than this many times its height ("2,400.00", "£4,063.80" are 6 to 7). */
const FIGURE_WIDTH = 10;
/** At least this many of the right part's lines, and this share of them, are figures level with a left line = one table. */
const MIN_FIGURES = 3;
const FIGURES_SHARE = 0.3;

/**
 * Text lines (runs of rows holding ink) between columns x0 and x1: [top, bottom] pairs. A run
 * whose rows hold on average fewer than MIN_ROW_INK inked pixels is scan noise (a speck or two),
 * no line: counted, a page's specks outnumber the few figures of its amounts column.
 */
function lineBands(data: Uint8ClampedArray | Uint8Array, w: number, h: number, x0: number, x1: number): Array<[number, number]> {
  const bands: Array<[number, number]> = [];
  let top = -1, sum = 0;
  for (let y = 0; y <= h; y++) {
    let ink = 0;
    if (y < h) for (let x = x0; x < x1; x++) if (data[(y * w + x) * 4] < 128) ink++;
    if (ink >= 2 && top < 0) { top = y; sum = 0; }
    if (ink >= 2) sum += ink;
    if (ink < 2 && top >= 0) { if (y - top >= 3 && sum >= MIN_ROW_INK * (y - top)) bands.push([top, y - 1]); top = -1; }
  }
  return bands;
}

/**
 * Share of `a`'s lines that sit level with a line of `b`: their middles within LEVEL of the
 * shorter one's height. Middles, not tops and bottoms: a line of figures has no descenders and
 * its label beside it ("Strategy workshop (day rate)") has, so their bottoms differ by a quarter
 * of the figures' height while their middles differ by an eighth.
 */
function levelShare(a: Array<[number, number]>, b: Array<[number, number]>): number {
  if (!a.length) return 0;
  return a.filter((l) => levelWithAny(l, b)).length / a.length;
}

function levelWithAny([t, bt]: [number, number], b: Array<[number, number]>): boolean {
  const mid = (t + bt) / 2;
  return b.some(([t2, b2]) => Math.abs((t2 + b2) / 2 - mid) <= Math.max(2, LEVEL * Math.min(bt - t + 1, b2 - t2 + 1)));
}

/**
 * The lines of `bands` (between columns x0 and x1) that are figures set in a column at the
 * right margin: ink no wider than FIGURE_WIDTH of the line's height (columns holding at least 3
 * inked pixels, so a scan speck does not widen it) ending within two line heights of the
 * rightmost line's end.
 */
function marginFigures(data: Uint8ClampedArray | Uint8Array, w: number, x0: number, x1: number, bands: Array<[number, number]>): Array<[number, number]> {
  const extents = bands.map(([t, b]) => {
    let first = -1, last = -1;
    for (let x = x0; x < x1; x++) {
      let ink = 0;
      for (let y = t; y <= b && ink < 3; y++) if (data[(y * w + x) * 4] < 128) ink++;
      if (ink < 3) continue;
      if (first < 0) first = x;
      last = x;
    }
    return [first, last];
  });
  const margin = Math.max(...extents.map(([, last]) => last));
  return bands.filter(([t, b], i) => {
    const [first, last] = extents[i];
    const height = b - t + 1;
    return first >= 0 && last - first + 1 <= FIGURE_WIDTH * height && margin - last <= 2 * height;
  });
}

/**
 * Do the parts [x0, cut) and [cut, x1) share their text lines, as the columns of one table do?
 * On a page tilted by `tilt` (dy/dx; `tiltOf` measures it on the part with more ink) a row
 * stands lower on the right by the tilt times the
 * distance between the parts' middles (ink-weighted): the right part's lines are moved back by
 * that much.
 */
function sameRows(data: Uint8ClampedArray | Uint8Array, w: number, h: number, x0: number, cut: number, x1: number, tiltOf: (a: number, b: number) => number, colInk: Uint32Array): boolean {
  const left = lineBands(data, w, h, x0, cut);
  let inkL = 0, inkR = 0;
  for (let x = x0; x < cut; x++) inkL += colInk[x];
  for (let x = cut; x < x1; x++) inkR += colInk[x];
  // the tilt as the part with more ink shows it
  const tilt = inkL >= inkR ? tiltOf(x0, cut) : tiltOf(cut, x1);
  // the parts' middles: where their ink is, column by column
  const centre = (a: number, b: number) => {
    let n = 0, sx = 0;
    for (let x = a; x < b; x++) { n += colInk[x]; sx += colInk[x] * x; }
    return n ? sx / n : (a + b) / 2;
  };
  const drop = Math.round(tilt * (centre(cut, x1) - centre(x0, cut)));
  const rightBands = lineBands(data, w, h, cut, x1);
  const right = rightBands.map(([t, b]): [number, number] => [t - drop, b - drop]);
  const [fewer, more] = left.length <= right.length ? [left, right] : [right, left];
  if (levelShare(fewer, more) >= ALIGNED_SHARE) return true;
  // the amounts column of a table whose other lines (a reference block, the totals) stand apart
  const figures = marginFigures(data, w, cut, x1, rightBands).map(([t, b]): [number, number] => [t - drop, b - drop]).filter((l) => levelWithAny(l, left));
  return figures.length >= MIN_FIGURES && figures.length >= FIGURES_SHARE * right.length;
}

/** The parts (full height, left to right) of grey RGBA `data` (w x h); one part when there is no split. */
export function sideBySideParts(data: Uint8ClampedArray | Uint8Array, w: number, h: number): Box[] {
  const whole = [{ x: 0, y: 0, w, h }];
  if (w < 64 || h < 64) return whole;
  const colInk = new Uint32Array(w);
  const rowFirst = new Int32Array(h).fill(-1);
  const rowLast = new Int32Array(h).fill(-1);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[(y * w + x) * 4] >= 128) continue;
      colInk[x]++;
      if (rowFirst[y] < 0) rowFirst[y] = x;
      rowLast[y] = x;
    }
  }
  const speck = Math.max(2, Math.round(h * 0.002));
  const minGap = Math.max(12, Math.round(w * MIN_GAP));
  // blank column runs strictly inside the inked width
  const gaps: Array<[number, number]> = [];
  let start = -1;
  for (let x = 0; x <= w; x++) {
    const blank = x < w && colInk[x] <= speck;
    if (blank && start < 0) start = x;
    if (!blank && start >= 0) {
      if (start > 0 && x < w && x - start >= minGap) gaps.push([start, x]);
      start = -1;
    }
  }
  if (!gaps.length) return whole;
  // the tilt of a part's own text lines (pages under deskew's 3 degrees are not turned): see
  // sameRows. Measured within one part: across both, two straight documents whose lines are
  // offset would pass for one tilted page.
  const tiltOf = (x0: number, x1: number) => {
    const cw = x1 - x0;
    const crop = new Uint8ClampedArray(cw * h * 4);
    for (let y = 0; y < h; y++) crop.set(data.subarray((y * w + x0) * 4, (y * w + x1) * 4), y * cw * 4);
    return Math.tan((estimateSkew(crop, cw, h, { minGain: TILT_GAIN }) * Math.PI) / 180);
  };
  // cut at the middle of each gap, then keep only cuts whose two sides both look like documents
  const cuts = gaps.map(([a, b]) => Math.round((a + b) / 2));
  const total = colInk.reduce((s, v) => s + v, 0);
  const inkRows = (x0: number, x1: number) => {
    let top = -1, bottom = -1;
    for (let y = 0; y < h; y++) {
      if (rowFirst[y] < 0 || rowLast[y] < x0 || rowFirst[y] >= x1) continue;
      let any = false;
      for (let x = x0; x < x1 && !any; x++) any = data[(y * w + x) * 4] < 128;
      if (!any) continue;
      if (top < 0) top = y;
      bottom = y;
    }
    return top < 0 ? 0 : bottom - top + 1;
  };
  const pageSpan = inkRows(0, w);
  const looksLikeDocument = (x0: number, x1: number) => {
    let ink = 0;
    for (let x = x0; x < x1; x++) ink += colInk[x];
    return x1 - x0 >= MIN_WIDTH * w && ink >= MIN_SHARE * total && inkRows(x0, x1) >= MIN_SPAN * pageSpan;
  };
  const kept: number[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i++) {
    const next = cuts[i + 1] ?? w;
    if (looksLikeDocument(from, cuts[i]) && looksLikeDocument(cuts[i], next) && !sameRows(data, w, h, from, cuts[i], next, tiltOf, colInk)) {
      kept.push(cuts[i]);
      from = cuts[i];
    }
  }
  if (!kept.length) return whole;
  const edges = [0, ...kept, w];
  return edges.slice(1).map((x1, i) => ({ x: edges[i], y: 0, w: x1 - edges[i], h }));
}
