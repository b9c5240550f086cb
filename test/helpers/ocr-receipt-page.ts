/**
 * @module test/helpers/ocr-receipt-page
 * A generated receipt read by a real one-worker tesseract pool, for the tests of the second
 * looks that follow the first OCR pass: `page()` gives the normalised grey PNG and the first
 * pass's lines, which a test then doctors the way bad print comes back. The pool is shut down
 * when the calling test file ends.
 */
import t from 'tap';
import { OcrPool } from '../../engine/read/ocr-pool.ts';
import { normaliseImage } from '../../engine/read/normalise-image.ts';
import type { Line } from '../../engine/types.ts';
import { makeReceiptImage } from './make-documents.ts';

export const ocr = new OcrPool({ workers: 1 });
t.teardown(() => ocr.terminate());
export const recognize = (png: Buffer) => ocr.recognize(png);

export async function page(): Promise<{ png: Buffer; lines: Line[] }> {
  const img = await normaliseImage(await makeReceiptImage({ format: 'png' }), 'image/png', { maxPixels: 40_000_000 });
  return { png: img.png, lines: (await ocr.recognize(img.png)).lines };
}
