/**
 * @module engine/read/photo/find-document
 * Finds the outline of a document photographed on a background, with OpenCV (./opencv.ts).
 *
 * `findDocument(cv, grey, w, h)` works on a copy of at most DETECT_LONG_SIDE px on the long
 * side: blur, split paper from background with Otsu's threshold, close the gaps that print and
 * creases leave (a morphological closing), and take the largest outer contour. Its outline is
 * simplified to four corners (approxPolyDP at 2-6 % of its perimeter); a contour that will not
 * simplify to four (a curled receipt, a thumb over an edge) is taken as its minimum-area
 * rotated rectangle when it fills at least MIN_SOLIDITY of it.
 *
 * It is a photo of a document only when (all measured on the generated photos and the dev set,
 * see bench/RESULTS.md "Phone photos"):
 * - the outline covers MIN_AREA..MAX_AREA of the frame (a scan fills the frame; a speck is no page),
 * - the paper inside is brighter than the background outside by MIN_CONTRAST grey levels.
 * Otherwise null: the image goes on unchanged.
 *
 * Returns the corners in the input's pixels, ordered top-left, top-right, bottom-right,
 * bottom-left. Every Mat made here is deleted before it returns. Fails: never (an OpenCV
 * exception gives null).
 */
import type { CV } from './opencv.ts';

export type Point = { x: number; y: number };
export type Quad = [Point, Point, Point, Point];

export const DETECT_LONG_SIDE = 720;
export const MIN_AREA = 0.12;
export const MAX_AREA = 0.93;
export const MIN_CONTRAST = 40;
export const MIN_SOLIDITY = 0.8;
/** Thickening of the Canny edges (px at the detection size) so that an outline with small gaps closes. */
export const EDGE_DILATE = 11;
/** A side is a paper edge when the grey step across 6 px is at least this share of the step across 20 px. */
export const SHARP_SHARE = 0.5;

/** Corners ordered TL, TR, BR, BL (by x+y and y-x, which holds for any tilt under 45 degrees). */
export function orderCorners(p: Point[]): Quad {
  const bySum = [...p].sort((a, b) => a.x + a.y - (b.x + b.y));
  const byDiff = [...p].sort((a, b) => a.y - a.x - (b.y - b.x));
  return [bySum[0], byDiff[0], bySum[3], byDiff[3]];
}

/**
 * `grey`: one grey byte per pixel (w x h). The document's corners in those pixels, or null when
 * no document lying on a darker background is seen.
 */
export function findDocument(cv: CV, grey: Uint8Array, w: number, h: number): Quad | null {
  const mats: { delete(): void }[] = [];
  const keep = <T extends { delete(): void }>(m: T): T => { mats.push(m); return m; };
  try {
    const full = keep(new cv.Mat(h, w, cv.CV_8UC1));
    full.data.set(grey);
    const f = Math.min(1, DETECT_LONG_SIDE / Math.max(w, h));
    const small = keep(new cv.Mat());
    cv.resize(full, small, new cv.Size(Math.max(1, Math.round(w * f)), Math.max(1, Math.round(h * f))), 0, 0, cv.INTER_AREA);
    full.delete(); mats.splice(mats.indexOf(full), 1);
    const sw = small.cols, sh = small.rows;
    const blur = keep(new cv.Mat());
    cv.GaussianBlur(small, blur, new cv.Size(5, 5), 0);
    const k = Math.max(3, Math.round(Math.max(sw, sh) / 60) | 1);
    const kernel = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(k, k)));
    // candidates 1: bright paper against a darker table (Otsu), gaps of print and creases closed
    const bin = keep(new cv.Mat());
    cv.threshold(blur, bin, 0, 255, cv.THRESH_BINARY + cv.THRESH_OTSU);
    cv.morphologyEx(bin, bin, cv.MORPH_CLOSE, kernel);
    cv.morphologyEx(bin, bin, cv.MORPH_OPEN, kernel); // loose bright specks on the table
    // candidates 2: the paper's edge (Canny), for a page partly in shadow, whose dark part Otsu gives to the table
    const edges = keep(new cv.Mat());
    cv.Canny(blur, edges, 40, 120);
    // bridge gaps in the outline (a closing would reopen them at the corners); the hole inside
    // the thickened outline is EDGE_DILATE/2 px outside the paper on its outer side and inside
    // it on its inner side (a hole): corners are moved back by that much below
    const thick = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(EDGE_DILATE, EDGE_DILATE)));
    cv.dilate(edges, edges, thick);
    const frame = sw * sh;
    // the largest outline that passes wins: a straight shadow edge across the page makes Otsu's
    // lit part a quadrilateral too, smaller than the page that the edges outline
    let found: { quad: Point[]; area: number } | null = null;
    for (const [mask, mode, thick] of [[bin, cv.RETR_EXTERNAL, 0], [edges, cv.RETR_CCOMP, EDGE_DILATE / 2]] as const) {
      const contours = keep(new cv.MatVector());
      const hierarchy = keep(new cv.Mat());
      cv.findContours(mask, contours, hierarchy, mode, cv.CHAIN_APPROX_SIMPLE);
      const areas: { i: number; a: number }[] = [];
      for (let i = 0; i < contours.size(); i++) {
        const c = contours.get(i);
        const a = cv.contourArea(c);
        c.delete();
        if (a >= MIN_AREA * frame && a <= MAX_AREA * frame) areas.push({ i, a });
      }
      areas.sort((x, y) => y.a - x.a);
      for (const { i, a } of areas.slice(0, 5)) {
        const grow = hierarchy.data32S[4 * i + 3] >= 0 ? thick : -thick; // a hole grows, an outer boundary shrinks
        const contour = keep(contours.get(i));
        const raw = quadOf(cv, contour, a, keep);
        if (!raw) continue;
        const cx = raw.reduce((s, p) => s + p.x, 0) / 4, cy = raw.reduce((s, p) => s + p.y, 0) / 4;
        const corners = raw.map((p) => {
          const d = Math.hypot(p.x - cx, p.y - cy) || 1;
          return { x: p.x + ((p.x - cx) / d) * grow * Math.SQRT2, y: p.y + ((p.y - cy) / d) * grow * Math.SQRT2 };
        });
        if (contrast(cv, small, corners, keep) < MIN_CONTRAST || !sharpSides(small.data, sw, sh, corners)) continue;
        if (!found || a > found.area) found = { area: a, quad: corners.map((p) => ({ x: p.x / f, y: p.y / f })) };
        break; // the largest passing contour of this mask
      }
    }
    return found && orderCorners(found.quad);
  } catch {
    return null;
  } finally {
    for (const m of mats) m.delete();
  }
}

type Keep = <T extends { delete(): void }>(m: T) => T;

/** Four corners of `contour` (area `area`): its polygon simplified to four, or its min-area rectangle when it fills it. */
function quadOf(cv: CV, contour: InstanceType<CV['Mat']>, area: number, keep: Keep): Point[] | null {
  const peri = cv.arcLength(contour, true);
  for (const eps of [0.02, 0.03, 0.04, 0.06]) {
    const approx = keep(new cv.Mat());
    cv.approxPolyDP(contour, approx, eps * peri, true);
    if (approx.rows === 4 && cv.isContourConvex(approx)) {
      return [0, 1, 2, 3].map((i) => ({ x: approx.data32S[2 * i], y: approx.data32S[2 * i + 1] }));
    }
  }
  const rect = cv.minAreaRect(contour);
  if (area < MIN_SOLIDITY * rect.size.width * rect.size.height) return null;
  return (cv as unknown as { RotatedRect: { points(r: unknown): Point[] } }).RotatedRect.points(rect).map((p) => ({ x: p.x, y: p.y }));
}

/**
 * Is every side of the quadrilateral a sharp step from paper to background? A paper's edge is
 * (the grey step across 6 px is at least SHARP_SHARE of the step across 20 px, at the detection size); the soft edge of
 * a shadow across the page is not, and a quadrilateral with such a side is only the lit part of
 * the page. Samples outside the frame are skipped (a page cut by the frame).
 */
function sharpSides(g: Uint8Array, w: number, h: number, q: Point[]): boolean {
  const cx = q.reduce((s, p) => s + p.x, 0) / 4, cy = q.reduce((s, p) => s + p.y, 0) / 4;
  const at = (x: number, y: number): number | null => {
    const xi = Math.round(x), yi = Math.round(y);
    return xi < 0 || yi < 0 || xi >= w || yi >= h ? null : g[yi * w + xi];
  };
  for (let i = 0; i < 4; i++) {
    const a = q[i], b = q[(i + 1) % 4];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    let nx = -(b.y - a.y) / len, ny = (b.x - a.x) / len;
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    if (nx * (mx - cx) + ny * (my - cy) < 0) { nx = -nx; ny = -ny; } // outward
    const ratios: number[] = [];
    for (let k = 1; k <= 9; k++) {
      const t = k / 10, px = a.x + (b.x - a.x) * t, py = a.y + (b.y - a.y) * t;
      const v = [-10, -3, 3, 10].map((d) => at(px + nx * d, py + ny * d));
      if (v.some((x) => x === null)) continue;
      const [i8, i2, o2, o8] = v as number[];
      const far = i8 - o8;
      if (far < 15) { ratios.push(0); continue; }
      ratios.push((i2 - o2) / far);
    }
    if (ratios.length < 3) continue; // along the frame's edge
    ratios.sort((x, y) => x - y);
    if (ratios[Math.floor(ratios.length / 2)] < SHARP_SHARE) return false;
  }
  return true;
}

/** Mean grey inside the quadrilateral minus mean grey outside it. */
function contrast(cv: CV, img: InstanceType<CV['Mat']>, corners: Point[], keep: Keep): number {
  const mask = keep(cv.Mat.zeros(img.rows, img.cols, cv.CV_8UC1));
  const poly = keep(cv.matFromArray(4, 1, cv.CV_32SC2, corners.flatMap((p) => [Math.round(p.x), Math.round(p.y)])));
  const polys = keep(new cv.MatVector());
  polys.push_back(poly);
  cv.fillPoly(mask, polys, new cv.Scalar(255));
  const inside = cv.mean(img, mask)[0];
  cv.bitwise_not(mask, mask);
  return inside - cv.mean(img, mask)[0];
}
