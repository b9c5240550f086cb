/**
 * A PDF page whose text layer is too short to be the page is OCR'd from its rendering (it may be
 * a scan under a few words of overlay), unless the rendering prints nothing beyond that layer.
 */
import t from 'tap';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { inkBeyondLayer } from '../../../engine/read/ink-beyond-layer.ts';
import { readDocument } from '../../../engine/read/read-document.ts';
import { OcrPool } from '../../../engine/read/ocr-pool.ts';
import type { Line } from '../../../engine/types.ts';
import { makeReceiptImage, receiptTruth, fmtAmount } from '../../helpers/make-documents.ts';
import { makeTextPdf } from '../../helpers/make-text-pdf.ts';

const ocr = new OcrPool({ workers: 1 });
t.teardown(() => ocr.terminate());
const read = (bytes: Buffer) => readDocument({ bytes, mime: 'application/pdf' }, { maxPages: 20, maxPixels: 40_000_000, ocr });

/** A white w x h grey RGBA page with black rectangles [x, y, w, h] (px). */
function page(w: number, h: number, ink: Array<[number, number, number, number]>): Uint8ClampedArray {
  const d = new Uint8ClampedArray(w * h * 4).fill(255);
  for (const [x0, y0, bw, bh] of ink) for (let y = y0; y < y0 + bh; y++) for (let x = x0; x < x0 + bw; x++) d[(y * w + x) * 4] = 0;
  return d;
}
const line = (x: number, y: number, w: number, h: number): Line => ({ text: 'Page 1/2', box: { x, y, w, h }, words: [], confidence: 1 }) as Line;

t.test('ink inside the layer\'s line boxes (scaled from points to pixels) is accounted for; a few more characters\' worth beyond them is print to read', async (t) => {
  const footer = page(1000, 1400, [[400, 1300, 120, 20]]);
  t.notOk(inkBeyondLayer(footer, 1000, 1400, [line(200, 650, 60, 10)], 2), 'the footer is the layer\'s line');
  t.notOk(inkBeyondLayer(page(1000, 1400, []), 1000, 1400, [], 2), 'a blank page');
  t.ok(inkBeyondLayer(footer, 1000, 1400, [line(50, 50, 60, 10)], 2), 'the same ink where no line of the layer is');
  t.ok(inkBeyondLayer(page(1000, 1400, [[100, 100, 800, 1000]]), 1000, 1400, [line(200, 650, 60, 10)], 2), 'a scanned image under a short overlay');
});

t.test('a page that prints only its short text layer (a footer pushed onto a page of its own) is not OCR\'d', async (t) => {
  const rows = Array.from({ length: 30 }, (_, i) => `Printer toner cartridge #${i + 1}|3|${fmtAmount(33.76 + i)}`);
  const before = ocr.stats().jobs;
  const r = await read(await makeTextPdf({ pages: [rows, ['Page 1/2'], []] }));
  t.equal(r.pages.length, 3);
  t.same(r.pages.map((p) => p.source), ['text', 'text', 'text']);
  t.same(r.pages[1].lines.map((l) => l.text), ['Page 1/2']);
  t.same(r.pages[2].lines, []);
  t.equal(ocr.stats().jobs, before, 'no OCR job');
});

t.test('a scan under a few words of text layer is still read by OCR', async (t) => {
  const truth = receiptTruth({ format: 'png' });
  const png = await makeReceiptImage({ format: 'png' });
  const pdf = await PDFDocument.create();
  const img = await pdf.embedPng(png);
  const p = pdf.addPage([img.width / 2, img.height / 2 + 30]);
  p.drawImage(img, { x: 0, y: 0, width: img.width / 2, height: img.height / 2 });
  p.drawText('Scan 1/1', { x: 10, y: img.height / 2 + 10, size: 10, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const r = await read(Buffer.from(await pdf.save()));
  t.equal(r.pages[0].source, 'ocr');
  t.match(r.pages[0].lines.map((l) => l.text).join('\n'), fmtAmount(truth.total));
});
