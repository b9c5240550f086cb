/**
 * @module engine/read/render-pdf-page
 * Renders one page of an open PDF to a PNG with pdf.js and @napi-rs/canvas. The canvas comes
 * from pdf.js's own Node canvas factory: pdfjs-dist requires its own nested copy of
 * @napi-rs/canvas, and a canvas from our copy rejects its Path2D objects. The scale makes the long side about `longSide` px
 * (default 2000, ~240 dpi for A4: good for OCR and for a vision model) and keeps the pixel
 * count within `maxPixels`. Optionally grey (OCR input) instead of colour.
 *
 * Fails with AppError('UNREADABLE_DOCUMENT') when the page cannot be drawn, and with
 * AppError('DOCUMENT_TOO_COMPLEX') when even a tiny rendering would exceed `maxPixels`.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { appError, AppError, reasonOf } from '../../schemas/errors.ts';
import type { PDFDocumentProxy } from './pdf-open.ts';
import { toGrey } from './grey.ts';

export interface RenderOptions {
  maxPixels: number;
  /** Target long side in px. Default 2000. */
  longSide?: number;
  grey?: boolean;
}

interface NodeCanvas { encode(format: 'png'): Promise<Buffer> }
interface CanvasFactory { create(w: number, h: number): { canvas: NodeCanvas; context: SKRSContext2D } }

export interface RenderedPage { png: Buffer; width: number; height: number; scale: number }

/** The scale for a page of `w` x `h` points. */
export function renderScale(w: number, h: number, longSide: number, maxPixels: number): number {
  let scale = longSide / Math.max(w, h);
  const px = w * h * scale * scale;
  if (px > maxPixels) scale *= Math.sqrt(maxPixels / px);
  return scale;
}

export async function renderPdfPage(pdf: PDFDocumentProxy, pageNumber: number, opts: RenderOptions): Promise<RenderedPage> {
  const page = await pdf.getPage(pageNumber).catch((err: unknown) => {
    throw appError('PDF_PAGE_UNOPENABLE', { page: pageNumber, reason: reasonOf(err) });
  });
  try {
    const base = page.getViewport({ scale: 1 });
    const scale = renderScale(base.width, base.height, opts.longSide ?? 2000, opts.maxPixels);
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.floor(viewport.width));
    const height = Math.max(1, Math.floor(viewport.height));
    if (width < 16 || height < 16) {
      throw appError('PAGE_TOO_LARGE', { page: pageNumber, max: opts.maxPixels });
    }
    const factory = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    const { canvas, context: ctx } = factory.create(width, height);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    try {
      // pdf.js types expect a DOM context; @napi-rs/canvas's is API-compatible.
      await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport, background: 'white' }).promise;
    } catch (err) {
      throw appError('PDF_PAGE_UNRENDERABLE', { page: pageNumber, reason: reasonOf(err) });
    }
    if (opts.grey) toGrey(ctx, width, height);
    return { png: await canvas.encode('png'), width, height, scale };
  } finally {
    page.cleanup();
  }
}
