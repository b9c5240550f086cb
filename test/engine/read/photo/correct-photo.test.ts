/**
 * @module test/engine/read/photo/correct-photo
 * The photo step of image normalisation: a generated phone photo of a receipt (perspective, a
 * wood-like table, a drop shadow, a shadow band across the page, blur, JPEG) is found, warped
 * to the page's shape and evenly lit; a flat scan, a digital image and a picture without a
 * document pass byte for byte as they did without the step.
 */
import t from 'tap';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { normaliseImage } from '../../../../engine/read/normalise-image.ts';
import { mayBePhoto } from '../../../../engine/read/photo/looks-like-photo.ts';
import { photograph } from '../../../../bench/lib/synth/photograph.ts';
import { makeLandscapePhoto, makeReceiptImage } from '../../../helpers/make-documents.ts';

const MAX = 40_000_000;

async function greyPixels(png: Buffer): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  c.getContext('2d').drawImage(img, 0, 0);
  return { data: c.getContext('2d').getImageData(0, 0, img.width, img.height).data, width: img.width, height: img.height };
}

/** Mean grey of the left and right thirds of rows [y0, y1) as shares of the height. */
async function thirdsMean(png: Buffer, y0f: number, y1f: number): Promise<[number, number]> {
  const { data, width, height } = await greyPixels(png);
  const out: [number, number] = [0, 0];
  for (const [k, x0, x1] of [[0, 0, Math.floor(width / 3)], [1, Math.floor((2 * width) / 3), width]] as const) {
    let s = 0, n = 0;
    for (let y = Math.floor(height * y0f); y < Math.floor(height * y1f); y++) for (let x = x0; x < x1; x++) { s += data[(y * width + x) * 4]; n++; }
    out[k] = s / n;
  }
  return out;
}

t.test('a flat scan, a digital image and a landscape photo pass the photo step unchanged, byte for byte', async (t) => {
  const cases: Array<[string, Buffer, 'image/png' | 'image/jpeg']> = [
    ['receipt PNG', await makeReceiptImage({ format: 'png' }), 'image/png'],
    ['receipt JPEG', await makeReceiptImage({ format: 'jpeg' }), 'image/jpeg'],
    ['landscape photo', await makeLandscapePhoto('jpeg'), 'image/jpeg'],
  ];
  for (const [name, bytes, mime] of cases) {
    const on = await normaliseImage(bytes, mime, { maxPixels: MAX });
    const off = await normaliseImage(bytes, mime, { maxPixels: MAX, photo: false });
    t.equal(on.photo, undefined, `${name}: no photo found`);
    t.ok(on.png.equals(off.png), `${name}: the same PNG as without the step`);
  }
});

t.test('the cheap first test: a scan\'s frame edge is paper, a photo\'s is the table', async (t) => {
  const scan = await greyPixels(await makeReceiptImage({ format: 'png' }));
  t.notOk(mayBePhoto(scan.data, scan.width, scan.height), 'scan');
  const photo = await greyPixels(await photograph(await makeReceiptImage({ format: 'png' }), { seed: 3 }));
  t.ok(mayBePhoto(photo.data, photo.width, photo.height), 'photo');
});

t.test('a photo of a receipt on a table: found, warped to the page\'s shape, the table cut away, the shadow band lifted', async (t) => {
  const receipt = await makeReceiptImage({ format: 'png' });
  const page = await loadImage(receipt);
  for (const seed of [1, 2, 5]) {
    const photo = await photograph(receipt, { seed, skew: 0.1, shadow: 0.55 });
    const n = await normaliseImage(photo, 'image/jpeg', { maxPixels: MAX });
    t.ok(n.photo, `seed ${seed}: the document was found`);
    if (!n.photo) continue;
    const src = await loadImage(photo);
    const quadArea = Math.abs(n.photo.reduce((s, p, i) => { const q = n.photo![(i + 1) % 4]; return s + p.x * q.y - q.x * p.y; }, 0)) / 2;
    t.ok(quadArea < 0.8 * src.width * src.height, `seed ${seed}: the outline leaves the table out`);
    // the output has about the page's proportions, not the frame's (a photo's foreshortening
    // cannot be undone exactly without the camera's focal length: within 15 %)
    const want = page.width / page.height, got = n.width / n.height;
    t.ok(Math.abs(got / want - 1) < 0.15, `seed ${seed}: aspect ${got.toFixed(3)} vs the page's ${want.toFixed(3)}`);
    // evenly lit: the paper is white across the page, left and right, in the shadow band or not
    const { data, width, height } = await greyPixels(n.png);
    let white = 0, all = 0;
    for (let y = 0; y < height; y += 7) for (let x = 0; x < width; x += 7) { all++; if (data[(y * width + x) * 4] > 200) white++; }
    t.ok(white / all > 0.8, `seed ${seed}: ${(100 * white / all).toFixed(1)} % of the page is white paper`);
  }
});

t.test('without the step the same photo keeps the table and the shadow (what the step removes)', async (t) => {
  const photo = await photograph(await makeReceiptImage({ format: 'png' }), { seed: 1, skew: 0.1, shadow: 0.55 });
  const off = await normaliseImage(photo, 'image/jpeg', { maxPixels: MAX, photo: false });
  const on = await normaliseImage(photo, 'image/jpeg', { maxPixels: MAX });
  const [l0, r0] = await thirdsMean(off.png, 0.3, 0.7);
  const [l1, r1] = await thirdsMean(on.png, 0.3, 0.7);
  t.ok(Math.abs(l1 - r1) < Math.abs(l0 - r0), `left/right difference ${Math.abs(l0 - r0).toFixed(1)} -> ${Math.abs(l1 - r1).toFixed(1)}`);
});

t.test('memory stays bounded: every Mat is released, so photo after photo OpenCV\'s heap is left as it was', async (t) => {
  const { loadOpenCv } = await import('../../../../engine/read/photo/opencv.ts');
  const cv = (await loadOpenCv()) as unknown as { _malloc(n: number): number; _free(p: number): void };
  // where a 16 MiB block would be placed tells whether anything was left allocated in between
  const probe = () => { const p = cv._malloc(16 << 20); cv._free(p); return p; };
  const photo = await photograph(await makeReceiptImage({ format: 'png' }), { seed: 2, skew: 0.1 });
  t.ok((await normaliseImage(photo, 'image/jpeg', { maxPixels: MAX })).photo, 'a photo');
  const first = probe();
  for (let i = 0; i < 3; i++) await normaliseImage(photo, 'image/jpeg', { maxPixels: MAX });
  t.equal(probe(), first, 'the same free space after three more photos');
});
