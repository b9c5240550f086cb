/**
 * @module engine/read/read-document
 * The reading layer's entry points. `readDocument` reads every page (up to `maxPages`):
 * a PDF's text layer with pdf.js (checked first: a layer that reads as garbage, e.g. through a
 * wrong ToUnicode map, is replaced by the OCR of the page's rendering), and OCR (the pool's tesseract workers) for PDF pages
 * without a usable text layer (fewer than MIN_TEXT_CHARS characters: rendered grey at ~2000 px;
 * unless the rendering prints nothing beyond that short layer, ./ink-beyond-layer.ts)
 * (OCR = the recogniser passed in, ./recogniser.ts: PP-OCRv4 by default, or tesseract.js)
 * and for images (every page of a multi-page TIFF; normalised: upright, grey, long side <= 2200 px; documents side by side in one
 * image are read one by one, each as a page with its `origin`), followed by a second look at
 * print the first pass skipped (large type), at unsure header words and, when a page has no
 * date, at its date label and at debris beside a printed time. `renderFirstPage` makes the
 * colour PNG a vision model looks at.
 *
 * Boxes: text-layer pages are in PDF points; OCR'd pages are in pixels of the image OCR saw
 * (PageReading.width/height say which). When no pool is given, a private one-worker pool is
 * made for the call and terminated after it (slow: prefer passing the shared pool).
 *
 * Fails with AppError: UNSUPPORTED_FILE (mime not handled), UNREADABLE_DOCUMENT (corrupt,
 * encrypted, undecodable), DOCUMENT_TOO_COMPLEX (over maxPixels).
 */
import type { DocumentReading, PageReading, SourceDocument } from '../types.ts';
import { appError, AppError } from '../../schemas/errors.ts';
import { openPdf, type PDFDocumentProxy } from './pdf-open.ts';
import { MIN_TEXT_CHARS, readPdfPageText, textChars } from './read-pdf.ts';
import { renderPdfPage } from './render-pdf-page.ts';
import { normaliseImage } from './normalise-image.ts';
import { imageCutOff } from './image-cut-off.ts';
import { tiffPageCount } from './decode-tiff.ts';
import { plausibleShare } from './text-layer-check.ts';
import type { OcrPage } from './ocr-pool.ts';
import type { Recogniser } from './recogniser.ts';
import { createRecogniser } from './create-recogniser.ts';
import { recoverMissedLines } from './recover-missed-lines.ts';
import { rereadMissingDate } from './reread-missing-date.ts';
import { rereadDateBesideTime } from './reread-date-beside-time.ts';
import { rereadUnsureWords } from './reread-unsure-words.ts';
import { sideBySideParts } from './side-by-side.ts';
import { partsAreOneDocument } from './parts-one-document.ts';
import { cutPage, pageImage, type PageImage } from './page-image.ts';
import { inkBeyondLayer } from './ink-beyond-layer.ts';

export interface ReadOptions {
  maxPages: number;
  maxPixels: number;
  ocr?: Recogniser;
  /** Find, flatten and evenly light photographed documents (./photo/). Default true. */
  photoStep?: boolean;
  /**
   * Called with a PDF once it is open, before its pages are read, so a caller can look at the
   * document as a whole (its attached files) without opening it a second time.
   */
  onPdfOpen?: (pdf: PDFDocumentProxy) => Promise<void>;
  /**
   * The first page to read (1-based; default 1) of a PDF or a multi-page TIFF: the pages before
   * it were read already (a classification's capped reading, which extraction completes without
   * reading its pages twice). The pages returned keep their numbers in the document.
   */
  fromPage?: number;
}

function ocrReading(page: number, r: OcrPage, w: number, h: number): PageReading {
  // a recogniser that turned the page upright reports the turned size, which its boxes are in
  return { page, width: r.width || w, height: r.height || h, source: 'ocr', lines: r.lines, confidence: r.confidence };
}

/**
 * OCR a grey page, then look again at print the first pass skipped (./recover-missed-lines.ts),
 * at the header words it was unsure of (./reread-unsure-words.ts), and when no date was read at
 * a date label (./reread-missing-date.ts) and at debris beside a time
 * (./reread-date-beside-time.ts). The page is decoded once for all four (a PNG is
 * decoded only after its first pass, so pages waiting for a worker hold no pixels).
 */
async function ocrPage(pool: Recogniser, input: Buffer | PageImage): Promise<OcrPage> {
  const r = await pool.recognize(Buffer.isBuffer(input) ? input : input.png);
  // the second looks make up for tesseract's misses (PSM 6 skipping large type, faded dates);
  // PP-OCR detects each text region on its own and reads those (bench/RESULTS.md)
  if (pool.engine !== 'tesseract') return r;
  const page = Buffer.isBuffer(input) ? await pageImage(input) : input;
  const recognize = (crop: Buffer) => pool.recognize(crop);
  const recovered = await recoverMissedLines(page, r.lines, recognize);
  const lines = await rereadDateBesideTime(page, await rereadMissingDate(page, await rereadUnsureWords(page, recovered, recognize), recognize), recognize);
  return lines === r.lines ? r : { ...r, lines, text: lines.map((l) => l.text).join('\n') };
}

async function withPool<T>(pool: Recogniser | undefined, fn: (p: () => Recogniser) => Promise<T>): Promise<T> {
  let own: Recogniser | undefined;
  const get = () => pool ?? (own ??= createRecogniser('paddle'));
  try {
    return await fn(get);
  } finally {
    await own?.terminate();
  }
}

/**
 * A part of a page cut as a document side by side (./side-by-side.ts) must read at least this
 * many words (three letters in a row): a receipt names its shop, its items, its total. A cut
 * column of figures reads none.
 */
export const MIN_PART_WORDS = 3;
/**
 * Fewer words than this on a cut-off image (./image-cut-off.ts) and it is refused as cut off: the
 * offline classifier's own bound for a page that holds almost no text (engine/classify).
 */
export const MIN_CUT_OFF_WORDS = 4;
const wordsOf = (p: PageReading) => p.lines.reduce((n, l) => n + l.words.filter((w) => /\p{L}{3}/u.test(w.text)).length, 0);

export async function readDocument(doc: SourceDocument, opts: ReadOptions): Promise<DocumentReading> {
  return withPool(opts.ocr, async (pool) => {
    if (doc.mime === 'application/pdf') return readPdfDocument(doc.bytes, opts, pool);
    if (doc.mime === 'image/tiff' && tiffPageCount(doc.bytes) > 1) return readTiffPages(doc.bytes, opts, pool);
    if (doc.mime.startsWith('image/')) {
      const img = await normaliseImage(doc.bytes, doc.mime, { maxPixels: opts.maxPixels, photo: opts.photoStep });
      const firstPageImage = { width: img.width, height: img.height };
      const page = await pageImage(img.png);
      const parts = sideBySideParts(page.data, page.width, page.height);
      if (parts.length > 1) {
        // documents side by side: each part is read on its own, as a page of its own; unless a
        // part reads as no document (a price column cut from its labels on a photo whose
        // perspective hid that its rows are the labels' rows) or the parts read as the columns of
        // one document (./parts-one-document.ts): then the page is read whole
        const pages = await Promise.all(parts.map(async (box, i) => ({ ...ocrReading(i + 1, await ocrPage(pool(), await cutPage(page, box)), box.w, box.h), origin: { x: box.x, y: box.y } })));
        if (pages.every((p) => wordsOf(p) >= MIN_PART_WORDS) && !partsAreOneDocument(pages)) return { kind: 'image', pages, pageCount: 1, firstPageImage };
      }
      const r = await ocrPage(pool(), page);
      const reading = ocrReading(1, r, img.width, img.height);
      // a file cut off in transfer decodes as its first rows and grey below: when that part reads
      // no text, the client hears the file is cut off, not that it is no document
      if (reading.lines.reduce((n, l) => n + l.words.length, 0) < MIN_CUT_OFF_WORDS && imageCutOff(doc.bytes, doc.mime)) {
        throw appError('IMAGE_CUT_OFF', { bytes: doc.bytes.length });
      }
      return { kind: 'image', pages: [reading], pageCount: 1, firstPageImage };
    }
    throw appError('UNSUPPORTED_MIME', { mime: doc.mime });
  });
}

/**
 * Every page of a multi-page TIFF (up to maxPages), each normalised and read as a page of its
 * own, one after another (one decoded page in memory at a time). A page is never split into
 * documents side by side: the pages of one file are one document.
 */
async function readTiffPages(bytes: Buffer, opts: ReadOptions, pool: () => Recogniser): Promise<DocumentReading> {
  const count = tiffPageCount(bytes);
  const pages: PageReading[] = [];
  let firstPageImage: DocumentReading['firstPageImage'];
  for (let i = Math.max(1, opts.fromPage ?? 1) - 1; i < Math.min(count, opts.maxPages); i++) {
    const img = await normaliseImage(bytes, 'image/tiff', { maxPixels: opts.maxPixels, page: i, photo: opts.photoStep });
    if (i === 0) firstPageImage = { width: img.width, height: img.height };
    pages.push(ocrReading(i + 1, await ocrPage(pool(), img.png), img.width, img.height));
  }
  return { kind: 'image', pages, pageCount: count, firstPageImage };
}

/**
 * A text layer whose plausible-token share (./text-layer-check.ts) is below this is checked
 * against the OCR of its page's rendering. Measured: a garbled ToUnicode layer 0.38; every
 * text layer of the probes, the training invoices and the dev PDFs (81 pages, seven languages)
 * 0.77 or more.
 */
export const SUSPECT_LAYER_SHARE = 0.6;
/** The OCR replaces a suspect layer when its share is at least this much higher. */
export const BETTER_BY = 0.2;

async function readPdfDocument(bytes: Buffer, opts: ReadOptions, pool: () => Recogniser): Promise<DocumentReading> {
  const pdf = await openPdf(bytes);
  try {
    await opts.onPdfOpen?.(pdf);
    const n = Math.min(pdf.numPages, opts.maxPages);
    const from = Math.max(1, opts.fromPage ?? 1);
    const text: PageReading[] = [];
    for (let p = from; p <= n; p++) text.push(await readPdfPageText(pdf, p));
    let firstPageImage: DocumentReading['firstPageImage'];
    // Render pages without usable text one after another (bounded memory) and OCR them in
    // parallel on the pool's workers.
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < text.length; i++) {
      const layer = text[i];
      const suspect = textChars(layer) >= MIN_TEXT_CHARS ? plausibleShare(layer.lines.map((l) => l.text).join('\n')) : null;
      if (suspect !== null && suspect >= SUSPECT_LAYER_SHARE) continue;
      const page = from + i;
      const r = await renderPdfPage(pdf, page, { maxPixels: opts.maxPixels, grey: true });
      if (page === 1) firstPageImage = { width: r.width, height: r.height };
      // a short layer that is all the page prints (a footer alone on a page, a blank page) leaves OCR nothing to find
      if (suspect === null) {
        const img = await pageImage(r.png);
        if (!inkBeyondLayer(img.data, img.width, img.height, layer.lines, r.scale)) continue;
      }
      pending.push(ocrPage(pool(), r.png).then((o) => {
        // a text layer that reads as garbage gives way to the OCR of its rendering when that reads clearly better
        if (suspect !== null && plausibleShare(o.text) < suspect + BETTER_BY) return;
        text[i] = ocrReading(page, o, r.width, r.height);
      }));
    }
    await Promise.all(pending);
    return { kind: 'pdf', pages: text, pageCount: pdf.numPages, firstPageImage };
  } finally {
    await pdf.destroy();
  }
}

/**
 * PNGs of the first `maxPages` pages for a vision model (statements need every page's
 * transactions): PDF pages rendered in colour like renderFirstPage; a TIFF's pages normalised in
 * colour; any other image is one page.
 */
export async function renderPages(doc: SourceDocument, opts: { maxPixels: number; maxPages: number; longSide?: number }): Promise<Buffer[]> {
  if (doc.mime === 'image/tiff') {
    const n = Math.min(tiffPageCount(doc.bytes), opts.maxPages);
    const pages: Buffer[] = [];
    for (let i = 0; i < n; i++) pages.push((await normaliseImage(doc.bytes, doc.mime, { maxPixels: opts.maxPixels, maxLongSide: opts.longSide ?? 2200, minLongSide: 0, grey: false, page: i })).png);
    if (pages.length) return pages;
  }
  if (doc.mime !== 'application/pdf') return [await renderFirstPage(doc, opts)];
  const pdf = await openPdf(doc.bytes);
  try {
    if (pdf.numPages < 1) throw appError('PDF_NO_PAGES');
    const pages: Buffer[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, opts.maxPages); n++) {
      pages.push((await renderPdfPage(pdf, n, { maxPixels: opts.maxPixels, longSide: opts.longSide ?? 2000 })).png);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * PNG of the first page for a vision model: a PDF's page 1 rendered in colour at ~2000 px on
 * the long side; an image normalised (upright, long side <= 2200 px) in colour.
 */
export async function renderFirstPage(doc: SourceDocument, opts: { maxPixels: number; longSide?: number }): Promise<Buffer> {
  if (doc.mime === 'application/pdf') {
    const pdf = await openPdf(doc.bytes);
    try {
      if (pdf.numPages < 1) throw appError('PDF_NO_PAGES');
      return (await renderPdfPage(pdf, 1, { maxPixels: opts.maxPixels, longSide: opts.longSide ?? 2000 })).png;
    } finally {
      await pdf.destroy();
    }
  }
  if (doc.mime.startsWith('image/')) {
    return (await normaliseImage(doc.bytes, doc.mime, { maxPixels: opts.maxPixels, maxLongSide: opts.longSide ?? 2200, minLongSide: 0, grey: false })).png;
  }
  throw appError('UNSUPPORTED_MIME', { mime: doc.mime });
}
