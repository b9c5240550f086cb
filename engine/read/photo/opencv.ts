/**
 * @module engine/read/photo/opencv
 * Loads OpenCV's WebAssembly build (@techstark/opencv-js, Apache-2.0: the opencv.js that
 * docs.opencv.org publishes, re-packaged for npm) once per thread, on first use.
 *
 * Cost, measured on the development machine (Node 20): ~0.5 s and ~80 MB of RSS per thread the
 * first time; nothing afterwards. Only photos load it (./correct-photo.ts asks ./looks-like-photo.ts
 * first), so a thread that reads scans and PDFs never pays. The WebAssembly heap grows to the
 * largest working set seen and is not given back: callers keep their Mats small (see
 * MAX_WORK_LONG_SIDE there) and `delete()` every Mat they make.
 *
 * Fails: the returned promise rejects with the module's own error when the WebAssembly cannot
 * be compiled (then the next call tries again).
 */
import { createRequire } from 'node:module';
import type * as OpenCv from '@techstark/opencv-js';

export type CV = typeof OpenCv;

const require = createRequire(import.meta.url);
let loading: Promise<CV> | undefined;

/** The initialised OpenCV module of this thread. */
export function loadOpenCv(): Promise<CV> {
  loading ??= (async () => {
    // The Emscripten module is a thenable that resolves to itself: awaiting it directly never
    // settles, so wait for its runtime, then drop `then` so the module can be returned.
    const m = require('@techstark/opencv-js') as CV & { then?: (f: () => void) => void };
    if (typeof m.then === 'function') {
      await new Promise<void>((resolve) => m.then!(() => resolve()));
      delete m.then;
    }
    return m as CV;
  })().catch((err) => {
    loading = undefined;
    throw err;
  });
  return loading;
}
