/**
 * @module engine/read/recogniser
 * What the reading layer needs from an OCR engine: `recognize(png)` -> an OcrPage (lines of
 * words with boxes in the image's pixels and a confidence on ./word-confidence.ts's scale), and
 * `terminate()`. Two engines implement it: PP-OCRv4 through ONNX Runtime (./paddle/paddle-reader.ts,
 * the default) and the tesseract.js pool (./ocr-pool.ts). `createRecogniser` picks one by name;
 * the PP-OCR reader itself falls back to tesseract.js when ONNX Runtime cannot load.
 */
import type { Line } from '../types.ts';

/** What one recognition returns: the image's size, its lines of words (boxes in its pixels). */
export interface OcrPage {
  width: number;
  height: number;
  lines: Line[];
  /** Mean word confidence 0..1 (./word-confidence.ts). */
  confidence: number;
  text: string;
}

export type OcrEngine = 'paddle' | 'tesseract';

export interface Recogniser {
  /** Which engine reads (after any fallback: the PP-OCR reader says 'tesseract' once it fell back). */
  readonly engine: OcrEngine;
  /** OCR one image (a PNG from normaliseImage / renderPdfPage / a crop of one). */
  recognize(image: Buffer): Promise<OcrPage>;
  /** Release the engine; further calls reject with AppError('UNAVAILABLE'). Idempotent. */
  terminate(): Promise<void>;
}
