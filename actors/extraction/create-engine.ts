/**
 * @module create-engine
 * The process's engine: a pool of engine threads (piscina), each with its own recogniser
 * (PP-OCRv4 on ONNX Runtime or one tesseract.js worker: OCR_ENGINE), sized by OCR_WORKERS (0 = one per core). The engine's CPU work never runs on the
 * event loop: measured before this pool, classifying one photo blocked a gateway's loop for
 * ~120 ms, enough to delay every WebSocket push behind it.
 * Fails: an engine failure comes back as the AppError it was (422 unreadable, 413 too complex,
 * ...) or as a plain Error (retried by the pipeline); a crashed thread is replaced by piscina.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import type { Config } from '../../foundation/config.ts';
import { revivedAppError } from '../../schemas/errors.ts';
import { CLASSIFY_MAX_PAGES, type EngineOptions } from '../../engine/index.ts';
import type { DocumentEngine } from './document-engine.ts';
import type { EngineTask, EngineTaskResult } from './engine-thread.ts';

/** Observers of the engine's work (metrics): the seconds each OCR'd page took, per operation. */
export interface EngineHooks {
  onOcrPage?: (operation: 'classify' | 'extract', seconds: number) => void;
}

export function createEngine(config: Pick<Config, 'vlm' | 'maxPages' | 'maxPixels' | 'ocrWorkers'> & Partial<Pick<Config, 'ocrEngine'>>, hooks: EngineHooks = {}): DocumentEngine {
  const threads = config.ocrWorkers || Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const pool = new Piscina<EngineTask, EngineTaskResult>({
    filename: new URL('./engine-thread.ts', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Each thread holds pdf.js, a canvas and a tesseract worker; keep one task per thread.
    concurrentTasksPerWorker: 1,
    // which recogniser each thread makes (engine-thread.ts)
    workerData: { ocrEngine: config.ocrEngine ?? 'paddle' },
  });
  const options: EngineOptions = { vlm: config.vlm, maxPages: config.maxPages, maxPixels: config.maxPixels };

  const run = async <T>(task: EngineTask): Promise<T> => {
    const result = await pool.run(task);
    if (task.op !== 'close') for (const s of result.ocrSeconds ?? []) hooks.onOcrPage?.(task.op, s);
    if (result.ok) return result.value as T;
    const { error } = result;
    if (error.app && error.code) throw revivedAppError(error.code, error.message);
    throw Object.assign(new Error(error.message), { name: error.name });
  };

  const service = serviceTime(pool);
  return {
    // The model (queued x mean run time / threads) and, since the machine may be slower than
    // the model knows (other processes on its cores), what tasks that just started did wait.
    queueWaitMs: () => (pool.queueSize === 0 ? 0 : Math.max((pool.queueSize * service.meanMs()) / threads, service.recentWaitMs())),
    // the first pages decide the type; the worker's extraction reads the rest (engine CLASSIFY_MAX_PAGES)
    classify: (doc) => run({ op: 'classify', doc, options: { ...options, maxPages: Math.min(options.maxPages, CLASSIFY_MAX_PAGES) } }),
    extract: (doc, type, reading) => run({ op: 'extract', doc, type, reading: reading ?? null, options }),
    async close() {
      await pool.destroy();
    },
  };
}

/** Assumed run time of one task before any has finished (a photo's OCR on a loaded core). */
const INITIAL_SERVICE_MS = 1_000;

/**
 * The pool's recent mean run time per task and recent mean wait (ms): every 500 ms at most, the
 * means of piscina's run-time and wait-time histograms (the tasks finished or started since the
 * last look; both are reset after each read) are folded into exponentially weighted averages.
 */
function serviceTime(pool: Piscina): { meanMs(): number; recentWaitMs(): number } {
  let run = INITIAL_SERVICE_MS;
  let wait = 0;
  let seen = false;
  let lastRead = 0;
  const read = () => {
    const now = Date.now();
    if (now - lastRead < 500 || !pool.histogram) return;
    lastRead = now;
    const recentRun = pool.histogram.runTime?.mean;
    if (recentRun !== undefined && Number.isFinite(recentRun) && recentRun > 0) {
      run = seen ? 0.7 * run + 0.3 * recentRun : recentRun;
      seen = true;
      pool.histogram.resetRunTime();
    }
    const recentWait = pool.histogram.waitTime?.mean;
    if (recentWait !== undefined && Number.isFinite(recentWait) && recentWait >= 0) {
      wait = 0.7 * wait + 0.3 * recentWait;
      pool.histogram.resetWaitTime();
    }
  };
  return {
    meanMs() {
      read();
      return run;
    },
    recentWaitMs() {
      read();
      return wait;
    },
  };
}
