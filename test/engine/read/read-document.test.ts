import t from 'tap';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { readDocument, renderFirstPage } from '../../../engine/read/read-document.ts';
import { OcrPool } from '../../../engine/read/ocr-pool.ts';
import { sniffMime } from '../../../engine/read/sniff-mime.ts';
import type { DocumentReading } from '../../../engine/types.ts';
import {
  fmtAmount, invoiceTruth, makeCorruptPdf, makeExifRotatedReceipt, makeInvoicePdf, makeLandscapePhoto, makeReceiptImage,
  makeScannedStatementPdf, makeStatementPdf, receiptTruth, statementTruth,
} from '../../helpers/make-documents.ts';

const ocr = new OcrPool({ workers: 2 });
t.teardown(() => ocr.terminate());
const opts = { maxPages: 20, maxPixels: 40_000_000, ocr };
const read = (bytes: Buffer) => readDocument({ bytes, mime: sniffMime(bytes)! }, opts);
const text = (r: DocumentReading, page = 0) => r.pages[page].lines.map((l) => l.text).join('\n');

t.test('a text-layer invoice is read from its text layer, no OCR', async (t) => {
  const before = ocr.stats().jobs;
  const r = await read(await makeInvoicePdf());
  t.equal(r.kind, 'pdf');
  t.equal(r.pageCount, 1);
  t.equal(r.pages[0].source, 'text');
  t.match(text(r), `Total Due (GBP) £${fmtAmount(invoiceTruth().total)}`);
  t.equal(ocr.stats().jobs, before, 'no OCR job');
  t.equal(r.firstPageImage, undefined);
});

t.test('every page of a two-page statement is read', async (t) => {
  const r = await read(await makeStatementPdf());
  t.equal(r.pages.length, 2);
  t.match(text(r, 1), `Closing Balance ${fmtAmount(statementTruth().closingBalance)}`);
});

t.test('a scanned statement falls back to OCR and finds the closing balance', async (t) => {
  const truth = statementTruth();
  const r = await read(await makeScannedStatementPdf());
  t.equal(r.kind, 'pdf');
  const p = r.pages[0];
  t.equal(p.source, 'ocr');
  t.ok(p.width > 1000 && p.height > p.width, `rendered page ${p.width}x${p.height} px`);
  t.same(r.firstPageImage, { width: p.width, height: p.height });
  const closing = p.lines.find((l) => /Closing Balance/.test(l.text));
  t.ok(closing, text(r));
  t.match(closing!.text, fmtAmount(truth.closingBalance));
  t.match(text(r), truth.accountNumber);
  t.ok(p.confidence > 0.7 && p.confidence <= 1, `confidence ${p.confidence}`);
});

for (const format of ['png', 'jpeg'] as const) {
  t.test(`a ${format} receipt is OCR'd: TOTAL and its amount`, async (t) => {
    const truth = receiptTruth({ currency: 'EUR', total: 42.5 });
    const r = await read(await makeReceiptImage({ format, currency: 'EUR', total: 42.5 }));
    t.equal(r.kind, 'image');
    t.equal(r.pageCount, 1);
    t.equal(r.pages[0].source, 'ocr');
    t.same(r.firstPageImage, { width: r.pages[0].width, height: r.pages[0].height });
    const total = r.pages[0].lines.find((l) => /^TOTAL\b/.test(l.text));
    t.ok(total, text(r));
    t.match(total!.text, fmtAmount(truth.total));
    t.match(text(r), `SUBTOTAL ${fmtAmount(truth.subtotal)}`);
  });
}

t.test('an EXIF-rotated JPEG receipt is read upright', async (t) => {
  const truth = receiptTruth({});
  const r = await read(await makeExifRotatedReceipt(6));
  const p = r.pages[0];
  t.ok(p.height > p.width, 'portrait page');
  t.equal(p.lines[0].text, truth.supplier, 'first line is the shop name');
  t.match(text(r), new RegExp(`TOTAL \\$${fmtAmount(truth.total).replace('.', '\\.')}`));
});

t.test('a TIFF receipt is read', async (t) => {
  const r = await read(await makeReceiptImage({ format: 'tiff', tiffEndian: 'BE' }));
  t.match(text(r), `TOTAL $${fmtAmount(receiptTruth({}).total)}`);
});

t.test('errors: corrupt PDF, too many pixels, unsupported type', async (t) => {
  await t.rejects(read(await makeCorruptPdf()), { code: 'UNREADABLE_DOCUMENT' });
  const photo = await makeLandscapePhoto('jpeg');
  await t.rejects(readDocument({ bytes: photo, mime: 'image/jpeg' }, { ...opts, maxPixels: 500_000 }), { code: 'DOCUMENT_TOO_COMPLEX', message: /500000/ });
  await t.rejects(readDocument({ bytes: Buffer.from('x'), mime: 'text/plain' as never }, opts), { code: 'UNSUPPORTED_FILE' });
});

t.test('page cap: maxPages bounds what is read, pageCount what exists', async (t) => {
  const r = await readDocument({ bytes: await makeStatementPdf(), mime: 'application/pdf' }, { ...opts, maxPages: 1 });
  t.equal(r.pages.length, 1);
  t.equal(r.pageCount, 2);
});

t.test('without a pool, a private one is used and shut down', async (t) => {
  const r = await readDocument({ bytes: await makeReceiptImage({ format: 'png', width: 600 }), mime: 'image/png' }, { maxPages: 5, maxPixels: 40e6 });
  t.match(text(r), /TOTAL/);
});

t.test('renderFirstPage: colour PNG of page 1 around 2000 px; images upright', async (t) => {
  const png = await renderFirstPage({ bytes: await makeInvoicePdf(), mime: 'application/pdf' }, { maxPixels: 40e6 });
  const img = await loadImage(png);
  t.equal(sniffMime(png), 'image/png');
  t.ok(Math.abs(Math.max(img.width, img.height) - 2000) <= 1, `${img.width}x${img.height}`);
  const small = await loadImage(await renderFirstPage({ bytes: await makeInvoicePdf(), mime: 'application/pdf' }, { maxPixels: 1_000_000 }));
  t.ok(small.width * small.height <= 1_000_000, 'bounded by maxPixels');
  const rot = await loadImage(await renderFirstPage({ bytes: await makeExifRotatedReceipt(8), mime: 'image/jpeg' }, { maxPixels: 40e6 }));
  t.ok(rot.height > rot.width, 'rotated JPEG comes out portrait');
  await t.rejects(renderFirstPage({ bytes: await makeCorruptPdf(), mime: 'application/pdf' }, { maxPixels: 40e6 }), { code: 'UNREADABLE_DOCUMENT' });
});

t.test('a JPEG cut off in transfer whose decoded part reads no text is refused as cut off; its whole file reads', async (t) => {
  // a receipt-like page whose text sits in its lower half: the first third of the file decodes as blank paper
  const c = createCanvas(900, 1400);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 900, 1400);
  g.fillStyle = '#000';
  g.font = '34px sans-serif';
  ['CORNER BAKERY', 'Rye bread        3.20', 'Coffee           2.80', 'TOTAL            6.00'].forEach((s, i) => g.fillText(s, 80, 900 + i * 60));
  const jpeg = c.toBuffer('image/jpeg');
  const whole = await readDocument({ bytes: jpeg, mime: 'image/jpeg' }, opts);
  t.match(text(whole), /TOTAL/);
  await t.rejects(readDocument({ bytes: jpeg.subarray(0, Math.floor(jpeg.length * 0.3)), mime: 'image/jpeg' }, opts), {
    code: 'UNREADABLE_DOCUMENT', message: /cut off .* holds no readable text; send the whole file/,
  });
});

t.test('a blank JPEG that is whole is read (no text), not refused as cut off', async (t) => {
  const c = createCanvas(600, 800);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 600, 800);
  const r = await readDocument({ bytes: c.toBuffer('image/jpeg'), mime: 'image/jpeg' }, opts);
  t.equal(r.pages[0].lines.length, 0);
});
