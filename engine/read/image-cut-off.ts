/**
 * @module engine/read/image-cut-off
 * Whether an image file ends before its format's end marker: a JPEG whose last marker is not
 * EOI (FF D9, ITU-T T.81 B.2.1), a PNG without its IEND chunk (PNG specification 11.2.5). Such a
 * file was cut off in transfer or storage; decoders still show its first rows (the rest grey),
 * so the reading goes on, and a page that then reads no text is refused as cut off rather than
 * as "no document" (./read-document.ts).
 */
import type { DocumentMime } from '../../schemas/document-types.ts';

/** Bytes a writer may leave after a JPEG's EOI or a PNG's IEND (zero padding, line ends). */
const PADDING = new Set([0x00, 0x0a, 0x0d, 0x20, 0xff]);

/** Index one past the file's last byte that is not padding. */
function contentEnd(bytes: Buffer): number {
  let end = bytes.length;
  while (end > 0 && PADDING.has(bytes[end - 1])) end--;
  return end;
}

/**
 * True when `bytes` (a JPEG or PNG, by `mime`) ends before its end marker; false for a whole file
 * and for other formats (TIFF and WebP have no end marker to test).
 */
export function imageCutOff(bytes: Buffer, mime: DocumentMime): boolean {
  if (mime === 'image/jpeg') {
    // the content's last two bytes must be EOI; FF D9 appears nowhere else at a file's end (an
    // FF in the entropy-coded data is stuffed as FF 00, ITU-T T.81 F.1.2.3)
    const end = contentEnd(bytes);
    return !(end >= 2 && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9);
  }
  if (mime === 'image/png') return bytes.lastIndexOf('IEND', bytes.length, 'latin1') < 0;
  return false;
}
