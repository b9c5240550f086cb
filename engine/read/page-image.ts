/**
 * @module engine/read/page-image
 * A grey page decoded once for the second looks that follow the first OCR pass (a split into
 * documents side by side, missed large type, unsure words, a lost date): its PNG (what OCR
 * reads), its canvas (to cut crops from) and its pixels (to find ink in). `readCrop` OCRs one
 * rectangle of it as a small image of its own and returns the lines in page pixels.
 *
 * Fails: `pageImage` with the canvas's decoding error (the PNG was made by this engine);
 * `readCrop` never: a crop OCR cannot read gives null.
 */
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import type { Box, Line } from '../types.ts';
import type { OcrPage } from './ocr-pool.ts';
import { shiftLine } from './ocr-lines.ts';

export type Recognize = (png: Buffer) => Promise<OcrPage>;

export interface PageImage {
  png: Buffer;
  canvas: Canvas;
  width: number;
  height: number;
  /** Grey RGBA pixels (R = G = B). */
  data: Uint8ClampedArray;
}

function fromCanvas(canvas: Canvas, png: Buffer): PageImage {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  return { png, canvas, width: canvas.width, height: canvas.height, data };
}

export async function pageImage(png: Buffer): Promise<PageImage> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  canvas.getContext('2d').drawImage(img, 0, 0);
  return fromCanvas(canvas, png);
}

/** The rectangle `box` of `page` as a page of its own (for documents side by side). */
export async function cutPage(page: PageImage, box: Box): Promise<PageImage> {
  const c = createCanvas(box.w, box.h);
  c.getContext('2d').drawImage(page.canvas, box.x, box.y, box.w, box.h, 0, 0, box.w, box.h);
  return fromCanvas(c, await c.encode('png'));
}

/**
 * OCR the rectangle `box` of `page` (clipped to it) with `pad` px of white paper around it,
 * enlarged `scale` times; its lines in page pixels, or null when the crop is empty or cannot be
 * read.
 */
export async function readCrop(page: PageImage, box: Box, recognize: Recognize, pad = 0, scale = 1): Promise<Line[] | null> {
  const x0 = Math.max(0, Math.round(box.x)), y0 = Math.max(0, Math.round(box.y));
  const x1 = Math.min(page.width, Math.round(box.x + box.w)), y1 = Math.min(page.height, Math.round(box.y + box.h));
  if (x1 - x0 < 4 || y1 - y0 < 4) return null;
  const w = Math.round((x1 - x0) * scale), h = Math.round((y1 - y0) * scale);
  const crop = createCanvas(w + 2 * pad, h + 2 * pad);
  const g = crop.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, crop.width, crop.height);
  g.drawImage(page.canvas, x0, y0, x1 - x0, y1 - y0, pad, pad, w, h);
  try {
    const r = await recognize(await crop.encode('png'));
    return r.lines.map((l) => shiftLine(shrinkLine(shiftLine(l, -pad, -pad), scale), x0, y0));
  } catch {
    return null;
  }
}

function shrinkLine(l: Line, scale: number): Line {
  const sh = (b: Box): Box => ({ x: b.x / scale, y: b.y / scale, w: b.w / scale, h: b.h / scale });
  return { text: l.text, box: sh(l.box), words: l.words.map((w) => ({ ...w, box: sh(w.box) })) };
}
