/**
 * @module engine/read/paddle/detect-text
 * PP-OCRv4 DB text detection: the grey page is scaled so its long side is at most
 * `limitSide` px (multiples of 32, as the network needs), normalised with ImageNet's mean and
 * deviation, and run once; the probability map is thresholded at BIN_THRESHOLD, its connected
 * regions whose mean probability reaches BOX_THRESHOLD become boxes, each grown by DB's unclip
 * distance (area x UNCLIP_RATIO / perimeter) and mapped back to page pixels. The values are
 * PaddleOCR's defaults for PP-OCRv4 (det_db_thresh 0.3, det_db_box_thresh 0.6, unclip 1.5).
 *
 * Boxes follow their line's slant: pages reach this upright and levelled as a whole
 * (../normalise-image.ts turns tilts of 3 degrees or more), but a curled or creased receipt
 * slants some lines on its own (a header line falling 22 px over its 360 px on training
 * receipt fit 010, printed with no leading: its axis-aligned box held three lines and read
 * "ENKERURISARDARE" for AIK HUAT HARDWARE). A region whose centre line drifts by more than
 * SLANT_SHARE of its thickness over its width gets a `slope` (see TextBox), and the recogniser
 * cuts its crop along it (./recognise-text.ts); the others stay axis-aligned, as PaddleOCR's
 * minimum-area rectangles would be for them.
 *
 * Fails: rejects with onnxruntime's error when the session cannot run.
 */
import type { InferenceSession } from 'onnxruntime-node';
import type { Box } from '../../types.ts';
import type { PaddleModels } from './models.ts';

export const BIN_THRESHOLD = 0.3;
export const BOX_THRESHOLD = 0.6;
export const UNCLIP_RATIO = 1.5;
/** Regions smaller than this (map pixels on the short side) are specks. */
const MIN_SIDE = 3;

export interface GreyPage { data: Uint8ClampedArray; width: number; height: number }

/**
 * A detected text box, page pixels. With `slope` (dy/dx, page px per page px) the text runs
 * slanted: `y` and `h` are the band the text fills at the box's middle column (x + w/2), and at
 * column X the band is shifted by slope x (X - x - w/2); without it the box is axis-aligned.
 */
export interface TextBox extends Box { slope?: number }

/** A region's centre line may drift by this share of its thickness before it counts as slanted. */
export const SLANT_SHARE = 0.35;

const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

/** Nearest-neighbour-free box resize of grey RGBA into the network's CHW float input (bilinear). */
function detInput(page: GreyPage, w: number, h: number): Float32Array {
  const out = new Float32Array(3 * w * h);
  const sx = page.width / w, sy = page.height / h;
  const plane = w * h;
  for (let y = 0; y < h; y++) {
    const fy = Math.min(page.height - 1, (y + 0.5) * sy - 0.5);
    const y0 = Math.max(0, Math.floor(fy)), y1 = Math.min(page.height - 1, y0 + 1), dy = Math.max(0, fy - y0);
    for (let x = 0; x < w; x++) {
      const fx = Math.min(page.width - 1, (x + 0.5) * sx - 0.5);
      const x0 = Math.max(0, Math.floor(fx)), x1 = Math.min(page.width - 1, x0 + 1), dx = Math.max(0, fx - x0);
      const p = (xx: number, yy: number) => page.data[(yy * page.width + xx) * 4];
      const v = ((p(x0, y0) * (1 - dx) + p(x1, y0) * dx) * (1 - dy) + (p(x0, y1) * (1 - dx) + p(x1, y1) * dx) * dy) / 255;
      const i = y * w + x;
      out[i] = (v - MEAN[0]) / STD[0];
      out[plane + i] = (v - MEAN[1]) / STD[1];
      out[2 * plane + i] = (v - MEAN[2]) / STD[2];
    }
  }
  return out;
}

/** Text boxes of `page`, in page pixels, unordered. */
export async function detectText(models: PaddleModels, page: GreyPage, limitSide: number): Promise<TextBox[]> {
  const ratio = Math.min(1, limitSide / Math.max(page.width, page.height));
  const w = Math.max(32, Math.round((page.width * ratio) / 32) * 32);
  const h = Math.max(32, Math.round((page.height * ratio) / 32) * 32);
  const input = new models.ort.Tensor('float32', detInput(page, w, h), [1, 3, h, w]);
  const out = await (models.det as InferenceSession).run({ x: input });
  const map = Object.values(out)[0].data as Float32Array;
  return boxesFromMap(map, w, h).map((b) => scaleBox(b, page.width / w, page.height / h, page.width, page.height));
}

function scaleBox(b: TextBox, sx: number, sy: number, W: number, H: number): TextBox {
  const x = Math.max(0, Math.floor(b.x * sx)), r = Math.min(W, Math.ceil((b.x + b.w) * sx));
  if (b.slope) {
    // a slanted band may reach past the page at its ends; the recogniser clamps its samples
    const y = Math.floor(b.y * sy), bt = Math.ceil((b.y + b.h) * sy);
    return { x, y, w: r - x, h: bt - y, slope: (b.slope * sy) / sx };
  }
  const y = Math.max(0, Math.floor(b.y * sy)), bt = Math.min(H, Math.ceil((b.y + b.h) * sy));
  return { x, y, w: r - x, h: bt - y };
}

/**
 * DB post-processing on a w x h probability map: connected regions -> unclipped boxes (map px),
 * slanted where the region's centre line drifts (see TextBox).
 */
export function boxesFromMap(map: Float32Array, w: number, h: number): TextBox[] {
  const label = new Int32Array(w * h);
  const boxes: TextBox[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < w * h; start++) {
    if (label[start] || map[start] <= BIN_THRESHOLD) continue;
    next++;
    label[start] = next;
    stack.push(start);
    let x0 = w, y0 = h, x1 = -1, y1 = -1, sum = 0, n = 0;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w, y = (i - x) / w;
      sum += map[i]; n++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (x > 0 && !label[i - 1] && map[i - 1] > BIN_THRESHOLD) { label[i - 1] = next; stack.push(i - 1); }
      if (x < w - 1 && !label[i + 1] && map[i + 1] > BIN_THRESHOLD) { label[i + 1] = next; stack.push(i + 1); }
      if (y > 0 && !label[i - w] && map[i - w] > BIN_THRESHOLD) { label[i - w] = next; stack.push(i - w); }
      if (y < h - 1 && !label[i + w] && map[i + w] > BIN_THRESHOLD) { label[i + w] = next; stack.push(i + w); }
    }
    const bw = x1 - x0 + 1, bh = y1 - y0 + 1;
    if (Math.min(bw, bh) < MIN_SIDE || sum / n < BOX_THRESHOLD) continue;
    const slant = bw >= 2 * bh ? slantOf(label, w, next, x0, y0, x1, y1) : undefined;
    if (slant) {
      // unclip the straightened band (width x thickness), as DB does the region
      const d = (bw * slant.thickness * UNCLIP_RATIO) / (2 * (bw + slant.thickness));
      const ux0 = Math.max(0, x0 - d), ux1 = Math.min(w, x1 + 1 + d);
      const mid = (ux0 + ux1) / 2;
      const top = slant.at(mid) + slant.top - d, bottom = slant.at(mid) + slant.bottom + 1 + d;
      boxes.push({ x: ux0, y: top, w: ux1 - ux0, h: bottom - top, slope: slant.slope });
      continue;
    }
    // DB unclip: the region was shrunk by the network; grow it back by area*ratio/perimeter
    const d = (bw * bh * UNCLIP_RATIO) / (2 * (bw + bh));
    const ux0 = Math.max(0, x0 - d), uy0 = Math.max(0, y0 - d);
    const ux1 = Math.min(w, x1 + 1 + d), uy1 = Math.min(h, y1 + 1 + d);
    boxes.push({ x: ux0, y: uy0, w: ux1 - ux0, h: uy1 - uy0 });
  }
  return boxes;
}

interface Slant {
  slope: number;
  /** Centre line's y at column x (map px). */
  at: (x: number) => number;
  /** The region's band around its centre line: top and bottom offsets, and their distance. */
  top: number;
  bottom: number;
  thickness: number;
}

/**
 * The centre line of region `id` (least squares through each column's middle, weighted by its
 * pixels) and its thickness around that line (the 5th percentile of the columns' top offsets to
 * the 95th of their bottom offsets: a descender or a speck at one column does not widen it).
 * Undefined when the line drifts less than SLANT_SHARE of the thickness over the region's width
 * (the axis-aligned box is then as tight).
 */
function slantOf(label: Int32Array, w: number, id: number, x0: number, y0: number, x1: number, y1: number): Slant | undefined {
  const cols: Array<{ x: number; top: number; bottom: number; n: number }> = [];
  for (let x = x0; x <= x1; x++) {
    let top = -1, bottom = -1, n = 0;
    for (let y = y0; y <= y1; y++) if (label[y * w + x] === id) { if (top < 0) top = y; bottom = y; n++; }
    if (n) cols.push({ x, top, bottom, n });
  }
  if (cols.length < 8) return undefined;
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const c of cols) {
    const m = (c.top + c.bottom) / 2;
    sw += c.n; sx += c.n * c.x; sy += c.n * m; sxx += c.n * c.x * c.x; sxy += c.n * c.x * m;
  }
  const den = sw * sxx - sx * sx;
  if (den <= 0) return undefined;
  const slope = (sw * sxy - sx * sy) / den;
  const icpt = (sy - slope * sx) / sw;
  const at = (x: number) => icpt + slope * x;
  const tops = cols.map((c) => c.top - at(c.x)).sort((a, b) => a - b);
  const bottoms = cols.map((c) => c.bottom - at(c.x)).sort((a, b) => a - b);
  const top = tops[Math.floor(0.05 * (tops.length - 1))], bottom = bottoms[Math.ceil(0.95 * (bottoms.length - 1))];
  const thickness = bottom - top + 1;
  if (Math.abs(slope) * (x1 - x0 + 1) < SLANT_SHARE * thickness) return undefined;
  return { slope, at, top, bottom, thickness };
}
