/**
 * @module create-engine
 * Binds the engine's two functions to this process's options and its OCR pool (tesseract.js
 * workers, created lazily, reused across jobs, terminated on close).
 */
import type { Config } from '../../supervisors/config.ts';
import { classify, extract } from './engine/index.ts';
import { createOcrPool } from './engine/read/ocr-pool.ts';
import type { EngineOptions } from './engine/types.ts';
import type { DocumentEngine } from './document-engine.ts';

export function createEngine(config: Pick<Config, 'vlm' | 'maxPages' | 'maxPixels' | 'ocrWorkers'>): DocumentEngine {
  const ocr = createOcrPool({ workers: config.ocrWorkers || undefined });
  const options: EngineOptions & { ocr: typeof ocr } = {
    vlm: config.vlm,
    maxPages: config.maxPages,
    maxPixels: config.maxPixels,
    ocr,
  };
  return {
    classify: (doc) => classify(doc, options),
    extract: (doc, type, reading) => extract(doc, type, options, reading ?? undefined),
    close: () => ocr.terminate(),
  };
}
