/**
 * @module engine/read/ocr-pool
 * A pool of tesseract.js workers (each one a Node worker thread, so recognition never blocks
 * the event loop), created lazily on the first job, reused across jobs, and recycled: a
 * worker is terminated and replaced after `recycleAfter` jobs, because its WASM heap only
 * grows. Language data is read from the installed @tesseract.js-data/eng package
 * (`4.0.0_best_int`, gzip, LSTM engine); nothing is fetched and nothing is cached to disk.
 *
 * Why not tesseract.js's `createScheduler`: its scheduler can add workers but never remove
 * one, so it cannot recycle a worker. This pool is the same idea (one FIFO queue, N workers)
 * plus per-worker recycling and replacement of a worker that failed.
 *
 * Page segmentation: PSM 6 ("a single uniform block of text") by default. Measured with
 * bench/ocr-speed.ts on the 46 sample images (2 workers): PSM 6 2.03 pages/s and the true total
 * found in 37/44 receipts, PSM 4 1.37 pages/s and 32/44, PSM 3 1.26 pages/s and 34/44.
 *
 * No second OCR pass: measured on the 44 dev receipts (rules of 2026-11, first pass = this pool
 * on normaliseImage's flattened grey), a re-read changes OCR noise rather than removing it.
 * Crops of the TOTAL lines and of the header at 1x and 2x fixed some digits and broke others
 * ("31.65" -> "31.5", "RH 88 17" -> "RM 8817"); a header crop (top 20 %) at 2x gave suppliers
 * 28 -> 29/42 for about +50 % OCR time, at 1.5x 28/42, at 1x 27/42; a whole page upscaled to 2200 px
 * gave totals 38 -> 33/44 at 2.3x the time; a full second pass on plain grey or a Sauvola
 * binarisation alone gave 35/44 and 32/44, and taking it when the first total's confidence is
 * low gained one total for re-reading 17 of 44 pages. Faded thermal print ("07/07/17" read as
 * "OTATLT") stays unreadable at any gamma or page scale tried; read on its own, in a tight crop
 * at 2x to 3x, it is read (./reread-date-beside-time.ts).
 *
 * Second looks that are kept live in ./read-document.ts (large type PSM 6 skipped, unsure header
 * words, a date label whose date was lost, debris beside a printed time). Re-reads that are not kept (2026-11-28, cached first passes, rules of
 * that day): the top 30 % of the page re-read and each line's words replaced by the re-read's
 * when more confident: suppliers 35 -> 35/42 (different noise); each of the top 25 % lines
 * re-read on its own with the same vote: suppliers 35 -> 34/42 for 5 extra jobs a page; a time
 * token's neighbourhood re-read for a faded date ("20:56 OTATLT"): "07/0" at 2x, nothing at 1x or 3x
 * (a crop of the debris word alone, a tenth of a line taller, is what works: see
 * ./reread-date-beside-time.ts).
 *
 * Parameters and model, measured on the 44 dev receipts (2026-11, same rules): none changes the
 * result, so only the cheap defaults stay. `user_defined_dpi` 0 (unset), 70, 150, 300 or 1200
 * gives byte-identical text (PSM 6 + LSTM scales each line to a fixed height; 300 is kept only
 * to silence the resolution warning). `4.0.0` data with OEM 1 = identical text (its LSTM model
 * is the same integer model as 4.0.0_best_int), OEM 2 (legacy + LSTM) totals 38 -> 35/44 and
 * dates 38 -> 31/43; `textord_heavy_nr=1` totals 34/44, dates 36/43, suppliers 28/42;
 * `load_system_dawg`/`load_freq_dawg` off (init config): identical; a blacklist of `|~{}` turned
 * one '{' into '(' and changed no field. Tilted pages: see normalise-image's MIN_DESKEW_DEG.
 *
 * Fails: `recognize` rejects with AppError('UNREADABLE_DOCUMENT') when tesseract cannot read
 * the image; with a plain Error when a worker cannot start (missing language data: a 500);
 * with AppError('UNAVAILABLE') after `terminate()`.
 */
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { appError, AppError } from '../../schemas/errors.ts';
import type { Line } from '../types.ts';
import { linesFromBlocks, meanConfidence, type TBlock } from './ocr-lines.ts';
import type { OcrPage, Recogniser } from './recogniser.ts';

export type Psm = '3' | '4' | '6' | '11';

export interface OcrPoolOptions {
  /** Number of workers; 0 or undefined = one per core. */
  workers?: number;
  /** Page segmentation mode. Default '6' (measured best on receipts, see above). */
  psm?: Psm;
  /** Replace a worker after this many jobs. Default 40. */
  recycleAfter?: number;
  /** Folder holding eng.traineddata.gz. Default: @tesseract.js-data/eng/4.0.0_best_int. */
  langPath?: string;
}

export type { OcrPage } from './recogniser.ts';

export interface OcrPoolStats { workers: number; started: number; recycled: number; jobs: number; queued: number }

interface Slot { worker: Promise<Worker> | null; jobs: number; busy: boolean }
interface Job { image: Buffer; resolve: (p: OcrPage) => void; reject: (e: unknown) => void }

export function defaultLangPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json');
  return path.join(path.dirname(pkg), '4.0.0_best_int');
}

/** Width and height of a PNG from its IHDR (OCR inputs are PNGs made by this module's callers). */
function pngSize(b: Buffer): { width: number; height: number } {
  return b.length >= 24 && b.readUInt32BE(12) === 0x49484452 ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : { width: 0, height: 0 };
}

export class OcrPool implements Recogniser {
  readonly engine = 'tesseract' as const;
  readonly size: number;
  readonly psm: Psm;
  private readonly recycleAfter: number;
  private readonly langPath: string;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private closed = false;
  private counters = { started: 0, recycled: 0, jobs: 0 };

  constructor(opts: OcrPoolOptions = {}) {
    const n = opts.workers && opts.workers > 0 ? opts.workers : (os.availableParallelism?.() ?? os.cpus().length);
    this.size = Math.max(1, n);
    this.psm = opts.psm ?? '6';
    this.recycleAfter = Math.max(1, opts.recycleAfter ?? 40);
    this.langPath = opts.langPath ?? defaultLangPath();
    this.slots = Array.from({ length: this.size }, () => ({ worker: null, jobs: 0, busy: false }));
  }

  /** OCR one image (PNG, JPEG, ...; best a grey PNG from normaliseImage / renderPdfPage). */
  recognize(image: Buffer): Promise<OcrPage> {
    if (this.closed) return Promise.reject(appError('OCR_POOL_CLOSED'));
    return new Promise((resolve, reject) => {
      this.queue.push({ image, resolve, reject });
      this.pump();
    });
  }

  stats(): OcrPoolStats {
    return { workers: this.slots.filter((s) => s.worker).length, ...this.counters, queued: this.queue.length };
  }

  /** Reject queued jobs and terminate every worker. Idempotent. */
  async terminate(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(appError('OCR_POOL_CLOSED'));
    await Promise.all(this.slots.map((s) => this.retire(s)));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.busy) continue;
      const job = this.queue.shift()!;
      slot.busy = true;
      void this.run(slot, job);
    }
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    let failedWorker = false;
    try {
      slot.worker ??= this.start();
      let worker: Worker;
      try {
        worker = await slot.worker;
      } catch (err) {
        failedWorker = true;
        throw err;
      }
      this.counters.jobs++;
      slot.jobs++;
      const { data } = await worker.recognize(job.image, {}, { blocks: true, text: true });
      const { width, height } = pngSize(job.image);
      const lines = linesFromBlocks(data.blocks as unknown as TBlock[]);
      job.resolve({ width, height, lines, confidence: meanConfidence(lines), text: lines.map((l) => l.text).join('\n') });
    } catch (err) {
      if (failedWorker) job.reject(err);
      else {
        // A worker that threw may be in a bad state: replace it.
        failedWorker = true;
        const msg = (err as Error)?.message ?? String(err);
        job.reject(appError('OCR_FAILED', { reason: msg.slice(0, 120) }));
      }
    } finally {
      if (failedWorker || slot.jobs >= this.recycleAfter) {
        if (!failedWorker) this.counters.recycled++;
        await this.retire(slot);
      }
      slot.busy = false;
      if (!this.closed) this.pump();
    }
  }

  private async start(): Promise<Worker> {
    this.counters.started++;
    const worker = await createWorker('eng', OEM.LSTM_ONLY, {
      langPath: this.langPath,
      gzip: true,
      cacheMethod: 'none',
      // errors surface through the job's promise; the default handler would also throw
      errorHandler: () => {},
    });
    await worker.setParameters({
      tessedit_pageseg_mode: this.psm as never,
      preserve_interword_spaces: '1',
      user_defined_dpi: '300',
    });
    return worker;
  }

  private async retire(slot: Slot): Promise<void> {
    const w = slot.worker;
    slot.worker = null;
    slot.jobs = 0;
    if (!w) return;
    try {
      await (await w).terminate();
    } catch {
      /* already dead */
    }
  }
}

export function createOcrPool(opts: OcrPoolOptions = {}): OcrPool {
  return new OcrPool(opts);
}
