/**
 * @module test/engine/capped-reading-completed
 * Extraction given a classification's capped reading (the first pages only) reads the pages
 * after it, never the first ones again: a scan's pages are OCR'd once each.
 */
import t from 'tap';
import { PDFDocument } from 'pdf-lib';
import { classify, extract } from '../../engine/index.ts';
import { OcrPool } from '../../engine/read/ocr-pool.ts';
import type { ReceiptResult } from '../../schemas/results.ts';
import { makeReceiptImage, receiptTruth } from '../helpers/make-documents.ts';

const pool = new OcrPool({ workers: 1 });
t.teardown(() => pool.terminate());

/** A scanned PDF of `n` pages, each the same till receipt's image. */
async function scannedPages(n: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const img = await pdf.embedPng(await makeReceiptImage({ format: 'png' }));
  for (let i = 0; i < n; i++) pdf.addPage([img.width / 3, img.height / 3]).drawImage(img, { x: 0, y: 0, width: img.width / 3, height: img.height / 3 });
  return Buffer.from(await pdf.save());
}

t.test('a four-page scan classified on its first two pages: extraction OCRs the other two only, and holds all four', async (t) => {
  const doc = { bytes: await scannedPages(4), mime: 'application/pdf' as const };
  const before = pool.stats().jobs;
  const { reading } = await classify(doc, { maxPages: 2, maxPixels: 40_000_000, ocr: pool });
  t.equal(reading.pages.length, 2);
  t.equal(pool.stats().jobs - before, 2, 'two pages OCR\'d to classify');
  const x = await extract(doc, 'receipt', { maxPages: 10, maxPixels: 40_000_000, ocr: pool }, reading);
  t.equal(pool.stats().jobs - before, 4, 'each page OCR\'d once');
  t.equal(x.raw.pagesRead, 4);
  t.equal((x.formatted as ReceiptResult).multiple_receipts[0].totalAmount, receiptTruth({ format: 'png' }).total);
});
