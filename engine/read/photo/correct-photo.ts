/**
 * @module engine/read/photo/correct-photo
 * The photo step of image normalisation: a phone photo of a receipt or invoice lying on a table
 * becomes a flat, evenly lit page before OCR. Scans and digital images pass unchanged.
 *
 * `correctPhoto(canvas, opts)` takes the upright, scaled, grey canvas of ../normalise-image.ts:
 * 1. `mayBePhoto` (./looks-like-photo.ts, plain JS): is the frame edge darker than the paper?
 *    If not, null at once (OpenCV is not even loaded).
 * 2. `findDocument` (./find-document.ts, OpenCV): the document's four corners, or null. A
 *    page lying upright and square in the frame (every corner within MIN_WARP of its bounding
 *    box's corner) is left as it is: a dark border around it is flattened by ../enhance.ts
 *    anyway, and resampling would only move digits (dev set: an upright receipt on a black
 *    scanner lid lost its total and supplier when warped).
 * 3. The quadrilateral is warped to a rectangle (cv.getPerspectiveTransform, cv.warpPerspective,
 *    cubic) whose sides are the outline's longer opposite sides, scaled so its long side is at
 *    most `maxLongSide` and enlarged towards `minLongSide` (at most 2x, as for whole images).
 * 4. Uneven light and shadows are divided out (the usual document-scanner recipe): the paper's
 *    local level is the grey dilated (print removed) and median-blurred over ~1/30 of the page,
 *    and each pixel becomes 255 - |pixel - level|, stretched to the full range. ../enhance.ts's
 *    block-wise flattening runs after it as on every image.
 *
 * Memory: OpenCV works on one byte per pixel; the detection runs on at most 720 px, the warp on
 * at most `maxLongSide` px on the long side (2200 x 2200 px: ~5 MB per Mat, four Mats); every
 * Mat is deleted before return.
 *
 * Fails: never. When OpenCV cannot be loaded or throws, the image goes on uncorrected (null).
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { loadOpenCv, type CV } from './opencv.ts';
import { mayBePhoto } from './looks-like-photo.ts';
import { findDocument, type Quad } from './find-document.ts';

export interface PhotoOptions {
  maxLongSide: number;
  minLongSide: number;
  /** Skip step 4 (for measuring it). Default false. */
  noLight?: boolean;
}

export interface CorrectedPhoto {
  canvas: Canvas;
  /** The document's corners in the input canvas's pixels (TL, TR, BR, BL). */
  corners: Quad;
}

/** Share of the bounding box's diagonal a corner must be off its box corner for the page to be warped. */
export const MIN_WARP = 0.02;

/** Is the quadrilateral an upright rectangle, give or take MIN_WARP? */
export function isUpright(q: Quad): boolean {
  const xs = q.map((p) => p.x), ys = q.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const box = [{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x0, y: y1 }];
  const diag = Math.hypot(x1 - x0, y1 - y0);
  return q.every((p, i) => dist(p, box[i]) < MIN_WARP * diag);
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** Output size for the warped page: the longer of each pair of opposite sides, then scaled. */
function targetSize(q: Quad, maxLongSide: number, minLongSide: number): { w: number; h: number } {
  const w = Math.max(dist(q[0], q[1]), dist(q[3], q[2]));
  const h = Math.max(dist(q[0], q[3]), dist(q[1], q[2]));
  const long = Math.max(w, h);
  const s = long > maxLongSide ? maxLongSide / long : long < minLongSide ? Math.min(2, minLongSide / long) : 1;
  return { w: Math.max(8, Math.round(w * s)), h: Math.max(8, Math.round(h * s)) };
}

function greyBytes(canvas: Canvas): { grey: Uint8Array; rgba: Uint8ClampedArray } {
  const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const grey = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) grey[i] = rgba[p];
  return { grey, rgba };
}

function warpAndLight(cv: CV, grey: Uint8Array, w: number, h: number, q: Quad, size: { w: number; h: number }, light: boolean): Uint8Array {
  const mats: { delete(): void }[] = [];
  const keep = <T extends { delete(): void }>(m: T): T => { mats.push(m); return m; };
  try {
    const src = keep(new cv.Mat(h, w, cv.CV_8UC1));
    src.data.set(grey);
    const from = keep(cv.matFromArray(4, 1, cv.CV_32FC2, q.flatMap((p) => [p.x, p.y])));
    const to = keep(cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, size.w, 0, size.w, size.h, 0, size.h]));
    const m = keep(cv.getPerspectiveTransform(from, to));
    const page = keep(new cv.Mat());
    cv.warpPerspective(src, page, m, new cv.Size(size.w, size.h), cv.INTER_CUBIC, cv.BORDER_REPLICATE, new cv.Scalar());
    src.delete(); mats.splice(mats.indexOf(src), 1); // the largest Mat: free it before the next ones
    if (light) {
      const bg = keep(new cv.Mat());
      const kernel = keep(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(7, 7)));
      cv.dilate(page, bg, kernel);
      const k = Math.min(255, Math.max(21, Math.round(Math.max(size.w, size.h) / 30) | 1));
      cv.medianBlur(bg, bg, k);
      cv.absdiff(page, bg, page);
      cv.bitwise_not(page, page);
      cv.normalize(page, page, 0, 255, cv.NORM_MINMAX, cv.CV_8U);
    }
    return new Uint8Array(page.data);
  } finally {
    for (const x of mats) x.delete();
  }
}

/**
 * `canvas`: grey (R = G = B). A new canvas holding the document flattened and evenly lit, with
 * the corners it was found at; or null when the image is no photo of a document (unchanged).
 */
export async function correctPhoto(canvas: Canvas, opts: PhotoOptions): Promise<CorrectedPhoto | null> {
  const { width: w, height: h } = canvas;
  const { grey, rgba } = greyBytes(canvas);
  if (!mayBePhoto(rgba, w, h)) return null;
  let cv: CV;
  try {
    cv = await loadOpenCv();
  } catch {
    return null;
  }
  const corners = findDocument(cv, grey, w, h);
  if (!corners || isUpright(corners)) return null;
  const size = targetSize(corners, opts.maxLongSide, opts.minLongSide);
  let page: Uint8Array;
  try {
    page = warpAndLight(cv, grey, w, h, corners, size, !opts.noLight);
  } catch {
    return null;
  }
  const out = createCanvas(size.w, size.h);
  const g = out.getContext('2d');
  const img = g.createImageData(size.w, size.h);
  for (let i = 0, p = 0; i < page.length; i++, p += 4) { img.data[p] = img.data[p + 1] = img.data[p + 2] = page[i]; img.data[p + 3] = 255; }
  g.putImageData(img, 0, 0);
  return { canvas: out, corners };
}
