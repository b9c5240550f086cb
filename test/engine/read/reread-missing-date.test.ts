import t from 'tap';
import { pageImage } from '../../../engine/read/page-image.ts';
import { rereadMissingDate } from '../../../engine/read/reread-missing-date.ts';
import type { Line } from '../../../engine/types.ts';
import { receiptTruth } from '../../helpers/make-documents.ts';
import { ocr, page, recognize } from '../../helpers/ocr-receipt-page.ts';


/** What a curled receipt does to PSM 6: the date's row merged with the next, its digits lost. */
function withoutDate(lines: Line[]): Line[] {
  return lines.map((l) => {
    if (!/^Date:/.test(l.text)) return l;
    const words = l.words.map((w, i) => (i === 0 ? { ...w, text: 'Dates' } : { ...w, text: '20:06:00' })).slice(0, 2);
    return { ...l, text: words.map((w) => w.text).join(' '), words };
  });
}

t.test('a date label whose date was not read is read again on its own, and the date line is added', async (t) => {
  const { png, lines } = await page();
  const first = withoutDate(lines);
  t.notOk(first.some((l) => /\d{2}\/\d{2}\/\d{4}/.test(l.text)), 'no date left in the first pass');
  const after = await rereadMissingDate(await pageImage(png), first, recognize);
  t.equal(after.length, first.length + 1, 'one line added');
  const added = after.find((l) => !first.includes(l))!;
  t.match(added.text, `Date: ${receiptTruth().printedDate}`);
  const label = lines.find((l) => /^Date:/.test(l.text))!;
  t.ok(Math.abs(added.box.y - label.box.y) <= 4 && Math.abs(added.box.x - label.box.x) <= 4, 'box in page pixels');
  t.ok(after.indexOf(added) > 0 && after.indexOf(added) < after.length - 1, 'in reading order, not at an end');
});

t.test('a page that holds a date anywhere is returned as it was, with no further OCR', async (t) => {
  const { png, lines } = await page();
  const jobs = ocr.stats().jobs;
  t.equal(await rereadMissingDate(await pageImage(png), lines, recognize), lines);
  t.equal(ocr.stats().jobs, jobs);
});

t.test('a page with neither a date nor a date label is returned as it was', async (t) => {
  const { png, lines } = await page();
  const noLabel = withoutDate(lines).filter((l) => !/^Dates/.test(l.text));
  const jobs = ocr.stats().jobs;
  t.equal(await rereadMissingDate(await pageImage(png), noLabel, recognize), noLabel);
  t.equal(ocr.stats().jobs, jobs);
});
