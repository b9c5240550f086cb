/**
 * @module engine/read/deskew
 * Finds how far the text lines of a page are tilted, and turns the page level again.
 *
 * `estimateSkew` works on a grey RGBA buffer whose paper is already white (./enhance.ts): it
 * takes the ink pixels (< 128) of a copy reduced to at most ~900 px on the long side, and for
 * each candidate angle in -maxDeg..maxDeg projects them onto the axis perpendicular to that
 * angle. Text lines at the right angle pile their ink into few rows, so the sum of squared row
 * counts (the projection profile's energy) peaks there. Coarse steps of 0.5 degrees, then 0.1
 * around the best. The peak must beat the level (0 degree) profile by a margin, otherwise
 * 0 is returned for a page without lines (blank, a few words). A picture with a strong straight
 * edge (a horizon) can pass for a tilted page and be turned: harmless, there is nothing to read.
 *
 * `rotateCanvas` turns a canvas by -angle about its centre onto a canvas just large enough to
 * hold it, filled white (paper), so nothing is cut off.
 *
 * Pure apart from the canvas allocation, O(ink pixels x angles): a few ms per page.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';

export interface SkewOptions {
  /** Largest tilt looked for, in degrees. Default 10. */
  maxDeg?: number;
  /** Profile energy at the best angle over the level one must reach this ratio. Default 1.1. */
  minGain?: number;
}

const TARGET_LONG = 900;

/** Tilt of the text lines in degrees; positive = lines go down to the right (clockwise on screen). */
export function estimateSkew(data: Uint8ClampedArray | Uint8Array, w: number, h: number, opts: SkewOptions = {}): number {
  const maxDeg = opts.maxDeg ?? 10;
  const minGain = opts.minGain ?? 1.1;
  if (w < 32 || h < 32) return 0;
  const step = Math.max(1, Math.round(Math.max(w, h) / TARGET_LONG));
  // ink points of the reduced page (a cell is ink when its sample pixel is dark)
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y += step) {
    for (let x = 0; x < w; x += step) {
      if (data[(y * w + x) * 4] < 128) { xs.push(x / step); ys.push(y / step); }
    }
  }
  const n = xs.length;
  if (n < 200) return 0;
  const rw = Math.ceil(w / step), rh = Math.ceil(h / step);
  // rows after projection can move by up to rw * tan(maxDeg) either way
  const pad = Math.ceil(rw * Math.tan((maxDeg * Math.PI) / 180)) + 2;
  const bins = new Float64Array(rh + 2 * pad);
  const energy = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < n; i++) bins[Math.round(ys[i] - xs[i] * t) + pad]++;
    let e = 0;
    for (let i = 0; i < bins.length; i++) e += bins[i] * bins[i];
    return e;
  };
  const level = energy(0);
  let best = 0, bestE = level;
  for (let d = -maxDeg; d <= maxDeg + 1e-9; d += 0.5) {
    const e = energy(d);
    if (e > bestE) { bestE = e; best = d; }
  }
  const coarse = best;
  for (let d = coarse - 0.4; d <= coarse + 0.4 + 1e-9; d += 0.1) {
    if (Math.abs(d) > maxDeg) continue;
    const e = energy(d);
    if (e > bestE) { bestE = e; best = d; }
  }
  if (bestE < level * minGain) return 0;
  return Math.round(best * 10) / 10;
}

/** A new canvas of w x h painted white, with high-quality smoothing for the draw that follows. */
export function whiteCanvas(w: number, h: number): Canvas {
  const canvas = createCanvas(w, h);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, w, h);
  g.imageSmoothingEnabled = true;
  g.imageSmoothingQuality = 'high';
  return canvas;
}

/** A new canvas holding `src` turned by -deg (so lines tilted by deg become level), white around. */
export function rotateCanvas(src: Canvas, deg: number): Canvas {
  const a = (-deg * Math.PI) / 180;
  const cos = Math.abs(Math.cos(a)), sin = Math.abs(Math.sin(a));
  const W = Math.ceil(src.width * cos + src.height * sin);
  const H = Math.ceil(src.width * sin + src.height * cos);
  const out = whiteCanvas(W, H);
  const g = out.getContext('2d');
  g.translate(W / 2, H / 2);
  g.rotate(a);
  g.drawImage(src, -src.width / 2, -src.height / 2);
  return out;
}
