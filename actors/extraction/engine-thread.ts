/**
 * @module engine-thread
 * The body of one engine thread (run by the piscina pool in create-engine.ts). Each thread owns
 * one recogniser (PP-OCRv4 on ONNX Runtime, or one tesseract.js worker: OCR_ENGINE) and runs the engine's CPU-heavy work (PDF parsing and rendering, image
 * decoding and normalisation, OCR, rules) off the process's event loop, so a gateway keeps
 * answering HTTP and pushing WebSocket events while documents are read.
 *
 * Task protocol (EngineTask -> EngineTaskResult): `classify` or `extract` with plain data in and
 * out. An AppError does not survive the thread boundary as a class, so failures travel as data
 * and create-engine.ts turns them back into AppErrors.
 */
import { workerData } from 'node:worker_threads';
import { classify, createRecogniser, extract, type DocumentReading, type EngineOptions, type OcrEngine, type SourceDocument } from '../../engine/index.ts';
import type { ProcessableType } from '../../schemas/document-types.ts';
import { isAppError, type ErrorCode } from '../../schemas/errors.ts';

export type EngineTask =
  | { op: 'classify'; doc: SourceDocument; options: EngineOptions }
  | { op: 'extract'; doc: SourceDocument; type: ProcessableType; reading: DocumentReading | null; options: EngineOptions }
  | { op: 'close' };

/** `ocrSeconds`: how long each page image took tesseract in this task (for the metrics). */
export type EngineTaskResult =
  | { ok: true; value: unknown; ocrSeconds?: number[] }
  | { ok: false; error: { app: boolean; code?: ErrorCode; message: string; name: string }; ocrSeconds?: number[] };

const ocr = createRecogniser((workerData as { ocrEngine?: OcrEngine } | undefined)?.ocrEngine ?? 'paddle', { workers: 1 });

// One task runs per thread at a time, so the pages timed since the task began are its own.
let ocrSeconds: number[] = [];
const recognize = ocr.recognize.bind(ocr);
ocr.recognize = async (image: Buffer) => {
  const started = performance.now();
  try {
    return await recognize(image);
  } finally {
    ocrSeconds.push((performance.now() - started) / 1000);
  }
};

export default async function run(task: EngineTask): Promise<EngineTaskResult> {
  try {
    ocrSeconds = [];
    if (task.op === 'close') {
      await ocr.terminate();
      return { ok: true, value: null };
    }
    // Buffers arrive as Uint8Array after the structured clone.
    const doc = { ...task.doc, bytes: Buffer.from(task.doc.bytes.buffer, task.doc.bytes.byteOffset, task.doc.bytes.byteLength) };
    const options = { ...task.options, ocr };
    const value =
      task.op === 'classify'
        ? await classify(doc, options)
        : await extract(doc, task.type, options, task.reading ?? undefined);
    return { ok: true, value, ocrSeconds };
  } catch (e) {
    const err = e as Error;
    return {
      ocrSeconds,
      ok: false,
      error: isAppError(e)
        ? { app: true, code: e.code, message: e.message, name: e.name }
        : { app: false, message: err?.message ?? String(e), name: err?.name ?? 'Error' },
    };
  }
}
