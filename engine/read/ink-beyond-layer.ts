/**
 * @module engine/read/ink-beyond-layer
 * Whether a PDF page's rendering holds print its text layer does not account for. A page whose
 * text layer is too short to read as the page (../read/read-pdf.ts MIN_TEXT_CHARS) is OCR'd from
 * its rendering, since it may be a scan under a few words of overlay; but a page that prints only
 * those few words (a "Page 1/2" footer pushed onto a page of its own, a blank separator page)
 * holds nothing more for OCR to find, and reading it costs an A4 page of OCR (seconds on a CPU:
 * a fresh tester's two-page invoices took 23-41 s through the API, two such pages each).
 *
 * Counted: ink pixels (< 128 in grey) outside every text-layer line box, padded by a third of the
 * box's height. Pure and total, O(pixels).
 */
import type { Line } from '../types.ts';

/**
 * Ink beyond the layer's boxes above this share of the page's pixels is print to OCR: 2e-4 is
 * about four characters of 10-point type at the 240 dpi pages are rendered at (a glyph ~30 x 20 px,
 * a quarter of it ink), so a word, a stamp, a logo or a scanned image is always more.
 */
export const MAX_UNCOVERED_SHARE = 2e-4;

/**
 * Whether grey RGBA `data` (w x h px; only the R channel is read) holds more ink outside the
 * text layer's `lines` than MAX_UNCOVERED_SHARE of its pixels. `lines` are in PDF points, as
 * the text layer gives them; `scale` is px per point of the rendering.
 */
export function inkBeyondLayer(data: Uint8ClampedArray | Uint8Array, w: number, h: number, lines: Line[], scale: number): boolean {
  const covered = new Uint8Array(w * h);
  for (const l of lines) {
    const pad = Math.max(2, (l.box.h * scale) / 3);
    const x0 = Math.max(0, Math.floor(l.box.x * scale - pad)), x1 = Math.min(w - 1, Math.ceil((l.box.x + l.box.w) * scale + pad));
    const y0 = Math.max(0, Math.floor(l.box.y * scale - pad)), y1 = Math.min(h - 1, Math.ceil((l.box.y + l.box.h) * scale + pad));
    for (let y = y0; y <= y1; y++) covered.fill(1, y * w + x0, y * w + x1 + 1);
  }
  const limit = MAX_UNCOVERED_SHARE * w * h;
  let ink = 0;
  for (let i = 0; i < w * h; i++) {
    if (data[i * 4] < 128 && !covered[i] && ++ink > limit) return true;
  }
  return false;
}
