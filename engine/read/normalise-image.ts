/**
 * @module engine/read/normalise-image
 * Turns an uploaded image (JPEG, PNG, WebP, TIFF) into the PNG that OCR reads: decoded,
 * upright (EXIF/TIFF orientation applied exactly once), grey with the paper flattened to white
 * (./enhance.ts), with the long side at most
 * `maxLongSide` px (default 2200) and small images enlarged moderately (up to 2x, towards
 * `minLongSide`, default 1400) so text is tall enough for tesseract, and, when the text lines
 * are clearly tilted (a photo taken at an angle: MIN_DESKEW_DEG or more), turned level
 * (./deskew.ts; the size then grows to hold the turned page, and boxes are in its pixels).
 * A phone photo of a document lying on a table is first found in the frame, warped flat and
 * evenly lit (./photo/correct-photo.ts, OpenCV); scans and digital images pass that step
 * unchanged. A flattened page whose lines are still tilted by MIN_DESKEW_DEG or more was cut
 * from a wrong outline and is dropped (the photo goes on as it came). Boxes are then in the
 * flattened page's pixels.
 *
 * Orientation: @napi-rs/canvas (Skia) may or may not apply a JPEG's EXIF Orientation when
 * decoding; a one-time probe decides, and the rest is applied here from exifr's reading. For
 * TIFF the Orientation tag is applied here. PNG/WebP EXIF is rare and ignored.
 *
 * Fails with AppError('DOCUMENT_TOO_COMPLEX') when the image has more than `maxPixels` pixels
 * (checked from the header before decoding, and again after), and with
 * AppError('UNREADABLE_DOCUMENT') when it cannot be decoded.
 */
import { createCanvas, loadImage, ImageData, type Image, type Canvas } from '@napi-rs/canvas';
import exifr from 'exifr';
import type { DocumentMime } from '../../schemas/document-types.ts';
import { appError, AppError, reasonOf } from '../../schemas/errors.ts';
import { imageDimensions } from './image-header.ts';
import { decodeTiff } from './decode-tiff.ts';
import { toGrey } from './grey.ts';
import { flattenBackground } from './enhance.ts';
import { estimateSkew, rotateCanvas, whiteCanvas } from './deskew.ts';
import { correctPhoto } from './photo/correct-photo.ts';
import type { Quad } from './photo/find-document.ts';

export interface NormaliseOptions {
  maxPixels: number;
  maxLongSide?: number;
  minLongSide?: number;
  grey?: boolean;
  /** Level tilted text lines (grey output only; see ./deskew.ts). Default true. */
  deskew?: boolean;
  /** Page of a multi-page TIFF (0-based, default 0); other formats have one page. */
  page?: number;
  /** Find, flatten and evenly light a photographed document (grey output only; ./photo/). Default true. */
  photo?: boolean;
}

/**
 * Tilts smaller than this (degrees) are left alone. Measured: on a generated receipt tesseract
 * (PSM 6) reads 8/8 key strings up to 3 degrees, then 7/8 at 4, 6/8 at 6, 4/8 at 8; levelled
 * first, 8/8 at every tilt. On the 44 dev receipts (tilts found: 0.7 to 2.2 degrees on six
 * scans) levelling from 0.5 degrees cost totals 38 -> 36/44 and suppliers 30 -> 29/42
 * (resampling moves digits), so only clear tilts are turned.
 */
export const MIN_DESKEW_DEG = 3;

export interface NormalisedImage {
  png: Buffer;
  width: number;
  height: number;
  /** Upright size before scaling. */
  sourceWidth: number;
  sourceHeight: number;
  /** Output px per upright source px. */
  scale: number;
  /** EXIF/TIFF orientation that was found (1 = none). */
  orientation: number;
  /** Tilt of the text lines that was levelled, in degrees (0 = none). */
  skew: number;
  /** When the image was a photo of a document: its corners in the upright scaled frame (TL, TR, BR, BL), before flattening. */
  photo?: Quad;
}

function tooComplex(w: number, h: number, max: number): AppError {
  return appError('IMAGE_TOO_LARGE', { width: w, height: h, pixels: w * h, max });
}

let decoderAppliesExif: Promise<boolean> | undefined;
/** Does loadImage already rotate a JPEG by its EXIF Orientation? Probed once with a 4x2 JPEG tagged 6. */
function probeDecoderOrientation(): Promise<boolean> {
  decoderAppliesExif ??= (async () => {
    const c = createCanvas(4, 2);
    const jpeg = await c.encode('jpeg', 90);
    const tiff = Buffer.from('4d4d002a00000008000101120003000000010006000000000000', 'hex');
    const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
    const seg = Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
    const img = await loadImage(Buffer.concat([jpeg.subarray(0, 2), seg, payload, jpeg.subarray(2)]));
    return img.width === 2 && img.height === 4;
  })();
  return decoderAppliesExif;
}

/** Draw `src` (w x h as stored) onto a new canvas, applying orientation `o` and a uniform scale. */
function drawOriented(src: Image | Canvas, w: number, h: number, o: number, scale: number): Canvas {
  const swap = o >= 5 && o <= 8;
  const ow = Math.max(1, Math.round((swap ? h : w) * scale));
  const oh = Math.max(1, Math.round((swap ? w : h) * scale));
  const canvas = whiteCanvas(ow, oh);
  const g = canvas.getContext('2d');
  g.scale(scale, scale);
  const W = swap ? h : w; // upright size in source px
  const H = swap ? w : h;
  // EXIF orientation -> transform from stored pixels to upright (TIFF 6.0 / EXIF 2.3).
  switch (o) {
    case 2: g.transform(-1, 0, 0, 1, W, 0); break;
    case 3: g.transform(-1, 0, 0, -1, W, H); break;
    case 4: g.transform(1, 0, 0, -1, 0, H); break;
    case 5: g.transform(0, 1, 1, 0, 0, 0); break;
    case 6: g.transform(0, 1, -1, 0, W, 0); break;
    case 7: g.transform(0, -1, -1, 0, W, H); break;
    case 8: g.transform(0, -1, 1, 0, 0, H); break;
    default: break;
  }
  g.drawImage(src as Image, 0, 0);
  return canvas;
}

/** In place: grey (unless it is already), then the paper flattened to white (./enhance.ts); returns the pixels. */
function greyFlat(c: Canvas, isGrey = false): ImageData {
  const g = c.getContext('2d');
  if (!isGrey) toGrey(g, c.width, c.height);
  const img = g.getImageData(0, 0, c.width, c.height);
  flattenBackground(img.data, c.width, c.height);
  g.putImageData(img, 0, 0);
  return img;
}

export function outputScale(w: number, h: number, maxLongSide: number, minLongSide: number): number {
  const long = Math.max(w, h);
  if (long > maxLongSide) return maxLongSide / long;
  if (long < minLongSide) return Math.min(2, minLongSide / long);
  return 1;
}

export async function normaliseImage(bytes: Buffer, mime: DocumentMime, opts: NormaliseOptions): Promise<NormalisedImage> {
  if (mime === 'application/pdf') throw appError('PDF_NOT_IMAGE');
  const header = imageDimensions(bytes, mime);
  if (header && header.width * header.height > opts.maxPixels) throw tooComplex(header.width, header.height, opts.maxPixels);

  let src: Image | Canvas;
  let w: number, h: number;
  let orientation = 1;
  let toApply = 1;
  if (mime === 'image/tiff') {
    const t = decodeTiff(bytes, opts.maxPixels, opts.page ?? 0);
    const c = createCanvas(t.width, t.height);
    c.getContext('2d').putImageData(new ImageData(t.rgba, t.width, t.height), 0, 0);
    src = c;
    w = t.width;
    h = t.height;
    orientation = toApply = t.orientation >= 1 && t.orientation <= 8 ? t.orientation : 1;
  } else {
    try {
      src = await loadImage(bytes);
    } catch (err) {
      throw appError('IMAGE_UNDECODABLE', { reason: reasonOf(err) });
    }
    w = src.width;
    h = src.height;
    if (!w || !h) throw appError('IMAGE_EMPTY');
    if (mime === 'image/jpeg') {
      orientation = (await exifr.orientation(bytes).catch(() => undefined)) ?? 1;
      if (orientation < 1 || orientation > 8) orientation = 1;
      toApply = (await probeDecoderOrientation()) ? 1 : orientation;
    }
  }
  if (w * h > opts.maxPixels) throw tooComplex(w, h, opts.maxPixels);

  const swap = toApply >= 5;
  const uw = swap ? h : w;
  const uh = swap ? w : h;
  const scale = outputScale(uw, uh, opts.maxLongSide ?? 2200, opts.minLongSide ?? 1400);
  let out = drawOriented(src, w, h, toApply, scale);
  const scaled = { width: out.width, height: out.height };
  let skew = 0;
  let photo: Quad | undefined;
  if (opts.grey !== false) {
    const photoStep = opts.photo !== false;
    let flat: ImageData | undefined;
    if (photoStep) {
      toGrey(out.getContext('2d'), out.width, out.height);
      const p = await correctPhoto(out, { maxLongSide: opts.maxLongSide ?? 2200, minLongSide: opts.minLongSide ?? 1400 });
      if (p) {
        const pflat = greyFlat(p.canvas, true);
        // a page flattened from its true outline has level lines; clearly tilted lines mean the
        // outline was not the page's (only its lit part, say): the photo is then read as it came
        if (opts.deskew === false || Math.abs(estimateSkew(pflat.data, p.canvas.width, p.canvas.height)) < MIN_DESKEW_DEG) {
          out = p.canvas;
          photo = p.corners;
          flat = pflat;
        }
      }
    }
    // grey for OCR, with the paper flattened to white (shadows, dark table around a photo, faded print)
    flat ??= greyFlat(out, photoStep);
    if (opts.deskew !== false) {
      const a = estimateSkew(flat.data, out.width, out.height);
      if (Math.abs(a) >= MIN_DESKEW_DEG) {
        skew = a;
        out = rotateCanvas(out, a); // paper is white now, and so are the corners the turn adds
      }
    }
  }
  return {
    png: await out.encode('png'),
    width: out.width,
    height: out.height,
    sourceWidth: uw,
    sourceHeight: uh,
    scale: scaled.width / uw,
    orientation,
    skew,
    ...(photo ? { photo } : {}),
  };
}
