/**
 * @module engine/read/grey
 * Converts a canvas's pixels to grey in place (ITU-R BT.601 luma), which is what OCR wants and
 * makes PNGs smaller. Total: never throws for a valid context.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';

export function toGrey(ctx: SKRSContext2D, width: number, height: number): void {
  const img = ctx.getImageData(0, 0, width, height);
  const d = img.data;
  for (let p = 0; p < d.length; p += 4) {
    const y = (d[p] * 299 + d[p + 1] * 587 + d[p + 2] * 114 + 500) / 1000;
    d[p] = d[p + 1] = d[p + 2] = y;
  }
  ctx.putImageData(img, 0, 0);
}
