/**
 * @module test/engine/engine
 * End to end through the engine's two entry points on generated documents: a receipt image
 * (OCR), a text-layer invoice PDF and a landscape photo, with the offline path; and the
 * fallback from an unreachable vision model.
 */
import t from 'tap';
import { classify, extract, modelLabel } from '../../engine/index.ts';
import { OcrPool } from '../../engine/read/ocr-pool.ts';
import type { InvoiceResult, ReceiptResult } from '../../schemas/results.ts';
import { makeInvoiceScan } from '../helpers/make-invoice-scan.ts';
import { invoiceTruth, makeInvoicePdf, makeLandscapePhoto, makeReceiptImage, makeSideBySideReceipts, receiptTruth } from '../helpers/make-documents.ts';

const pool = new OcrPool({ workers: 1 });
t.teardown(() => pool.terminate());
const opts = { maxPages: 10, maxPixels: 40_000_000, ocr: pool };

t.test('receipt image -> receipt with the printed total', async (t) => {
  const truth = receiptTruth({ format: 'png' });
  const doc = { bytes: await makeReceiptImage({ format: 'png' }), mime: 'image/png' as const };
  const { classification, reading } = await classify(doc, opts);
  t.equal(classification.type, 'receipt', classification.reason);
  t.equal(classification.decidedBy, 'offline');
  t.match(classification.reason, /^OCR \+ keywords: /);
  const x = await extract(doc, 'receipt', opts, reading);
  t.equal(x.raw.extractedBy, 'offline');
  const r = (x.formatted as ReceiptResult).multiple_receipts[0];
  t.equal(r.totalAmount, truth.total);
  t.equal(r.date, truth.printedDate);
  t.ok(x.raw.fields.totalAmount.box, 'total has a box');
  const page = reading.pages[0]!;
  t.same(x.raw.pageSizes, [{ page: 1, width: page.width, height: page.height }], 'pageSizes: the pixels OCR saw, the unit of the boxes');
  const box = x.raw.fields.totalAmount.box!;
  t.ok(box.x >= 0 && box.y >= 0 && box.x + box.w <= page.width && box.y + box.h <= page.height, 'the total\'s box lies within that page');
});

t.test('text-layer invoice PDF -> invoice fields', async (t) => {
  const truth = invoiceTruth();
  const doc = { bytes: await makeInvoicePdf(), mime: 'application/pdf' as const };
  const { classification, reading } = await classify(doc, opts);
  t.equal(classification.type, 'invoice', classification.reason);
  const x = await extract(doc, 'invoice', opts, reading);
  const inv = x.formatted as InvoiceResult;
  t.equal(inv.documentId, truth.invoiceNumber);
  t.equal(inv.totalAmount, truth.total);
  t.equal(inv.taxAmount, truth.tax);
  t.equal(inv.netAmount, truth.subtotal);
  t.equal(inv.date, truth.printedDate);
  t.equal(inv.dueDate, truth.printedDueDate);
  t.equal(inv.currencyCode, truth.currency);
  t.equal(inv.supplierName, truth.supplier);
  const [size] = x.raw.pageSizes as Array<{ page: number; width: number; height: number }>;
  t.same(size, { page: 1, width: reading.pages[0]!.width, height: reading.pages[0]!.height }, 'pageSizes: the text layer\'s PDF points');
  t.ok(size!.width > 500 && size!.width < 650, 'a page a few hundred points wide (A4 or Letter)');
});

t.test('landscape photo -> other, with a reason', async (t) => {
  const doc = { bytes: await makeLandscapePhoto('jpeg'), mime: 'image/jpeg' as const };
  const { classification } = await classify(doc, opts);
  t.equal(classification.type, 'other');
  t.match(classification.reason, /^OCR \+ keywords: /);
});

t.test('an unreachable vision model falls back to the offline path', async (t) => {
  const doc = { bytes: await makeInvoicePdf(), mime: 'application/pdf' as const };
  const vlm = { endpointUrl: 'http://127.0.0.1:9/v1', model: 'Qwen/Qwen2.5-VL-7B-Instruct', timeoutS: 2 };
  const { classification, reading } = await classify(doc, { ...opts, vlm });
  t.equal(classification.decidedBy, 'offline');
  t.equal(classification.type, 'invoice');
  const x = await extract(doc, 'invoice', { ...opts, vlm }, reading);
  t.equal(x.raw.extractedBy, 'offline');
  t.type(x.raw.vlmError, 'string');
});

t.test('model labels for reasons', async (t) => {
  t.equal(modelLabel('Qwen/Qwen2.5-VL-7B-Instruct'), 'Qwen2.5-VL');
  t.equal(modelLabel('qwen2.5-vl'), 'qwen2.5-vl');
});

t.test('two receipts scanned side by side -> two receipts, each with its own fields', async (t) => {
  const left = { format: 'png' as const, supplier: 'HARBOUR CAFE', date: '2024-05-02', total: 18.4 };
  const right = { format: 'png' as const, supplier: 'NORTHSIDE HARDWARE', date: '2024-05-03', total: 42.75, currency: 'EUR' as const };
  const doc = { bytes: await makeSideBySideReceipts([left, right]), mime: 'image/png' as const };
  const { classification, reading } = await classify(doc, opts);
  t.equal(classification.type, 'receipt', classification.reason);
  t.equal(reading.pages.length, 2, 'each receipt read as a page of its own');
  t.equal(reading.pages[0].origin?.x, 0);
  t.ok((reading.pages[1].origin?.x ?? 0) > reading.pages[0].width - 1, 'the right part starts after the left one');
  const x = await extract(doc, 'receipt', opts, reading);
  const rs = (x.formatted as ReceiptResult).multiple_receipts;
  t.equal(rs.length, 2);
  const [a, b] = [receiptTruth(left), receiptTruth(right)];
  t.same(rs.map((r) => [r.supplierName, r.totalAmount, r.date, r.currencyCode]), [
    [a.supplier, a.total, a.printedDate, 'USD'],
    [b.supplier, b.total, b.printedDate, 'EUR'],
  ]);
  t.ok(x.raw.fields['multiple_receipts[1].totalAmount'], 'evidence is kept per receipt');
});

t.test('an A4 invoice scan with its amounts in a column at the right margin -> one page, one invoice', async (t) => {
  // a wide blank gap from top to bottom between the descriptions and the amounts, the totals'
  // labels right of it: the columns of one document, not two receipts side by side
  const opts2 = { layout: 'totals-right' as const };
  const truth = invoiceTruth();
  const doc = { bytes: await makeInvoiceScan(opts2), mime: 'image/png' as const };
  const { classification, reading } = await classify(doc, opts);
  t.equal(reading.pages.length, 1, 'read whole');
  t.equal(classification.type, 'invoice', classification.reason);
  const inv = (await extract(doc, 'invoice', opts, reading)).formatted as InvoiceResult;
  t.same([inv.documentId, inv.totalAmount, inv.taxAmount, inv.netAmount, inv.supplierName], [truth.invoiceNumber, truth.total, truth.tax, truth.subtotal, truth.supplier]);
});

t.test('one receipt is read as one page', async (t) => {
  const { reading } = await classify({ bytes: await makeReceiptImage({ format: 'png' }), mime: 'image/png' }, opts);
  t.equal(reading.pages.length, 1);
  t.equal(reading.pages[0].origin, undefined);
});

t.test('a price column far right of its labels and not level with them (a photo\'s perspective) is no document of its own: the page is read whole', async (t) => {
  const { createCanvas } = await import('@napi-rs/canvas');
  const c = createCanvas(1400, 560);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 1400, 560);
  g.fillStyle = '#000';
  g.font = '26px sans-serif';
  ['ODRA SP. Z O.O.', 'Rynek 2', '23.05.2022', '2 PAPIER', '3 TONER', 'TOTAL PLN', 'CB', 'VAT 23%', 'Dziekujemy'].forEach((l, i) => g.fillText(l, 60, 60 + i * 48));
  // the figures drift up against their rows, each by a little less, as on a photo in perspective
  g.font = 'bold 30px sans-serif';
  ['10,19', '18,19', '28,38', '28,38', '5,31'].forEach((p, i) => g.fillText(p, 1200, 60 + (i + 3) * 48 - 24 + i * 6));
  const doc = { bytes: await c.encode('png'), mime: 'image/png' as const };
  const { classification, reading } = await classify(doc, opts);
  t.equal(reading.pages.length, 1, 'one page, not a column of figures cut off as a second document');
  t.equal(classification.type, 'receipt', classification.reason);
  const r = ((await extract(doc, 'receipt', opts, reading)).formatted as ReceiptResult).multiple_receipts;
  t.equal(r.length, 1);
  t.equal(r[0].totalAmount, 28.38);
});
