import t from 'tap';
import { loadImage } from '@napi-rs/canvas';
import { normaliseImage } from '../../../engine/read/normalise-image.ts';
import { imageDimensions } from '../../../engine/read/image-header.ts';
import { encodeGreyTiff, makeExifRotatedReceipt, makeLandscapePhoto, makeReceiptImage, withExifOrientation } from '../../helpers/make-documents.ts';

const MAX = 40_000_000;

/** Mean luminance of rows [y0, y1) of a grey PNG. */
async function rowsMean(png: Buffer, y0f: number, y1f: number): Promise<number> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  const y0 = Math.floor(img.height * y0f), y1 = Math.floor(img.height * y1f);
  const d = g.getImageData(0, y0, img.width, y1 - y0).data;
  let s = 0;
  for (let i = 0; i < d.length; i += 4) s += d[i];
  return s / (d.length / 4);
}

t.test('header dimensions are read without decoding', async (t) => {
  const png = await makeReceiptImage({ format: 'png' });
  const jpeg = await makeReceiptImage({ format: 'jpeg' });
  const webp = await makeReceiptImage({ format: 'webp' });
  const tiff = await makeReceiptImage({ format: 'tiff', tiffEndian: 'BE' });
  const real = await loadImage(png);
  for (const [b, m] of [[png, 'image/png'], [jpeg, 'image/jpeg'], [webp, 'image/webp'], [tiff, 'image/tiff']] as const) {
    t.same(imageDimensions(b, m), { width: real.width, height: real.height }, m);
  }
});

t.test('an image over maxPixels is refused with the limit in the message, before and after decoding', async (t) => {
  const png = await makeLandscapePhoto('png'); // 1600x1066
  await t.rejects(normaliseImage(png, 'image/png', { maxPixels: 1_000_000 }), { code: 'DOCUMENT_TOO_COMPLEX', message: /1000000 pixels/ });
  // a header that lies about its size is caught from the header alone (no 4 GB decode)
  const forged = Buffer.from(png);
  forged.writeUInt32BE(60000, 16);
  forged.writeUInt32BE(60000, 20);
  await t.rejects(normaliseImage(forged, 'image/png', { maxPixels: MAX }), { code: 'DOCUMENT_TOO_COMPLEX', message: /40000000/ });
  const tiff = encodeGreyTiff(Buffer.alloc(3000 * 2000, 255), 3000, 2000, 'LE');
  await t.rejects(normaliseImage(tiff, 'image/tiff', { maxPixels: 5_000_000 }), { code: 'DOCUMENT_TOO_COMPLEX' });
});

t.test('large images are downscaled to a 2200 px long side, small ones enlarged moderately', async (t) => {
  const big = await makeReceiptImage({ format: 'png', width: 2400 }); // ~2400 x 2940
  const n = await normaliseImage(big, 'image/png', { maxPixels: MAX });
  t.equal(Math.max(n.width, n.height), 2200);
  const small = await makeReceiptImage({ format: 'png', width: 450 });
  const s = await normaliseImage(small, 'image/png', { maxPixels: MAX });
  t.ok(s.scale > 1 && s.scale <= 2, `enlarged by ${s.scale}`);
});

t.test('output is grey PNG', async (t) => {
  const n = await normaliseImage(await makeLandscapePhoto('jpeg'), 'image/jpeg', { maxPixels: MAX });
  t.equal(n.png.subarray(1, 4).toString('latin1'), 'PNG');
  const { createCanvas } = await import('@napi-rs/canvas');
  const img = await loadImage(n.png);
  const c = createCanvas(img.width, img.height);
  c.getContext('2d').drawImage(img, 0, 0);
  const d = c.getContext('2d').getImageData(0, 0, img.width, 50).data;
  let maxDiff = 0;
  for (let i = 0; i < d.length; i += 4) maxDiff = Math.max(maxDiff, Math.abs(d[i] - d[i + 2]));
  t.ok(maxDiff <= 2, 'the blue sky is grey now');
});

for (const o of [3, 6, 8] as const) {
  t.test(`EXIF orientation ${o} comes out upright`, async (t) => {
    const upright = await normaliseImage(await makeReceiptImage({ format: 'png' }), 'image/png', { maxPixels: MAX });
    const n = await normaliseImage(await makeExifRotatedReceipt(o), 'image/jpeg', { maxPixels: MAX });
    t.equal(n.orientation, o);
    t.ok(n.height > n.width, `portrait: ${n.width}x${n.height}`);
    t.equal(n.width, upright.width);
    // The shop name (bold, top) is darker than the blank margin band at the bottom.
    const top = await rowsMean(n.png, 0.05, 0.12);
    const bottom = await rowsMean(n.png, 0.97, 1);
    t.ok(top < bottom - 10, `top band darker than bottom margin (${top.toFixed(1)} < ${bottom.toFixed(1)})`);
  });
}

t.test('an Orientation of 1 changes nothing', async (t) => {
  const jpeg = withExifOrientation(await makeReceiptImage({ format: 'jpeg' }), 1);
  const n = await normaliseImage(jpeg, 'image/jpeg', { maxPixels: MAX });
  t.equal(n.orientation, 1);
  t.ok(n.height > n.width);
});

t.test('TIFF in both byte orders decodes like the PNG', async (t) => {
  for (const e of ['LE', 'BE'] as const) {
    const n = await normaliseImage(await makeReceiptImage({ format: 'tiff', tiffEndian: e }), 'image/tiff', { maxPixels: MAX });
    t.ok(n.width > 1000 && n.height > n.width, `${e}: ${n.width}x${n.height}`);
  }
});

t.test('bytes that are not the image they claim are UNREADABLE_DOCUMENT', async (t) => {
  await t.rejects(normaliseImage(Buffer.from('\xff\xd8\xffnot really a jpeg at all', 'latin1'), 'image/jpeg', { maxPixels: MAX }), { code: 'UNREADABLE_DOCUMENT' });
  await t.rejects(normaliseImage(Buffer.from('II*\0garbage-garbage', 'latin1'), 'image/tiff', { maxPixels: MAX }), { code: 'UNREADABLE_DOCUMENT' });
});

t.test('flattenBackground makes shaded paper white and keeps print dark', async (t) => {
  const { flattenBackground } = await import('../../../engine/read/enhance.ts');
  const w = 200, h = 100;
  const d = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const paper = x < 100 ? 230 : 110; // right half in shadow
    const ink = y >= 48 && y < 52 && x % 20 < 10; // a dashed line of print
    const v = ink ? paper * 0.3 : paper;
    d.set([v, v, v, 255], (y * w + x) * 4);
  }
  flattenBackground(d, w, h);
  const at = (x: number, y: number) => d[(y * w + x) * 4];
  t.equal(at(30, 10), 255, 'lit paper white');
  t.equal(at(170, 10), 255, 'shaded paper white');
  t.ok(at(162, 50) < 40, `print in the shadow dark (${at(162, 50)})`);
  t.ok(at(2, 50) < 40, `print in the light dark (${at(2, 50)})`);
});
