/**
 * @module engine/read/paddle/orientation
 * Which way up a page is, from what PP-OCR's detector and direction classifier see, so that a
 * page turned 90, 180 or 270 degrees (a phone photo without EXIF, a scan fed sideways) is read
 * upright:
 * - turned a quarter: most elongated text boxes stand upright (taller than wide by ELONGATED)
 *   -> the page is turned 90 degrees clockwise and detected again;
 * - upside down: the text-line direction classifier (ch_ppocr_mobile_v2.0_cls, 0 or 180
 *   degrees) is asked about the CLS_BOXES widest boxes; when their mean 180-degree probability
 *   passes FLIP_SHARE the page is turned half round.
 * `rotateGrey` turns a grey page by quarter turns clockwise.
 * Fails: rejects with onnxruntime's error when the classifier cannot run.
 */
import type { Box } from '../../types.ts';
import type { GreyPage } from './detect-text.ts';
import type { PaddleModels } from './models.ts';

const ELONGATED = 2;
const CLS_BOXES = 12;
const FLIP_SHARE = 0.6;
const CLS_H = 48, CLS_W = 192;

/** Are most elongated boxes upright (the page lies on its side)? */
export function textStandsUpright(boxes: Box[]): boolean {
  let up = 0, flat = 0;
  for (const b of boxes) {
    if (b.h >= ELONGATED * b.w) up++;
    else if (b.w >= ELONGATED * b.h) flat++;
  }
  return up > flat && up >= 3;
}

/** `page` turned `quarters` x 90 degrees clockwise (1, 2 or 3). */
export function rotateGrey(page: GreyPage, quarters: number): GreyPage {
  const q = ((quarters % 4) + 4) % 4;
  if (!q) return page;
  const { width: w, height: h, data } = page;
  const W = q === 2 ? w : h, H = q === 2 ? h : w;
  const out = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [nx, ny] = q === 1 ? [h - 1 - y, x] : q === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      const s = (y * w + x) * 4, d = (ny * W + nx) * 4;
      out[d] = out[d + 1] = out[d + 2] = data[s];
      out[d + 3] = 255;
    }
  }
  return { data: out, width: W, height: H };
}

/** Mean probability, over the widest boxes, that their text is upside down (0 when none). */
export async function upsideDownShare(models: PaddleModels, page: GreyPage, boxes: Box[]): Promise<number> {
  const pick = boxes.filter((b) => b.w >= 1.5 * b.h).sort((a, b) => b.w - a.w).slice(0, CLS_BOXES);
  if (!pick.length) return 0;
  const per = 3 * CLS_H * CLS_W;
  const input = new Float32Array(per * pick.length);
  pick.forEach((b, k) => {
    const w = Math.min(CLS_W, Math.ceil((CLS_H * b.w) / Math.max(1, b.h)));
    for (let y = 0; y < CLS_H; y++) {
      const sy = Math.min(page.height - 1, Math.floor(b.y + ((y + 0.5) * b.h) / CLS_H));
      for (let x = 0; x < w; x++) {
        const sx = Math.min(page.width - 1, Math.floor(b.x + ((x + 0.5) * b.w) / w));
        const v = (page.data[(sy * page.width + sx) * 4] / 255 - 0.5) / 0.5;
        const i = k * per + y * CLS_W + x;
        input[i] = input[i + CLS_H * CLS_W] = input[i + 2 * CLS_H * CLS_W] = v;
      }
    }
  });
  const out = await models.cls.run({ x: new models.ort.Tensor('float32', input, [pick.length, 3, CLS_H, CLS_W]) });
  const p = Object.values(out)[0].data as Float32Array;
  let sum = 0;
  for (let k = 0; k < pick.length; k++) sum += p[k * 2 + 1];
  return sum / pick.length;
}

export { FLIP_SHARE };
