/**
 * @module engine/read/uncovered-ink
 * Finds the regions of a page that hold print but no line OCR returned: horizontal bands of
 * ink pixels (< 128) outside every line box. Tesseract's "uniform block" segmentation (PSM 6)
 * skips text much larger than the body text (the big TOTAL / CASH / CHANGE lines of a receipt)
 * as if it were a picture; this is how ./recover-missed-lines.ts knows where to look again.
 *
 * A band is kept when it is about as tall as a line of text or taller (>= MIN_BAND of the
 * median line height: rules, dashes and specks are thinner) and not a whole picture (<=
 * MAX_BAND line heights), and its ink is more than a few specks. At most `maxBands`, the
 * inkiest first, in top-to-bottom order. Pure and total, O(pixels).
 */
import type { Box, Line } from '../types.ts';

/** Measured on the 44 dev receipts: 0.7 keeps the large-print lines and drops rules and dashes. */
const MIN_BAND = 0.7;
const MAX_BAND = 6;

export interface InkBand extends Box { ink: number }

export function medianLineHeight(lines: Line[]): number {
  const hs = lines.map((l) => l.box.h).filter((h) => h > 0).sort((a, b) => a - b);
  return hs.length ? hs[Math.floor(hs.length / 2)] : 0;
}

/**
 * Bands of uncovered ink in grey RGBA `data` (w x h; only the R channel is read), given the
 * boxes of the lines already read. Empty when there are no lines to size text by.
 */
export function uncoveredInkBands(data: Uint8ClampedArray | Uint8Array, w: number, h: number, lines: Line[], maxBands = 6): InkBand[] {
  const lh = medianLineHeight(lines);
  if (!lh || w < 8 || h < 8) return [];
  const pad = Math.max(2, Math.round(lh * 0.15));
  // per row, the x intervals covered by a (padded) line box
  const covered: Array<Array<[number, number]>> = Array.from({ length: h }, () => []);
  for (const l of lines) {
    const y0 = Math.max(0, Math.floor(l.box.y - pad)), y1 = Math.min(h - 1, Math.ceil(l.box.y + l.box.h + pad));
    const span: [number, number] = [Math.max(0, Math.floor(l.box.x - pad)), Math.min(w - 1, Math.ceil(l.box.x + l.box.w + pad))];
    for (let y = y0; y <= y1; y++) covered[y].push(span);
  }
  const rowInk = new Uint32Array(h);
  const rowMinX = new Int32Array(h).fill(w);
  const rowMaxX = new Int32Array(h).fill(-1);
  for (let y = 0; y < h; y++) {
    const spans = covered[y];
    for (let x = 0; x < w; x++) {
      if (data[(y * w + x) * 4] >= 128) continue;
      if (spans.some(([a, b]) => x >= a && x <= b)) continue;
      rowInk[y]++;
      if (x < rowMinX[y]) rowMinX[y] = x;
      if (x > rowMaxX[y]) rowMaxX[y] = x;
    }
  }
  // a row counts when it holds more than specks; rows closer than half a line join one band
  const minRowInk = Math.max(3, Math.round(w * 0.005));
  const gap = Math.max(1, Math.round(lh / 2));
  const bands: InkBand[] = [];
  let start = -1, last = -1;
  const close = () => {
    if (start < 0) return;
    const bh = last - start + 1;
    if (bh >= lh * MIN_BAND && bh <= lh * MAX_BAND) {
      let x0 = w, x1 = -1, ink = 0;
      for (let y = start; y <= last; y++) {
        ink += rowInk[y];
        if (rowInk[y]) { x0 = Math.min(x0, rowMinX[y]); x1 = Math.max(x1, rowMaxX[y]); }
      }
      if (x1 >= x0 && ink >= lh * 4) bands.push({ x: x0, y: start, w: x1 - x0 + 1, h: bh, ink });
    }
    start = last = -1;
  };
  for (let y = 0; y < h; y++) {
    if (rowInk[y] < minRowInk) continue;
    if (start >= 0 && y - last > gap) close();
    if (start < 0) start = y;
    last = y;
  }
  close();
  return bands.sort((a, b) => b.ink - a.ink).slice(0, maxBands).sort((a, b) => a.y - b.y);
}
