/**
 * @module engine/read/create-recogniser
 * Makes the recogniser named by OCR_ENGINE (foundation/config.ts): `paddle` (PP-OCRv4 on ONNX
 * Runtime, one reading at a time on the calling thread) or `tesseract` (a pool of `workers`
 * tesseract.js workers). Never throws: a PP-OCR reader whose runtime cannot load falls back to
 * tesseract.js on its first page.
 */
import type { OcrEngine, Recogniser } from './recogniser.ts';
import { OcrPool } from './ocr-pool.ts';
import { PaddleReader } from './paddle/paddle-reader.ts';

export function createRecogniser(engine: OcrEngine, opts: { workers?: number } = {}): Recogniser {
  return engine === 'tesseract' ? new OcrPool({ workers: opts.workers ?? 1 }) : new PaddleReader();
}
