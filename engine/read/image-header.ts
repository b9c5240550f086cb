/**
 * @module engine/read/image-header
 * Reads an image's pixel dimensions from its header (PNG IHDR, JPEG SOFn, WebP VP8/VP8L/VP8X,
 * TIFF first IFD) without decoding it, so oversized images are refused before any memory is
 * spent on their pixels. Total: returns null when the header cannot be parsed.
 */
import type { DocumentMime } from '../../schemas/document-types.ts';

export interface Dimensions { width: number; height: number }

export function imageDimensions(b: Buffer, mime: DocumentMime): Dimensions | null {
  try {
    if (mime === 'image/png') return b.length >= 24 ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : null;
    if (mime === 'image/jpeg') return jpeg(b);
    if (mime === 'image/webp') return webp(b);
    if (mime === 'image/tiff') return tiff(b);
  } catch {
    /* truncated header */
  }
  return null;
}

function jpeg(b: Buffer): Dimensions | null {
  let o = 2;
  while (o + 9 < b.length) {
    if (b[o] !== 0xff) { o++; continue; }
    const marker = b[o + 1];
    if (marker === 0xff) { o++; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { o += 2; continue; }
    const len = b.readUInt16BE(o + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: b.readUInt16BE(o + 5), width: b.readUInt16BE(o + 7) };
    o += 2 + len;
  }
  return null;
}

function webp(b: Buffer): Dimensions | null {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  return null;
}

function tiff(b: Buffer): Dimensions | null {
  const le = b[0] === 0x49;
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const ifd = u32(4);
  const n = u16(ifd);
  let width = 0, height = 0;
  for (let k = 0; k < n; k++) {
    const e = ifd + 2 + k * 12;
    const tag = u16(e);
    const type = u16(e + 2);
    const value = type === 3 ? u16(e + 8) : u32(e + 8);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width && height ? { width, height } : null;
}
