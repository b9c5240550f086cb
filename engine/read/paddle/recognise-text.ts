/**
 * @module engine/read/paddle/recognise-text
 * PP-OCRv4 CTC recognition of text boxes: each box is cut from the grey page, scaled to the
 * network's 48 px height (width in proportion, at most MAX_WIDTH), normalised to [-1, 1],
 * run one box at a time (see BATCH), and decoded greedily (best class per time step, repeats collapsed, blanks dropped).
 *
 * A slanted box (TextBox.slope) is cut along its slant: each column of the crop samples the band
 * shifted by the slope at that column, so the network sees the line level.
 *
 * Each decoded character keeps its time steps and probability: one time step covers
 * `stride` px of the scaled crop, so a character's horizontal position in the page is known
 * (word boxes, ./segments-to-lines.ts).
 *
 * Fails: rejects with onnxruntime's error when the session cannot run.
 */
import type { Box } from '../../types.ts';
import type { GreyPage, TextBox } from './detect-text.ts';
import type { PaddleModels } from './models.ts';

export const REC_HEIGHT = 48;
const MAX_WIDTH = 1600;
/**
 * Boxes per run. Measured (6 training receipts, ~50 boxes a page, 1 thread, loaded host):
 * 1 box 0.73 CPU s/page, 2: 0.73, 4: 0.78, 8: 0.97, 16: 2.16: the network's global mixing
 * grows faster than linearly with the padded width, so padding to a batch's widest costs more
 * than the calls it saves.
 */
const BATCH = 1;

export interface DecodedChar {
  char: string;
  prob: number;
  t0: number;
  t1: number;
  /**
   * The highest probability (0..1) the network gave the space class at the blank time steps
   * between the previous character and this one: a space it weighed but did not emit (a narrow
   * word gap in a condensed print), the word splitter's evidence (./segments-to-lines.ts).
   */
  spaceP: number;
}

export interface Segment {
  /** The detected box, page pixels, axis-aligned (a slanted box: the bounds of its band, within the page). */
  box: Box;
  /** A slanted box as detected (TextBox.slope), for what follows the slant (ink columns). */
  band?: TextBox;
  chars: DecodedChar[];
  /** Page pixels per time step. */
  pxPerStep: number;
  /**
   * The mean, over the crop's time steps, of the natural log of the top class's probability:
   * how sure the network was of the reading it gave (0 = wholly sure; below 0 otherwise), to
   * compare two readings of one box (./wider-second-reading.ts).
   */
  score?: number;
}

/** Grey crop of `box` (along its slope, if any) scaled to REC_HEIGHT x `w`, written normalised into `out` (CHW, width `padW`). */
function fillCrop(page: GreyPage, box: TextBox, w: number, padW: number, out: Float32Array, offset: number): void {
  const H = REC_HEIGHT;
  const plane = H * padW;
  const sx = box.w / w, sy = box.h / H;
  const slope = box.slope ?? 0, mid = box.x + box.w / 2;
  // each crop column's bilinear neighbours in the page and the band's shift there: once a box
  const xa = new Int32Array(w), xb = new Int32Array(w), dxs = new Float64Array(w), shift = new Float64Array(w);
  for (let x = 0; x < w; x++) {
    const fx = Math.min(page.width - 1, box.x + (x + 0.5) * sx - 0.5);
    xa[x] = Math.max(0, Math.floor(fx));
    xb[x] = Math.min(page.width - 1, xa[x] + 1);
    dxs[x] = Math.max(0, fx - xa[x]);
    shift[x] = slope * (fx - mid);
  }
  for (let y = 0; y < H; y++) {
    const rowOff = (y + 0.5) * sy;
    for (let x = 0; x < w; x++) {
      const x0 = xa[x], x1 = xb[x], dx = dxs[x];
      const fy = Math.max(0, Math.min(page.height - 1, box.y + shift[x] + rowOff - 0.5));
      const y0 = Math.floor(fy), y1 = Math.min(page.height - 1, y0 + 1), dy = fy - y0;
      const p = (xx: number, yy: number) => page.data[(yy * page.width + xx) * 4];
      const v = ((p(x0, y0) * (1 - dx) + p(x1, y0) * dx) * (1 - dy) + (p(x0, y1) * (1 - dx) + p(x1, y1) * dx) * dy) / 255;
      const n = (v - 0.5) / 0.5;
      const i = offset + y * padW + x;
      out[i] = n;
      out[i + plane] = n;
      out[i + 2 * plane] = n;
    }
  }
}

const cropWidthOf = (b: Box, widen = 1) => Math.max(8, Math.min(MAX_WIDTH, Math.ceil((REC_HEIGHT * b.w * widen) / Math.max(1, b.h))));

/**
 * Recognise every box (any order in, same order out). `widen` stretches each crop horizontally
 * by that factor (1: the box's own aspect, as PaddleOCR cuts it; see ./wider-second-reading.ts).
 */
export async function recogniseBoxes(models: PaddleModels, page: GreyPage, boxes: TextBox[], opts: { widen?: number } = {}): Promise<Segment[]> {
  const cropWidth = (b: Box) => cropWidthOf(b, opts.widen);
  const order = boxes.map((b, i) => i).sort((a, b) => cropWidth(boxes[a]) - cropWidth(boxes[b]));
  const out: Segment[] = new Array(boxes.length);
  for (let s = 0; s < order.length; s += BATCH) {
    const idx = order.slice(s, s + BATCH);
    const widths = idx.map((i) => cropWidth(boxes[i]));
    const padW = Math.ceil(Math.max(...widths) / 8) * 8;
    const per = 3 * REC_HEIGHT * padW;
    const data = new Float32Array(per * idx.length); // zeros = mid grey after normalisation, as PaddleOCR pads
    idx.forEach((i, k) => fillCrop(page, boxes[i], widths[k], padW, data, k * per));
    const res = await models.rec.run({ x: new models.ort.Tensor('float32', data, [idx.length, 3, REC_HEIGHT, padW]) });
    const t = Object.values(res)[0];
    const [, T, C] = t.dims as number[];
    const probs = t.data as Float32Array;
    idx.forEach((i, k) => {
      const stride = padW / T; // crop px per time step
      const b = boxes[i];
      out[i] = { box: b.slope ? boundsOf(b, page) : b, ...(b.slope ? { band: b } : {}), ...ctcDecode(probs, k * T * C, T, C, models.chars), pxPerStep: (stride * b.w) / widths[k] };
    });
  }
  return out;
}

/** The axis-aligned bounds of a slanted box's band, within the page. */
function boundsOf(b: TextBox, page: { width: number; height: number }): Box {
  const drift = (Math.abs(b.slope ?? 0) * b.w) / 2;
  const y = Math.max(0, Math.floor(b.y - drift)), bottom = Math.min(page.height, Math.ceil(b.y + b.h + drift));
  return { x: b.x, y, w: b.w, h: bottom - y };
}

/**
 * Greedy CTC decoding of one item (T x C probabilities starting at `off`; class C - 1 is the
 * space): its characters, and in the same pass its path score (Segment.score: the mean over the
 * T steps of the natural log of the top class's probability).
 */
export function ctcDecode(probs: Float32Array, off: number, T: number, C: number, chars: string[]): { chars: DecodedChar[]; score: number } {
  const out: DecodedChar[] = [];
  let prev = 0;
  let spaceP = 0;
  let logSum = 0;
  for (let t = 0; t < T; t++) {
    let best = 0, bp = -1;
    const base = off + t * C;
    for (let c = 0; c < C; c++) if (probs[base + c] > bp) { bp = probs[base + c]; best = c; }
    logSum += Math.log(Math.max(1e-9, bp));
    if (best === 0) spaceP = Math.max(spaceP, probs[base + C - 1]);
    if (best !== 0 && best === prev) {
      const last = out[out.length - 1];
      last.t1 = t;
      last.prob = Math.max(last.prob, bp);
    } else if (best !== 0) {
      out.push({ char: chars[best] ?? '', prob: bp, t0: t, t1: t, spaceP });
      spaceP = 0;
    }
    prev = best;
  }
  return { chars: out, score: T ? logSum / T : 0 };
}
