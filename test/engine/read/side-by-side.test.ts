/**
 * @module test/engine/read/side-by-side
 */
import t from 'tap';
import { createCanvas } from '@napi-rs/canvas';
import { sideBySideParts } from '../../../engine/read/side-by-side.ts';

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
