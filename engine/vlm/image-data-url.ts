/**
 * @module vlm/image-data-url
 * A page image as a `data:` URL for an `image_url` content part. The media type is read from
 * the bytes (PNG, JPEG, WebP, GIF) so a photo is not mislabelled; PNG is assumed otherwise,
 * since the engine renders PDF pages to PNG.
 */

export function imageMediaType(bytes: Buffer): string {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.toString('latin1', 0, 6))) return 'image/gif';
  return 'image/png';
}

export function imageDataUrl(bytes: Buffer): string {
  return `data:${imageMediaType(bytes)};base64,${bytes.toString('base64')}`;
}
