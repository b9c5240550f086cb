import t from 'tap';
import { OcrPool } from '../../../engine/read/ocr-pool.ts';
import { normaliseImage } from '../../../engine/read/normalise-image.ts';
import { fmtAmount, makeLandscapePhoto, makeReceiptImage, receiptTruth } from '../../helpers/make-documents.ts';

const pool = new OcrPool({ workers: 2, recycleAfter: 2 });
t.teardown(() => pool.terminate());

t.test('workers start lazily', async (t) => {
  t.equal(pool.stats().workers, 0);
  t.equal(pool.stats().started, 0);
});

t.test('reads a receipt into lines of words with boxes and confidences', async (t) => {
  const truth = receiptTruth({});
  const img = await normaliseImage(await makeReceiptImage({ format: 'png' }), 'image/png', { maxPixels: 40e6 });
  const page = await pool.recognize(img.png);
  t.equal(page.width, img.width);
  t.equal(page.height, img.height);
  const total = page.lines.find((l) => /^TOTAL\b/.test(l.text));
  t.ok(total, `a TOTAL line in ${JSON.stringify(page.text)}`);
  t.match(total!.text, fmtAmount(truth.total));
  t.ok(page.confidence > 0.8, `confidence ${page.confidence}`);
  for (const w of total!.words) {
    t.ok(w.confidence > 0 && w.confidence <= 1, 'word confidence in 0..1');
    t.ok(w.box.x >= 0 && w.box.y >= 0 && w.box.x + w.box.w <= img.width && w.box.y + w.box.h <= img.height, 'box inside the image');
  }
  t.ok(total!.words[0].box.x < img.width / 3 && total!.words.at(-1)!.box.x > img.width / 2, 'label left, amount right');
  const ys = page.lines.map((l) => l.box.y);
  t.same(ys, [...ys].sort((a, b) => a - b), 'lines top to bottom');
  t.equal(page.lines[0].text, truth.supplier);
});

t.test('a picture without text gives (almost) no words', async (t) => {
  const img = await normaliseImage(await makeLandscapePhoto('jpeg'), 'image/jpeg', { maxPixels: 40e6 });
  const page = await pool.recognize(img.png);
  const words = page.lines.flatMap((l) => l.words).filter((w) => w.confidence > 0.6 && /[a-z]{3,}/i.test(w.text));
  t.ok(words.length <= 2, `confident words: ${JSON.stringify(words.map((w) => w.text))}`);
});

t.test('runs jobs in parallel on N workers, recycles workers after recycleAfter jobs, and keeps working', async (t) => {
  const img = (await normaliseImage(await makeReceiptImage({ format: 'png', width: 600 }), 'image/png', { maxPixels: 40e6 })).png;
  const before = pool.stats();
  const pages = await Promise.all(Array.from({ length: 4 }, () => pool.recognize(img)));
  for (const p of pages) t.match(p.text, /TOTAL/);
  const after = pool.stats();
  t.ok(after.started <= 2 + after.recycled, 'never more workers started than slots plus replacements');
  t.ok(after.recycled > before.recycled, `workers were recycled (${before.recycled} -> ${after.recycled})`);
  t.equal(after.queued, 0);
});

t.test('the event loop keeps turning while OCR runs', async (t) => {
  const img = (await normaliseImage(await makeReceiptImage({ format: 'png' }), 'image/png', { maxPixels: 40e6 })).png;
  let ticks = 0;
  let maxGap = 0;
  let last = Date.now();
  const timer = setInterval(() => { ticks++; maxGap = Math.max(maxGap, Date.now() - last); last = Date.now(); }, 10);
  await pool.recognize(img);
  clearInterval(timer);
  t.ok(ticks > 10, `${ticks} timer ticks during OCR`);
  t.ok(maxGap < 400, `longest event-loop gap ${maxGap} ms`);
});

t.test('garbage input is UNREADABLE_DOCUMENT, and the pool recovers', async (t) => {
  await t.rejects(pool.recognize(Buffer.from('definitely not an image')), { code: 'UNREADABLE_DOCUMENT' });
  const img = (await normaliseImage(await makeReceiptImage({ format: 'png', width: 600 }), 'image/png', { maxPixels: 40e6 })).png;
  t.match((await pool.recognize(img)).text, /TOTAL/);
});

t.test('after terminate, jobs are refused', async (t) => {
  const p = new OcrPool({ workers: 1 });
  await p.terminate();
  await t.rejects(p.recognize(Buffer.alloc(10)), { code: 'UNAVAILABLE' });
});
