/**
 * @module engine/read/photo/looks-like-photo
 * A cheap first test, in plain JS on grey pixels, of whether an image may be a photo of a
 * document lying on something (a table, a hand, a car seat) rather than a scan or a digital
 * image: a photo's frame edge shows what the paper lies on, which is clearly darker than the
 * paper; a scan's or a digital image's frame edge is the page itself or white margin.
 *
 * `mayBePhoto` samples a band of 3 % of each side along the frame edge and the middle of the
 * frame: it is true when at least MIN_DARK_EDGE of the edge samples are darker than
 * EDGE_RATIO x the paper's level (the 90th percentile of the middle). Only then is OpenCV
 * loaded and the document's outline looked for (./find-document.ts decides for good).
 *
 * Pure, total, O(samples): about 20k pixels whatever the image size.
 */

/** Share of the frame-edge samples that must be darker than the paper for the image to be looked at. */
export const MIN_DARK_EDGE = 0.3;
/** An edge sample is "not paper" below this fraction of the paper's level. */
export const EDGE_RATIO = 0.75;

/** `data`: grey RGBA (R = G = B), w x h. True when the frame edge is largely darker than the paper in the middle. */
export function mayBePhoto(data: Uint8ClampedArray | Uint8Array, w: number, h: number): boolean {
  if (w < 64 || h < 64) return false;
  const px = (x: number, y: number) => data[(y * w + x) * 4];
  // paper level: 90th percentile of a grid over the middle half of the frame
  const hist = new Uint32Array(256);
  let n = 0;
  const step = Math.max(1, Math.round(Math.sqrt((w * h) / 4 / 10000)));
  for (let y = Math.floor(h / 4); y < (3 * h) / 4; y += step) for (let x = Math.floor(w / 4); x < (3 * w) / 4; x += step) { hist[px(x, y)]++; n++; }
  let k = Math.ceil(n * 0.1), paper = 255;
  for (; paper > 0; paper--) { k -= hist[paper]; if (k <= 0) break; }
  if (paper < 60) return false; // no paper in the middle: nothing to find
  // frame edge: a band of 3 % of the short side along all four sides
  const band = Math.max(2, Math.round(Math.min(w, h) * 0.03));
  const limit = paper * EDGE_RATIO;
  let dark = 0, all = 0;
  const estep = Math.max(1, Math.round((2 * (w + h)) / 2500));
  for (let b = 0; b < band; b += Math.max(1, Math.floor(band / 3))) {
    for (let x = 0; x < w; x += estep) { all += 2; if (px(x, b) < limit) dark++; if (px(x, h - 1 - b) < limit) dark++; }
    for (let y = 0; y < h; y += estep) { all += 2; if (px(b, y) < limit) dark++; if (px(w - 1 - b, y) < limit) dark++; }
  }
  return all > 0 && dark / all >= MIN_DARK_EDGE;
}
