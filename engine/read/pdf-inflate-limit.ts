/**
 * @module engine/read/pdf-inflate-limit
 * Refuses a decompression bomb before pdf.js sees it: a 1 MB PDF whose content stream inflates
 * to 1 GB took the process from 1 to 3 GB inside pdf.js. Every FlateDecode stream of the file
 * (found from its `stream` ... `endstream` keywords and the dictionary in front) is inflated
 * here, counting and discarding the output in chunks, so the check itself holds a few kB; the
 * first byte past `maxBytes` in total stops it with 413 DOCUMENT_TOO_COMPLEX naming the limit.
 * Streams under other filters (DCT, JPX, CCITT, ...) are images that the pixel limit bounds;
 * a stream that fails to inflate counts what it gave (pdf.js decides whether it is readable).
 */
import { createInflate, constants } from 'node:zlib';
import { appError } from '../../schemas/errors.ts';

/** Total bytes all Flate streams of one PDF may inflate to (256 MiB). */
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const FLATE = /\/(FlateDecode|Fl)\b/;

/** The raw bytes of every stream whose dictionary names the Flate filter. */
export function* flateStreams(pdf: Buffer): Generator<Buffer> {
  let from = 0;
  for (;;) {
    const at = pdf.indexOf(STREAM, from);
    if (at < 0) return;
    from = at + STREAM.length;
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue; // the end of one
    let start = from;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] !== 0x0a) continue; // not a stream keyword (e.g. inside a name or text)
    start++;
    const dictStart = Math.max(0, pdf.lastIndexOf('<<', at, 'latin1') - 4096);
    const dict = pdf.toString('latin1', Math.max(dictStart, pdf.lastIndexOf('obj', at, 'latin1')), at);
    const end = pdf.indexOf(ENDSTREAM, start);
    if (end < 0) return;
    from = end + ENDSTREAM.length;
    if (FLATE.test(dict)) yield pdf.subarray(start, end);
  }
}

/** Inflates `raw`, discarding the output; resolves with its size, or with `limit + 1` once past `limit`. */
function inflatedSize(raw: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let size = 0;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve(size);
      }
    };
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        finish();
      }
    });
    inflate.on('end', finish).on('error', finish).on('close', finish);
    inflate.end(raw);
  });
}

/**
 * Throws AppError DOCUMENT_TOO_COMPLEX (413) when the PDF's Flate streams inflate to more than
 * `maxBytes` in total.
 */
export async function assertPdfInflatesWithin(pdf: Buffer, maxBytes: number = MAX_PDF_INFLATED_BYTES): Promise<void> {
  let total = 0;
  for (const raw of flateStreams(pdf)) {
    total += await inflatedSize(raw, maxBytes - total);
    if (total > maxBytes) throw appError('PDF_INFLATES_TOO_MUCH', { max: Math.round(maxBytes / (1024 * 1024)) });
  }
}
