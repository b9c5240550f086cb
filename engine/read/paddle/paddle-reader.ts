/**
 * @module engine/read/paddle/paddle-reader
 * PP-OCRv4 as a Recogniser: decode the PNG to grey pixels, detect text boxes
 * (./detect-text.ts), recognise them (./recognise-text.ts; a header box read unsurely is read
 * again from a wider crop, ./wider-second-reading.ts), build lines of words
 * (./segments-to-lines.ts; a pound sign the alphabet lacks and read as an f is put back,
 * ./missing-glyphs.ts, and one read as nothing from its ink, ./dropped-pound.ts), after turning a page that lies on its side or upside down upright
 * (./orientation.ts: the page returned is then the turned one; a page read with a mean
 * confidence under UNSURE_PAGE is read half turned too, and the surer reading kept). Pages are read one at a time in the order asked (ONNX Runtime runs
 * with one intra-op thread: an engine thread is one core's worth of work).
 *
 * Detection runs with the page's long side at most DET_LIMIT px (PaddleOCR's default 960):
 * measured on 6 training receipts, detection costs 0.55 CPU s/page at 1536, 0.33 at 1152 and
 * 0.21 at 960 and finds the same boxes (50.2, 50.3, 50.5 a page); recognition reads the boxes
 * from the full-resolution page.
 *
 * Fallback: when the models or onnxruntime-node's native binding cannot load (an unsupported
 * platform, a missing file), the reader logs once and reads with a one-worker tesseract.js pool
 * from then on (`engine` becomes 'tesseract').
 *
 * Fails: `recognize` rejects with AppError('UNREADABLE_DOCUMENT') when the image cannot be
 * decoded or the runtime fails on it, AppError('UNAVAILABLE') after `terminate()`.
 */
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { appError, reasonOf } from '../../../schemas/errors.ts';
import { createLogger } from '../../../foundation/logger.ts';
import type { OcrPage } from '../recogniser.ts';
import { OcrPool } from '../ocr-pool.ts';
import { meanConfidence } from '../ocr-lines.ts';
import type { OcrEngine, Recogniser } from '../recogniser.ts';
import { loadPaddleModels, type PaddleModels } from './models.ts';
import { detectText, type GreyPage } from './detect-text.ts';
import { recogniseBoxes } from './recognise-text.ts';
import { segmentsToLines } from './segments-to-lines.ts';
import { tiltFromBoxes } from './box-tilt.ts';
import { withMissingGlyphs } from './missing-glyphs.ts';
import { withDroppedPounds } from './dropped-pound.ts';
import { estimateSkew } from '../deskew.ts';
import { readTopBoxesWider } from './wider-second-reading.ts';
import { FLIP_SHARE, rotateGrey, textStandsUpright, upsideDownShare } from './orientation.ts';

export const DET_LIMIT = 960;
/**
 * A page whose mean word confidence (shared scale) is below this may be upside down although the
 * direction classifier said not: measured on 346 training receipts, the two read upside down
 * had 0.26 and 0.30, every page read upright 0.54 or more.
 */
export const UNSURE_PAGE = 0.45;

export async function decodeGrey(png: Buffer): Promise<GreyPage> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  const data = g.getImageData(0, 0, img.width, img.height).data;
  // the engine's pages are grey already (R = G = B); a colour input is made grey here
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] !== data[i + 1] || data[i] !== data[i + 2]) data[i] = Math.round(0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]);
  }
  return { data, width: img.width, height: img.height };
}

/** Read a decoded grey page with loaded models. */
export async function readGreyPage(models: PaddleModels, upright: GreyPage, detLimit = DET_LIMIT): Promise<OcrPage> {
  let page = upright;
  let boxes = await detectText(models, page, detLimit);
  // a page lying on its side or upside down is turned upright first (./orientation.ts);
  // the OcrPage's size and boxes are then those of the turned page
  if (textStandsUpright(boxes)) {
    page = rotateGrey(page, 1);
    boxes = await detectText(models, page, detLimit);
  }
  if ((await upsideDownShare(models, page, boxes)) >= FLIP_SHARE) {
    page = rotateGrey(page, 2);
    boxes = await detectText(models, page, detLimit);
  }
  // the text lines' tilt, which the grouping of segments into lines follows (normalisation
  // turns only pages tilted 3 degrees or more: resampling moves digits)
  // (the detector's slanted boxes, when enough agree, measure it where the text is and follow a
  // photo's perspective, ./box-tilt.ts; else the whole page's estimate)
  const tiltOf = (p: GreyPage, b: typeof boxes) => tiltFromBoxes(b) ?? Math.tan((estimateSkew(p.data, p.width, p.height) * Math.PI) / 180);
  // (a pound sign the alphabet lacks is put back where it was read as an f, ./missing-glyphs.ts, or dropped, ./dropped-pound.ts)
  const readLines = async (p: GreyPage, b: typeof boxes) => withDroppedPounds(withMissingGlyphs(segmentsToLines(await readTopBoxesWider(models, p, b, await recogniseBoxes(models, p, b)), p, tiltOf(p, b))), p);
  let lines = await readLines(page, boxes);
  // the direction classifier misses now and then: a page read this unsurely is read half turned
  // too, and the surer reading kept
  if (meanConfidence(lines) < UNSURE_PAGE) {
    const turned = rotateGrey(page, 2);
    const again = await readLines(turned, await detectText(models, turned, detLimit));
    if (meanConfidence(again) > meanConfidence(lines)) { page = turned; lines = again; }
  }
  return { width: page.width, height: page.height, lines, confidence: meanConfidence(lines), text: lines.map((l) => l.text).join('\n') };
}

export class PaddleReader implements Recogniser {
  private fallback: OcrPool | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly detLimit: number;

  constructor(opts: { detLimit?: number } = {}) {
    this.detLimit = opts.detLimit ?? DET_LIMIT;
  }

  get engine(): OcrEngine {
    return this.fallback ? 'tesseract' : 'paddle';
  }

  recognize(image: Buffer): Promise<OcrPage> {
    if (this.closed) return Promise.reject(appError('OCR_POOL_CLOSED'));
    const job = this.queue.then(() => this.read(image));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async read(image: Buffer): Promise<OcrPage> {
    if (this.closed) throw appError('OCR_POOL_CLOSED');
    if (this.fallback) return this.fallback.recognize(image);
    let models: PaddleModels;
    try {
      models = await loadPaddleModels();
    } catch (err) {
      createLogger('warn', { module: 'paddle-reader' }).warn('PP-OCR (ONNX Runtime) cannot load; reading with tesseract.js', { err: (err as Error)?.message ?? String(err) });
      this.fallback = new OcrPool({ workers: 1 });
      return this.fallback.recognize(image);
    }
    let page: GreyPage;
    try {
      page = await decodeGrey(image);
    } catch (err) {
      throw appError('OCR_FAILED', { reason: reasonOf(err) });
    }
    try {
      return await readGreyPage(models, page, this.detLimit);
    } catch (err) {
      throw appError('OCR_FAILED', { reason: reasonOf(err) });
    }
  }

  async terminate(): Promise<void> {
    this.closed = true;
    await this.fallback?.terminate();
  }
}
