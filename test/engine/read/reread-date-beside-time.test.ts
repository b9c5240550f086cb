/**
 * @module test/engine/read/reread-date-beside-time
 * Real OCR on a generated receipt whose first pass is doctored the way faded print comes back:
 * the date beside the time read as debris.
 */
import t from 'tap';
import { pageImage, readCrop } from '../../../engine/read/page-image.ts';
import { rereadDateBesideTime } from '../../../engine/read/reread-date-beside-time.ts';
import type { Line } from '../../../engine/types.ts';
import { receiptTruth } from '../../helpers/make-documents.ts';
import { ocr, page, recognize } from '../../helpers/ocr-receipt-page.ts';


const dateLine = (lines: Line[]) => lines.findIndex((l) => l.text.includes(receiptTruth().printedDate));

/** The row "Date: 15/08/2025   Time: 14:32" as faded print reads: the date is debris at confidence 0. */
function faded(lines: Line[], debris = 'OTATLT'): Line[] {
  const i = dateLine(lines);
  const words = lines[i].words.map((w) => (w.text.includes(receiptTruth().printedDate) ? { ...w, text: debris, confidence: 0 } : w.text === 'Date:' ? { ...w, text: 'Dat' } : w));
  const out = [...lines];
  out[i] = { ...lines[i], words, text: words.map((w) => w.text).join(' ') };
  return out;
}

t.test('debris beside a printed time is read again, and the date the re-reads agree on replaces it', async (t) => {
  const { png, lines } = await page();
  t.ok(dateLine(lines) >= 0 && /\b14:32\b/.test(lines[dateLine(lines)].text), 'the generated row holds the date and the time');
  const first = faded(lines);
  const after = await rereadDateBesideTime(await pageImage(png), first, recognize);
  const i = dateLine(lines);
  t.match(after[i].text, receiptTruth().printedDate, 'the date is back');
  t.notMatch(after[i].text, 'OTATLT');
  t.same(after[i].words.map((w) => w.box), first[i].words.map((w) => w.box), 'the word keeps its box');
  t.equal(after.filter((l, k) => l !== first[k]).length, 1, 'nothing else changes');
});

t.test('a page that holds a date, or debris on a line without a time, is returned as it was, with no OCR', async (t) => {
  const { png, lines } = await page();
  const jobs = ocr.stats().jobs;
  t.equal(await rereadDateBesideTime(await pageImage(png), lines, recognize), lines, 'a date is on the page');
  const noTime = faded(lines).map((l) => ({ ...l, words: l.words.filter((w) => !/^\d{1,2}:\d{2}$/.test(w.text)), text: l.text.replace(/\b\d{1,2}:\d{2}\b/g, '') }));
  t.equal(await rereadDateBesideTime(await pageImage(png), noTime, recognize), noTime, 'no time on the line');
  t.equal(ocr.stats().jobs, jobs);
});

t.test('debris whose re-reads hold no date is left as it was', async (t) => {
  const { png, lines } = await page();
  const first = faded(lines);
  const i = dateLine(lines);
  // the debris sits over the supplier's name: its re-reads read words, not a date
  const name = lines[0].words[0];
  first[i] = { ...first[i], words: first[i].words.map((w) => (w.text === 'OTATLT' ? { ...w, box: name.box } : w)) };
  t.equal(await rereadDateBesideTime(await pageImage(png), first, recognize), first);
});

t.test('a crop read enlarged comes back in page pixels', async (t) => {
  const { png, lines } = await page();
  const i = dateLine(lines);
  const w = lines[i].words.find((x) => x.text.includes(receiptTruth().printedDate))!;
  const read = await readCrop(await pageImage(png), w.box, recognize, 10, 2.5);
  const got = read?.flatMap((l) => l.words).find((x) => x.text.includes(receiptTruth().printedDate));
  t.ok(got, 'read');
  t.ok(Math.abs(got!.box.x - w.box.x) <= 3 && Math.abs(got!.box.y - w.box.y) <= 3 && Math.abs(got!.box.w - w.box.w) <= 4, `box ${JSON.stringify(got?.box)} ~ ${JSON.stringify(w.box)}`);
});
