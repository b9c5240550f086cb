/**
 * @module engine/read/decode-tiff
 * Decodes one page of a TIFF (the first by default; `tiffPageCount` says how many hold an image)
 * to RGBA with utif2 (pure JS: @napi-rs/canvas cannot decode
 * TIFF, and tesseract.js's bundled reader is not meant for arbitrary TIFFs). Handles
 * uncompressed, PackBits, LZW, Deflate, CCITT G3/G4 and old/new JPEG compression, both byte
 * orders. Also returns the TIFF Orientation tag (274), which no decoder applies for us.
 *
 * Fails with AppError('UNREADABLE_DOCUMENT') when the file has no decodable image, and with
 * AppError('DOCUMENT_TOO_COMPLEX') when the page exceeds `maxPixels` (checked before
 * the pixels are decompressed).
 */
import UTIF from 'utif2';
import { appError, AppError, reasonOf, internalMessage } from '../../schemas/errors.ts';

export interface DecodedTiff { rgba: Uint8ClampedArray; width: number; height: number; orientation: number }

function imagePages(bytes: Buffer): ReturnType<typeof UTIF.decode> {
  let ifds;
  try {
    ifds = UTIF.decode(bytes);
  } catch (err) {
    throw appError('TIFF_UNREADABLE', { reason: reasonOf(err) });
  }
  // a page is an IFD with a size; thumbnails and reduced-resolution copies (NewSubfileType bit 0) are not pages
  return ifds.filter((f) => f.t256 !== undefined && f.t257 !== undefined && !(Number((f.t254 as number[] | undefined)?.[0] ?? 0) & 1));
}

/** Pages (image IFDs, thumbnails excluded) in a TIFF; 0 when it holds none. */
export function tiffPageCount(bytes: Buffer): number {
  return imagePages(bytes).length;
}

/** Page `page` (0-based, default 0) of the TIFF, decoded. */
export function decodeTiff(bytes: Buffer, maxPixels: number, page = 0): DecodedTiff {
  const ifd = imagePages(bytes)[page];
  if (!ifd) throw appError('TIFF_NO_IMAGE');
  const width = Number((ifd.t256 as number[])[0]);
  const height = Number((ifd.t257 as number[])[0]);
  if (width * height > maxPixels) {
    throw appError('IMAGE_TOO_LARGE', { width, height, pixels: width * height, max: maxPixels });
  }
  try {
    UTIF.decodeImage(bytes, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    if (!ifd.width || !ifd.height || rgba.length < ifd.width * ifd.height * 4) throw new Error(internalMessage('TIFF_NO_PIXELS'));
    const orientation = Number((ifd.t274 as number[] | undefined)?.[0] ?? 1);
    return { rgba: new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, ifd.width * ifd.height * 4), width: ifd.width, height: ifd.height, orientation };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw appError('TIFF_UNDECODABLE', { reason: reasonOf(err) });
  }
}
