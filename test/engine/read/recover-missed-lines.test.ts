import t from 'tap';
import { createCanvas } from '@napi-rs/canvas';
import { OcrPool } from '../../../engine/read/ocr-pool.ts';
import { pageImage } from '../../../engine/read/page-image.ts';
import { recoverMissedLines } from '../../../engine/read/recover-missed-lines.ts';
import { uncoveredInkBands } from '../../../engine/read/uncovered-ink.ts';
import type { Line } from '../../../engine/types.ts';

// The end of a receipt: body text, the payment block in double-size type, body text again.
const BODY = 20;
const ROWS: Array<[string, string, number]> = [
  ['Service Chrg (Incl GST 6%)', 'RM 5.83', BODY],
  ['Total Sales (Incl GST 6%)', 'RM 64.13', BODY],
  ['Rounding Adjustment', 'RM 0.02', BODY],
  ['TOTAL', 'RM 64.15', BODY * 2],
  ['CASH', 'RM 100.00', BODY * 2],
  ['Main Item Count', '1', BODY],
  ['Total Discount', 'RM 0.00', BODY],
];

async function receiptEnd(): Promise<{ png: Buffer; grey: Uint8ClampedArray; w: number; h: number }> {
  const w = 640;
  const h = Math.round(ROWS.reduce((s, r) => s + r[2] * 1.6, 80));
  const c = createCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, w, h);
  g.fillStyle = '#000';
  let y = 40;
  for (const [a, b, size] of ROWS) {
    y += size * 1.6;
    g.font = `${size}px "DejaVu Sans Mono"`;
    g.textAlign = 'left';
    g.fillText(a, 30, y);
    g.textAlign = 'right';
    g.fillText(b, w - 30, y);
  }
  // a dashed rule under the last line: thin, never a band of text
  g.fillRect(30, y + 12, w - 60, 2);
  return { png: await c.encode('png'), grey: g.getImageData(0, 0, w, h).data, w, h };
}

const ocr = new OcrPool({ workers: 1 });
t.teardown(() => ocr.terminate());

t.test('the large-type lines a first pass skipped are found, read and merged in reading order', async (t) => {
  const page = await receiptEnd();
  const first = (await ocr.recognize(page.png)).lines;
  t.ok(first.some((l) => /TOTAL\s+RM 64\.15/.test(l.text)), 'the fixture is legible as a whole');
  // what PSM 6 does to a thermal receipt's payment block: the large lines are missing
  const missed = first.filter((l) => !/^(TOTAL|CASH)\b/.test(l.text));
  t.equal(missed.length, first.length - 2);

  const jobs = ocr.stats().jobs;
  const lines = await recoverMissedLines(await pageImage(page.png), missed, (png) => ocr.recognize(png));
  const text = lines.map((l) => l.text);
  t.match(text.join('\n'), /Rounding Adjustment RM 0\.02\nTOTAL\s+RM 64\.15\nCASH\s+RM 100\.00\nMain Item Count/, 'back between the lines around them');
  t.ok(ocr.stats().jobs > jobs, 'read with a second OCR job');
  const total = lines.find((l) => /^TOTAL/.test(l.text))!;
  const original = first.find((l) => /^TOTAL/.test(l.text))!;
  t.ok(Math.abs(total.box.y - original.box.y) <= 4 && Math.abs(total.box.x - original.box.x) <= 4, 'box in page pixels');
  t.ok(total.words.every((w) => w.box.y >= total.box.y - 1), 'word boxes moved with their line');
  t.equal(lines.filter((l) => /^Total Sales/.test(l.text)).length, 1, 'no line read twice');
});

t.test('a page the first pass covered is returned as it was, with no further OCR', async (t) => {
  const page = await receiptEnd();
  const first = (await ocr.recognize(page.png)).lines;
  const jobs = ocr.stats().jobs;
  t.equal(await recoverMissedLines(await pageImage(page.png), first, (png) => ocr.recognize(png)), first);
  t.equal(ocr.stats().jobs, jobs);
});

t.test('uncovered ink: bands of text outside every line box; rules, specks and covered text are not bands', async (t) => {
  const page = await receiptEnd();
  const first = (await ocr.recognize(page.png)).lines;
  t.same(uncoveredInkBands(page.grey, page.w, page.h, first), [], 'all text covered; the rule is too thin');
  const missed = first.filter((l) => !/^TOTAL\b/.test(l.text));
  const bands = uncoveredInkBands(page.grey, page.w, page.h, missed);
  const total = first.find((l) => /^TOTAL/.test(l.text))!;
  t.equal(bands.length, 1);
  t.ok(bands[0].y <= total.box.y + 2 && bands[0].y + bands[0].h >= total.box.y + total.box.h - 2, 'the band holds the TOTAL line');
  t.same(uncoveredInkBands(page.grey, page.w, page.h, [] as Line[]), [], 'no lines: nothing to size text by');
});
