/**
 * @module engine/read/paddle/segments-to-lines
 * Turns recognised segments (a detected box and its CTC characters) into the engine's Lines of
 * Words, as tesseract gives them: segments whose vertical extents overlap by at least half the
 * smaller height share a line (left to right); a segment is split into words at the spaces the
 * recogniser emitted and where it dropped one (it often does: "GREENLEAFMARKET"): between two
 * characters whose CTC positions are at least GAP_PITCH character pitches apart (the pitch: the
 * segment's mean advance, its recognised spaces counted as characters; time steps are whole
 * numbers and large print takes one or two a character, so a median step misleads) and whose
 * ink, on the page, is separated by blank columns at least GAP_BLANK pitches wide, or where the
 * recogniser gave the space class SPACE_PROB or more between them without emitting it; never
 * around a '.', ',' or ':' between digits, and between two characters of a figure (digits,
 * . , : / -) only when WIDE_PITCH pitches apart. A space the recogniser put after a figure's
 * decimal point ("170. 00") is closed up. Measured on the PP-OCR segments of 74 training `fit` receipts against
 * SROIE's ground-truth lines of the same characters: letters of a monospaced till font stand
 * 0.25-0.45 ink heights (up to 0.7 pitches) apart, so the earlier test (1.4 median pitches, a
 * blank of 0.25 ink heights) put 219 spaces inside words and figures ("GIF T", "Cas hier",
 * "5 59.5 3"); this one puts 93, mostly before a colon, where the print has one too. Then
 * glued patterns are split and characters normalised (../word-text.ts). A word's box spans its characters' time steps
 * mapped to page pixels (one step = `pxPerStep` px), with the segment's height.
 *
 * Confidence: the word's mean character probability mapped to the engine's one scale
 * (../word-confidence.ts).
 * Pure and total.
 */
import type { Box, Line, Word } from '../../types.ts';
import { sortReadingOrder } from '../ocr-lines.ts';
import { normaliseWordText, splitGluedWord } from '../word-text.ts';
import { paddleWordConfidence } from '../word-confidence.ts';
import type { DecodedChar, Segment } from './recognise-text.ts';
import type { GreyPage, TextBox } from './detect-text.ts';

/** Least distance (start to start, in character pitches) of a dropped space. */
export const GAP_PITCH = 1.4;
/** Least blank run between two characters' ink, in character pitches, of a dropped space. */
export const GAP_BLANK = 0.5;
/** A gap this many pitches wide is a space whatever the ink says. */
const WIDE_PITCH = 2.6;
/**
 * A space the recogniser weighed this much (DecodedChar.spaceP) at the blank steps between two
 * characters is a word break, however narrow the gap (a condensed print). Chosen on 60 training
 * `fit` receipts with bench:reading-text: among letter/digit pairs of boxes read exactly, 13 741
 * inside words had spaceP under 0.05 and 4 had 0.15 or more, while most missed word breaks had
 * 0.15-0.5; word breaks missed 82 -> 43 of 1567, added 8 -> 10 (0.1: 32 missed, 12 added, but
 * one supplier fewer than 0.15 through the whole fit split).
 */
export const SPACE_PROB = 0.15;

/**
 * Per column of `box` (page px): does it hold ink? And the ink's height. Ink = darker than midway
 * between the box's darkest and lightest grey. A slanted box (TextBox.slope) is followed along
 * its slant.
 */
function inkColumns(page: GreyPage, box: TextBox): { cols: Uint8Array; x0: number; inkH: number } {
  const x0 = Math.max(0, Math.floor(box.x)), x1 = Math.min(page.width, Math.ceil(box.x + box.w));
  const slope = box.slope ?? 0, mid = box.x + box.w / 2;
  const rows = (x: number): [number, number] => {
    const y = box.y + slope * (x - mid);
    return [Math.max(0, Math.floor(y)), Math.min(page.height, Math.ceil(y + box.h))];
  };
  let lo = 255, hi = 0;
  for (let x = x0; x < x1; x++) {
    const [y0, y1] = rows(x);
    for (let y = y0; y < y1; y++) { const v = page.data[(y * page.width + x) * 4]; if (v < lo) lo = v; if (v > hi) hi = v; }
  }
  const cols = new Uint8Array(Math.max(0, x1 - x0));
  if (hi - lo < 40) return { cols, x0, inkH: 0 };
  const t = (lo + hi) / 2;
  // the ink's height: the span of offsets (from the band's top) holding ink in some column
  let top = Infinity, bottom = -Infinity;
  for (let x = x0; x < x1; x++) {
    const [y0, y1] = rows(x);
    const base = box.y + slope * (x - mid);
    for (let y = y0; y < y1; y++) if (page.data[(y * page.width + x) * 4] < t) { cols[x - x0] = 1; top = Math.min(top, y - base); bottom = Math.max(bottom, y - base); }
  }
  return { cols, x0, inkH: top === Infinity ? 0 : Math.round(bottom - top + 1) };
}

/** Longest run of blank columns between page x `a` and `b`. */
function blankRun(ink: { cols: Uint8Array; x0: number }, a: number, b: number): number {
  let best = 0, run = 0;
  for (let x = Math.max(0, Math.round(a) - ink.x0); x < Math.min(ink.cols.length, Math.round(b) - ink.x0); x++) {
    run = ink.cols[x] ? 0 : run + 1;
    if (run > best) best = run;
  }
  return best;
}

const DIGIT = /\d/;
const JOIN = /[.,:]/;
const FIGURE_CHAR = /[\d.,:/\-]/;

const round = (n: number) => Math.round(n * 100) / 100;

/** Words of one segment, left to right (`page`: the grey page the segment was read from). */
export function segmentWords(seg: Segment, page?: GreyPage): Word[] {
  const chars = seg.chars;
  // time steps are whole numbers and a large print takes one or two a character: the mean
  // advance over the segment (its recognised spaces counted as characters) is steadier
  const cells = chars.length - 1;
  const pitch = cells > 0 ? (chars[chars.length - 1].t0 - chars[0].t0) / cells : 0;
  const px = seg.pxPerStep;
  const ink = page ? inkColumns(page, seg.band ?? seg.box) : undefined;
  const centre = (c: DecodedChar) => seg.box.x + ((c.t0 + c.t1 + 1) / 2) * px;
  const droppedSpace = (prev: DecodedChar, c: DecodedChar, next: DecodedChar | undefined) => {
    if (pitch <= 0) return false;
    const d = (c.t0 - prev.t0) / pitch;
    if (d >= WIDE_PITCH) return true;
    // inside figures (digits and their separators) only the recogniser's own space or a wide gap
    // splits: dot-matrix digits stand apart ("13/01/201 8", "1370 7/2017" on the dev receipts)
    if (FIGURE_CHAR.test(prev.char) && FIGURE_CHAR.test(c.char)) return false;
    if ((JOIN.test(c.char) && DIGIT.test(prev.char) && next && DIGIT.test(next.char)) || (JOIN.test(prev.char) && DIGIT.test(c.char))) return false;
    if (c.spaceP >= SPACE_PROB) return true;
    if (d < GAP_PITCH || !ink || !ink.inkH) return false;
    return blankRun(ink, centre(prev), centre(c)) >= GAP_BLANK * pitch * px;
  };
  const groups: DecodedChar[][] = [];
  let cur: DecodedChar[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c.char.trim() === '') { if (cur.length) groups.push(cur); cur = []; continue; }
    const prev = cur[cur.length - 1];
    if (prev && droppedSpace(prev, c, chars[i + 1])) { groups.push(cur); cur = []; }
    cur.push(c);
  }
  if (cur.length) groups.push(cur);
  // a space the recogniser put inside a figure, after its decimal point ("170. 00"), is no word break
  for (let i = groups.length - 1; i > 0; i--) {
    const a = groups[i - 1].map((c) => c.char).join(''), b = groups[i].map((c) => c.char).join('');
    if (/\d[.,]$/.test(a) && /^\d{2}(?![\d.,])/.test(b)) groups.splice(i - 1, 2, [...groups[i - 1], ...groups[i]]);
  }
  const { x: bx, y, w: bw, h } = seg.box;
  const words: Word[] = [];
  for (const g of groups) {
    const raw = g.map((c) => c.char).join('');
    for (const part of splitGluedWord(raw)) {
      const cs = g.slice(part.start, part.start + part.text.length);
      const x0 = Math.max(bx, bx + (cs[0].t0 - 0.5) * px);
      const x1 = Math.min(bx + bw, bx + (cs[cs.length - 1].t1 + 1.5) * px);
      const text = normaliseWordText(part.text);
      if (!text.trim()) continue;
      const conf = cs.reduce((s, c) => s + c.prob, 0) / cs.length;
      words.push({ text, box: { x: round(x0), y: round(y), w: round(Math.max(1, x1 - x0)), h: round(h) }, confidence: paddleWordConfidence(conf) });
    }
  }
  return words;
}

/** Segments overlapping horizontally by more than this share of the narrower one are on different rows. */
const SAME_ROW_X_OVERLAP = 0.2;

/** Horizontal overlap of two boxes as a share of the narrower one. */
function xOverlap(a: Box, b: Box): number {
  const o = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return o <= 0 ? 0 : o / Math.max(1, Math.min(a.w, b.w));
}

function union(bs: Box[]): Box {
  const x = Math.min(...bs.map((b) => b.x)), y = Math.min(...bs.map((b) => b.y));
  const r = Math.max(...bs.map((b) => b.x + b.w)), bt = Math.max(...bs.map((b) => b.y + b.h));
  return { x: round(x), y: round(y), w: round(r - x), h: round(bt - y) };
}

/**
 * Least page tilt (dy/dx, about 0.3 degrees) that the grouping follows: below it a row's drift
 * across a page 1000 px wide is under 5 px, a small share of a line.
 */
export const MIN_TILT = 0.005;

/**
 * Lines (reading order) from segments (any order): a segment joins the row whose band its box
 * overlaps by half the smaller height, unless it lies above or below a segment of that row
 * (horizontal overlap over SAME_ROW_X_OVERLAP): the detector pads its boxes, so on a receipt
 * printed with tight line spacing a name and the date under it overlap by half a line
 * ("UNIHAKKA INTERNATIONAL SDN BHD 03 Mar 2018 18:22" was one line). `tilt` (dy/dx, from
 * ../deskew.ts estimateSkew, or from the detector's slanted boxes, ./box-tilt.ts; pages tilted
 * under 3 degrees are not turned) levels the bands
 * first: on a receipt scanned 1 degree askew a total printed 500 px right of its label stands
 * 9 px lower, half a line of small print, and was read with the line under the label.
 */
export function segmentsToLines(segs: Segment[], page?: GreyPage, tilt: number | ((y: number) => number) = 0): Line[] {
  // on a page tilted by `tilt` (dy/dx; or a function of the height on the page, ./box-tilt.ts) a
  // row's segments stand lower the further right they are: their bands are compared levelled, as
  // if the page had been turned (without resampling it)
  const tiltAt = typeof tilt === 'number' ? () => tilt : tilt;
  const level = (b: Box) => {
    const t = tiltAt(b.y + b.h / 2);
    return Math.abs(t) < MIN_TILT ? 0 : t * (b.x + b.w / 2);
  };
  const items = segs.map((s) => ({ box: s.box, words: segmentWords(s, page) })).filter((s) => s.words.length);
  items.sort((a, b) => a.box.y + a.box.h / 2 - level(a.box) - (b.box.y + b.box.h / 2 - level(b.box)));
  const groups: Array<{ top: number; bottom: number; items: typeof items }> = [];
  for (const it of items) {
    const top = it.box.y - level(it.box), bottom = top + it.box.h;
    let best: (typeof groups)[number] | undefined, bestOv = 0;
    for (const g of groups.slice(-6)) {
      const ov = Math.min(bottom, g.bottom) - Math.max(top, g.top);
      const need = 0.5 * Math.min(it.box.h, g.bottom - g.top);
      // segments of one row stand side by side: one above another is on the next row, however
      // much their (padded) boxes overlap on a tightly printed or tilted page
      if (g.items.some((o) => xOverlap(o.box, it.box) > SAME_ROW_X_OVERLAP)) continue;
      if (ov >= need && ov > bestOv) { best = g; bestOv = ov; }
    }
    if (best) {
      best.items.push(it);
      // the line's band is its first segment's, so a tall neighbour cannot swallow the next line
    } else groups.push({ top, bottom, items: [it] });
  }
  const lines: Line[] = groups.map((g) => {
    const words = g.items.sort((a, b) => a.box.x - b.box.x).flatMap((i) => i.words);
    return { text: words.map((w) => w.text).join(' '), box: union(g.items.map((i) => i.box)), words };
  });
  return sortReadingOrder(lines);
}
