/**
 * @module test/engine/read/photo/photo-fields
 * Through the engine (classify + extract, PP-OCRv4) and once through HTTP: a generated phone
 * photo of a receipt (bench:synth's photo of a synthetic receipt: perspective, a table, a
 * shadow band, JPEG) gives its total and date; read without the photo step (`photoStep: false`,
 * as before the step existed) at least one of them does not. (Since the rows follow the tilt of
 * the detector's slanted boxes, engine/read/paddle/box-tilt.ts, the English photo is read right
 * without the step too; the German one is not.)
 */
import t from 'tap';
import { classify, extract } from '../../../../engine/index.ts';
import { createRecogniser } from '../../../../engine/read/create-recogniser.ts';
import { synthReceipt } from '../../../../bench/lib/synth/generate.ts';
import { renderImage } from '../../../../bench/lib/synth/render.ts';
import { photograph, synthPhotoOptions } from '../../../../bench/lib/synth/photograph.ts';
import { LANGS, type Lang } from '../../../../bench/lib/synth/languages.ts';
import { startTestService, submitFile, waitForResult } from '../../../helpers/service.ts';
import { registerAndLogin } from '../../../helpers/http-server.ts';
import type { ReceiptResult } from '../../../../schemas/results.ts';
import { amount, date } from '../../../../bench/lib/compare.ts';

const ocr = createRecogniser('paddle', { workers: 1 });
t.teardown(() => ocr.terminate());
const opts = { maxPages: 10, maxPixels: 40_000_000, ocr };

// bench:synth --photos only, seed SEED: the receipts whose fields only the photo step gives
const SEED = 1;
const CASES: Lang[] = ['en', 'de'];

async function receiptPhoto(lang: Lang) {
  const d = synthReceipt(SEED, lang);
  const photo = await photograph(await renderImage(d.pages, SEED, 0), synthPhotoOptions(SEED, LANGS.indexOf(lang)));
  return { photo, fields: d.fields };
}

const withoutStep: string[] = [];
for (const lang of CASES) {
  t.test(`${lang} receipt photo: total and date through the engine`, async (t) => {
    const { photo, fields } = await receiptPhoto(lang);
    const doc = { bytes: photo, mime: 'image/jpeg' as const };
    const { classification, reading } = await classify(doc, opts);
    t.equal(classification.type, 'receipt', classification.reason);
    const x = await extract(doc, 'receipt', opts, reading);
    const r = (x.formatted as ReceiptResult).multiple_receipts[0] as unknown as Record<string, unknown>;
    const rec = { fields };
    t.ok(amount(r.totalAmount, fields.totalAmount, rec, r), `total ${r.totalAmount}, printed ${fields.totalAmount}`);
    t.ok(date('date_iso')(r.date, fields.date, rec, r), `date ${r.date}, printed ${fields.date}`);

    // the same photo read without the step
    const { reading: reading0 } = await classify(doc, { ...opts, photoStep: false });
    const x0 = await extract(doc, 'receipt', { ...opts, photoStep: false }, reading0);
    const r0 = ((x0.formatted as ReceiptResult).multiple_receipts?.[0] ?? {}) as unknown as Record<string, unknown>;
    if (!(amount(r0.totalAmount, fields.totalAmount, rec, r0) && date('date_iso')(r0.date, fields.date, rec, r0))) withoutStep.push(`${lang}: total ${r0.totalAmount}, date ${r0.date}`);
  });
}

t.test('without the photo step at least one of these photos loses its total or its date: the step is what reads them', async (t) => {
  t.ok(withoutStep.length >= 1, `missed without the step: ${withoutStep.join('; ') || 'none'}`);
});

t.test('through HTTP: the photo is read to its total', async (t) => {
  const svc = await startTestService({ WAIT_TIMEOUT_S: '120' });
  t.teardown(() => svc.stop());
  const user = await registerAndLogin(svc.base);
  const { photo, fields } = await receiptPhoto(CASES[0]);
  const r = await submitFile(svc.base, user.apiKey, photo, 'receipt_photo.jpg');
  t.equal(r.status, 202, r.text);
  const done = await waitForResult(svc.base, user.apiKey, r.data.request_id);
  t.equal(done.data.status, 'completed', done.text);
  t.equal(done.data.formatted_result.multiple_receipts[0].totalAmount, fields.totalAmount);
  t.equal(done.data.document_type, 'ReceiptImage');
});
