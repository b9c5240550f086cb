/**
 * @module engine/read/paddle/detect-text
 * PP-OCRv4 DB text detection: the grey page is scaled so its long side is at most
 * `limitSide` px (multiples of 32, as the network needs), normalised with ImageNet's mean and
 * deviation, and run once; the probability map is thresholded at BIN_THRESHOLD, its connected
 * regions whose mean probability reaches BOX_THRESHOLD become boxes, each grown by DB's unclip
 * distance (area x UNCLIP_RATIO / perimeter) and mapped back to page pixels. The values are
 * PaddleOCR's defaults for PP-OCRv4 (det_db_thresh 0.3, det_db_box_thresh 0.6, unclip 1.5).
 *
 * Boxes are axis-aligned: pages reach this already upright and levelled (../normalise-image.ts
 * turns tilts of 3 degrees or more), so a rotated rectangle would buy little.
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
export async function detectText(models: PaddleModels, page: GreyPage, limitSide: number): Promise<Box[]> {
  const ratio = Math.min(1, limitSide / Math.max(page.width, page.height));
  const w = Math.max(32, Math.round((page.width * ratio) / 32) * 32);
  const h = Math.max(32, Math.round((page.height * ratio) / 32) * 32);
  const input = new models.ort.Tensor('float32', detInput(page, w, h), [1, 3, h, w]);
  const out = await (models.det as InferenceSession).run({ x: input });
  const map = Object.values(out)[0].data as Float32Array;
  return boxesFromMap(map, w, h).map((b) => scaleBox(b, page.width / w, page.height / h, page.width, page.height));
}

function scaleBox(b: Box, sx: number, sy: number, W: number, H: number): Box {
  const x = Math.max(0, Math.floor(b.x * sx)), y = Math.max(0, Math.floor(b.y * sy));
  const r = Math.min(W, Math.ceil((b.x + b.w) * sx)), bt = Math.min(H, Math.ceil((b.y + b.h) * sy));
  return { x, y, w: r - x, h: bt - y };
}

/** DB post-processing on a w x h probability map: connected regions -> unclipped boxes (map px). */
export function boxesFromMap(map: Float32Array, w: number, h: number): Box[] {
  const label = new Int32Array(w * h);
  const boxes: Box[] = [];
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
    // DB unclip: the region was shrunk by the network; grow it back by area*ratio/perimeter
    const d = (bw * bh * UNCLIP_RATIO) / (2 * (bw + bh));
    const ux0 = Math.max(0, x0 - d), uy0 = Math.max(0, y0 - d);
    const ux1 = Math.min(w, x1 + 1 + d), uy1 = Math.min(h, y1 + 1 + d);
    boxes.push({ x: ux0, y: uy0, w: ux1 - ux0, h: uy1 - uy0 });
  }
  return boxes;
}
