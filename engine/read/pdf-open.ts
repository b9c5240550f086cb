/**
 * @module engine/read/pdf-open
 * Opens a PDF with pdf.js (legacy build) configured for Node on a machine without network:
 * no eval, no font-face injection, no worker fetches; standard fonts, cMaps and the wasm image
 * decoders (JPX, JBIG2) come from the installed pdfjs-dist folder. The parsing "worker" is
 * pdf.js's in-process fake worker (Node has no Web Worker).
 *
 * Fails with AppError('DOCUMENT_TOO_COMPLEX') for a PDF whose streams inflate past
 * MAX_PDF_INFLATED_BYTES (pdf-inflate-limit.ts), checked before pdf.js parses anything, and
 * with AppError('UNREADABLE_DOCUMENT') for a corrupt file, a file that is not a PDF, or
 * one that needs a password (a PDF encrypted with an empty user password opens and is read).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { appError, AppError } from '../../schemas/errors.ts';
import { assertPdfInflatesWithin } from './pdf-inflate-limit.ts';

export type { PDFDocumentProxy };

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js's Node data factory reads these with fs; they must end with a separator. */
const asset = (dir: string) => path.join(pdfjsRoot, dir) + path.sep;

// Point the fake worker at the legacy worker module explicitly (the default guess is relative
// to the bundle and breaks under some loaders).
pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(pdfjsRoot, 'legacy/build/pdf.worker.mjs')).href;

/** Open `bytes` (copied: pdf.js detaches the buffer it is given). Close with `pdf.destroy()`. */
export async function openPdf(bytes: Buffer): Promise<PDFDocumentProxy> {
  await assertPdfInflatesWithin(bytes); // a decompression bomb never reaches pdf.js
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password: '',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    standardFontDataUrl: asset('standard_fonts'),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // A password callback would otherwise leave the promise pending forever.
  task.onPassword = () => {
    void task.destroy();
  };
  try {
    return await task.promise;
  } catch (err) {
    void task.destroy();
    throw toReadError(err);
  }
}

function toReadError(err: unknown): AppError {
  const name = (err as { name?: string })?.name ?? '';
  const msg = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException' || /password/i.test(msg) || /destroyed/i.test(msg)) {
    return appError('PDF_PASSWORD');
  }
  return appError('PDF_UNREADABLE', { reason: msg.slice(0, 120) });
}
