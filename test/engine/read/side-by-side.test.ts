/**
 * @module test/engine/read/side-by-side
 */
import t from 'tap';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { sideBySideParts } from '../../../engine/read/side-by-side.ts';
import { normaliseImage } from '../../../engine/read/normalise-image.ts';
import { pageImage } from '../../../engine/read/page-image.ts';
import { makeInvoiceScan, type InvoiceScanLayout } from '../../helpers/make-invoice-scan.ts';
import { makeReceiptImage, type ReceiptOptions } from '../../helpers/make-documents.ts';

/** A white page with blocks of "text" (rows of short dark dashes) at the given x ranges. */
function page(w: number, h: number, blocks: Array<[number, number, number?]>, extra?: (g: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void) {
  const c = createCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, w, h);
  g.fillStyle = '#000';
  for (const [x0, x1, dy = 0] of blocks) {
    for (let y = 20 + dy; y < h - 20; y += 24) for (let x = x0; x < x1 - 8; x += 14) g.fillRect(x, y, 10, 12);
  }
  extra?.(g);
  return { data: g.getImageData(0, 0, w, h).data, w, h };
}

t.test('two documents with a blank band between them are two parts, cut in the band', async (t) => {
  // two documents' lines fall where each one's layout puts them: here half a line apart
  const p = page(1000, 800, [[20, 460], [540, 980, 11]]);
  const parts = sideBySideParts(p.data, p.w, p.h);
  t.equal(parts.length, 2);
  t.ok(parts[0].x === 0 && parts[0].w > 460 && parts[0].w < 540, 'the cut falls in the gap');
  t.equal(parts[1].x + parts[1].w, 1000);
  t.ok(parts.every((b) => b.y === 0 && b.h === 800), 'full height');
});

t.test('one document, a document with blank margins, or a dark border strip is one part', async (t) => {
  const one = page(1000, 800, [[20, 980]]);
  t.equal(sideBySideParts(one.data, one.w, one.h).length, 1);
  const margins = page(1000, 800, [[300, 700]]);
  t.equal(sideBySideParts(margins.data, margins.w, margins.h).length, 1);
  const border = page(1000, 800, [[20, 900]], (g) => g.fillRect(960, 0, 30, 800));
  t.equal(sideBySideParts(border.data, border.w, border.h).length, 1, 'a scanner edge is no document');
  const columns = page(1000, 800, [[20, 400], [600, 980]], (g) => { for (let y = 20; y < 780; y += 120) g.fillRect(20, y, 960, 12); });
  t.equal(sideBySideParts(columns.data, columns.w, columns.h).length, 1, 'lines that cross the gap (a header, totals, rules) keep one document whole');
});

t.test('the columns of one table with a blank band between them are one document', async (t) => {
  // a statement: descriptions on the left, amounts on the right, row by row on the same lines,
  // with a header block on the left only and nothing crossing the band
  const statement = page(1000, 800, [[20, 460], [640, 980]], (g) => {
    g.fillStyle = '#fff';
    g.fillRect(640, 20, 360, 120); // the amounts start below the header
  });
  t.equal(sideBySideParts(statement.data, statement.w, statement.h).length, 1);
});

t.test('the columns of one table on a page scanned a degree and a half askew are still one document', async (t) => {
  // labels on the left, prices far right; the page turned 1.5 degrees, so each price stands about
  // a line's height lower than its label
  const w = 1200, h = 700;
  const c = createCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, w, h);
  g.translate(w / 2, h / 2);
  g.rotate((1.5 * Math.PI) / 180);
  g.translate(-w / 2, -h / 2);
  g.fillStyle = '#000';
  for (let y = 60; y < h - 60; y += 37) {
    for (let x = 100; x < 420; x += 14) g.fillRect(x, y, 10, 20);
    for (let x = 1020; x < 1100; x += 14) g.fillRect(x, y, 10, 20);
  }
  t.equal(sideBySideParts(g.getImageData(0, 0, w, h).data, w, h).length, 1);
});

/** The grey page the reader cuts: the image normalised as readDocument normalises it. */
async function greyPage(png: Buffer) {
  const img = await normaliseImage(png, 'image/png', { maxPixels: 40_000_000 });
  const p = await pageImage(img.png);
  return { data: p.data, w: p.width, h: p.height };
}

t.test('an A4 invoice scan whose amounts stand in a column at the right margin, a wide blank gap from their descriptions, is one document', async (t) => {
  // the figures have no descenders and their labels have, the tilt is under a degree, the scan
  // has specks, and the reference block and the totals may stand right of the gap on rows of
  // their own: the amounts still stand on the rows of their descriptions
  const cases: Array<[InvoiceScanLayout, number, boolean]> = [
    ['margin', 0, false], ['margin', 0.7, true], ['margin', -1.2, true],
    ['totals-right', 0, true], ['totals-right', 0.6, false], ['totals-right', 1.5, true],
    ['header-right', 0, false], ['header-right', -0.8, true], ['header-right', 1.3, true],
  ];
  for (const [layout, tilt, noise] of cases) {
    const p = await greyPage(await makeInvoiceScan({ layout, tilt, noise, seed: 11 }));
    t.equal(sideBySideParts(p.data, p.w, p.h).length, 1, `${layout}, ${tilt} degrees${noise ? ', specks' : ''}`);
  }
});

/** Receipts laid side by side on a white sheet, the i-th `drops[i]` px lower, the sheet turned `tilt` degrees. */
async function receiptsSideBySide(receipts: Array<Partial<ReceiptOptions>>, drops: number[], tilt = 0): Promise<Buffer> {
  const imgs = await Promise.all(receipts.map(async (o) => loadImage(await makeReceiptImage({ format: 'png', ...o }))));
  const gap = 80;
  const W = imgs.reduce((s, i) => s + i.width + gap, 0) + 40;
  const H = Math.max(...imgs.map((i, k) => i.height + drops[k])) + 80;
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, W, H);
  g.translate(W / 2, H / 2);
  g.rotate((tilt * Math.PI) / 180);
  g.translate(-W / 2, -H / 2);
  let x = 60;
  imgs.forEach((img, k) => { g.drawImage(img, x, 40 + drops[k]); x += img.width + gap; });
  return c.encode('png');
}

t.test('receipts side by side, two or three, straight or a little askew, are still cut one from another', async (t) => {
  const a = { supplier: 'HARBOUR CAFE' };
  const b = { supplier: 'NORTHSIDE HARDWARE', width: 760, items: [{ description: 'Hammer', quantity: 1, unitPrice: 12.5 }, { description: 'Nails 100', quantity: 2, unitPrice: 3.2 }] };
  const c = { supplier: 'CORNER BAKERY', width: 820, total: 9.6 };
  for (const [drop, tilt] of [[23, 0], [30, 0.8], [12, -1]]) {
    const p = await greyPage(await receiptsSideBySide([a, b], [0, drop], tilt));
    t.equal(sideBySideParts(p.data, p.w, p.h).length, 2, `two receipts, the second ${drop} px lower, ${tilt} degrees`);
  }
  const three = await greyPage(await receiptsSideBySide([a, b, c], [0, 17, 35], 0.5));
  t.equal(sideBySideParts(three.data, three.w, three.h).length, 3, 'three receipts');
});
