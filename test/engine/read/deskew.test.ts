import t from 'tap';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { estimateSkew, rotateCanvas } from '../../../engine/read/deskew.ts';
import { normaliseImage } from '../../../engine/read/normalise-image.ts';
import { OcrPool } from '../../../engine/read/ocr-pool.ts';
import { fmtAmount, makeLandscapePhoto, makeReceiptImage, makeTiltedReceipt, receiptTruth } from '../../helpers/make-documents.ts';

const MAX = 40_000_000;

/** Grey RGBA pixels of an encoded image, as normaliseImage would hand them to estimateSkew. */
async function pixels(png: Buffer): Promise<{ data: Uint8ClampedArray; w: number; h: number }> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  c.getContext('2d').drawImage(img, 0, 0);
  return { data: c.getContext('2d').getImageData(0, 0, img.width, img.height).data, w: img.width, h: img.height };
}

t.test('estimateSkew finds the tilt of generated receipts within 0.3 degrees, either way', async (t) => {
  for (const deg of [-7, -4, 2, 5, 9]) {
    const { data, w, h } = await pixels(await makeTiltedReceipt(deg, { format: 'png' }));
    const a = estimateSkew(data, w, h);
    t.ok(Math.abs(a - deg) <= 0.3, `tilted ${deg}, estimated ${a}`);
  }
});

t.test('estimateSkew says 0 for a level receipt, a blank page and a tiny image', async (t) => {
  const level = await pixels(await makeReceiptImage({ format: 'png' }));
  t.equal(estimateSkew(level.data, level.w, level.h), 0);
  t.equal(estimateSkew(new Uint8ClampedArray(400 * 400 * 4).fill(255), 400, 400), 0);
  t.equal(estimateSkew(new Uint8ClampedArray(16 * 16 * 4), 16, 16), 0);
});

t.test('a picture without text still reads as (almost) nothing, turned or not', async (t) => {
  // a horizon can pass for a tilted line (the generated landscape is turned ~10 degrees): harmless
  const pool = new OcrPool({ workers: 1 });
  t.teardown(() => pool.terminate());
  const img = await normaliseImage(await makeLandscapePhoto('jpeg'), 'image/jpeg', { maxPixels: MAX });
  const page = await pool.recognize(img.png);
  const words = page.lines.flatMap((l) => l.words).filter((w) => w.confidence > 0.6 && /[a-z]{3,}/i.test(w.text));
  t.ok(words.length <= 2, `confident words: ${JSON.stringify(words.map((w) => w.text))}`);
});

t.test('rotateCanvas grows the canvas to hold the turned page and fills the corners white', async (t) => {
  const c = createCanvas(400, 200);
  const g = c.getContext('2d');
  g.fillStyle = '#000000';
  g.fillRect(0, 0, 400, 200);
  const r = rotateCanvas(c, 10);
  t.ok(r.width > 400 && r.height > 200, `${r.width}x${r.height}`);
  const corner = r.getContext('2d').getImageData(0, 0, 1, 1).data;
  t.equal(corner[0], 255, 'corner is paper');
  t.equal(r.getContext('2d').getImageData(r.width / 2, r.height / 2, 1, 1).data[0], 0, 'centre is the page');
});

t.test('normaliseImage levels a clearly tilted photo, and leaves a slight tilt alone', async (t) => {
  // deskew alone: the photo step (./photo/, tested in test/engine/read/photo/) is off here
  const only = { maxPixels: MAX, photo: false } as const;
  const tilted = await normaliseImage(await makeTiltedReceipt(6, { format: 'jpeg' }), 'image/jpeg', only);
  t.ok(Math.abs(tilted.skew - 6) <= 0.3, `skew ${tilted.skew}`);
  const after = await pixels(tilted.png);
  t.ok(Math.abs(estimateSkew(after.data, after.w, after.h)) < 0.5, 'lines are level afterwards');
  const slight = await normaliseImage(await makeTiltedReceipt(1.5, { format: 'jpeg' }), 'image/jpeg', only);
  t.equal(slight.skew, 0, 'below MIN_DESKEW_DEG the page is not resampled');
  const off = await normaliseImage(await makeTiltedReceipt(6, { format: 'jpeg' }), 'image/jpeg', { ...only, deskew: false });
  t.equal(off.skew, 0, 'deskew: false turns nothing');
  const colour = await normaliseImage(await makeTiltedReceipt(6, { format: 'jpeg' }), 'image/jpeg', { ...only, grey: false });
  t.equal(colour.skew, 0, 'the colour rendering for a vision model is left as photographed');
  // with the photo step on (the default) the tilted page on its darker ground is found and flattened
  // first, or turned by deskew: either way its lines come out level
  const both = await normaliseImage(await makeTiltedReceipt(6, { format: 'jpeg' }), 'image/jpeg', { maxPixels: MAX });
  const level = await pixels(both.png);
  t.ok(Math.abs(estimateSkew(level.data, level.w, level.h)) < 0.5, `level with the photo step too (${both.photo ? 'flattened as a photo' : `turned ${both.skew}`})`);
});

t.test('a receipt photographed 8 degrees off level reads like an upright one', async (t) => {
  const pool = new OcrPool({ workers: 1 });
  t.teardown(() => pool.terminate());
  const truth = receiptTruth({});
  const img = await normaliseImage(await makeTiltedReceipt(8, { format: 'jpeg' }), 'image/jpeg', { maxPixels: MAX });
  const page = await pool.recognize(img.png);
  t.equal(page.width, img.width);
  t.equal(page.lines[0]?.text, truth.supplier, page.text);
  const total = page.lines.find((l) => /^TOTAL\b/.test(l.text));
  t.ok(total, `a TOTAL line in ${JSON.stringify(page.text)}`);
  t.match(total!.text, fmtAmount(truth.total));
  t.ok(page.text.includes(truth.printedDate), `date ${truth.printedDate}`);
  for (const it of truth.items) t.ok(page.text.includes(it.description), it.description);
  t.ok(page.confidence > 0.85, `confidence ${page.confidence}`);
});
