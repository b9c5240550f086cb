/**
 * @module engine/read/read-pdf
 * Reads the text layer of a PDF's pages with pdf.js into PageReadings (`source: 'text'`,
 * boxes in top-left-origin points, confidence 1).
 *
 * Page cap (decision): a PDF with more than `maxPages` pages is not refused; its first
 * `maxPages` pages are read and `pageCount` records how many the file has, so callers can
 * see the document was truncated (DocumentReading.pageCount > pages.length).
 *
 * Fails with AppError('UNREADABLE_DOCUMENT') when the file cannot be opened (corrupt,
 * password-protected) or a page's content cannot be parsed.
 */
import type { PageReading } from '../types.ts';
import { appError, AppError, reasonOf } from '../../schemas/errors.ts';
import { openPdf, type PDFDocumentProxy } from './pdf-open.ts';
import { linesFromTextItems, type TextItemLike } from './pdf-lines.ts';

/** A page whose text layer has fewer non-space characters than this is treated as image-only. */
export const MIN_TEXT_CHARS = 20;

/** Non-whitespace characters on a page reading. */
export function textChars(page: PageReading): number {
  return page.lines.reduce((n, l) => n + l.text.replace(/\s+/g, '').length, 0);
}

/** Text layer of one page (1-based) of an open document. */
export async function readPdfPageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<PageReading> {
  let page;
  try {
    page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ disableNormalization: false });
    const items = content.items.filter((i): i is TextItemLike & typeof i => 'str' in i);
    return {
      page: pageNumber,
      width: Math.round(viewport.width * 100) / 100,
      height: Math.round(viewport.height * 100) / 100,
      source: 'text',
      lines: linesFromTextItems(items as TextItemLike[], viewport.transform),
      confidence: 1,
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw appError('PDF_PAGE_UNREADABLE', { page: pageNumber, reason: reasonOf(err) });
  } finally {
    page?.cleanup();
  }
}

export interface PdfText { pageCount: number; pages: PageReading[] }

/** Open `bytes` and read the text layer of its first `maxPages` pages. */
export async function readPdfText(bytes: Buffer, opts: { maxPages: number }): Promise<PdfText> {
  const pdf = await openPdf(bytes);
  try {
    const n = Math.min(pdf.numPages, opts.maxPages);
    const pages: PageReading[] = [];
    for (let p = 1; p <= n; p++) pages.push(await readPdfPageText(pdf, p));
    return { pageCount: pdf.numPages, pages };
  } finally {
    await pdf.destroy();
  }
}
