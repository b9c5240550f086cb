import t from 'tap';
import { pageImage } from '../../../engine/read/page-image.ts';
import { rereadUnsureWords } from '../../../engine/read/reread-unsure-words.ts';
import type { Line } from '../../../engine/types.ts';
import { receiptTruth } from '../../helpers/make-documents.ts';
import { ocr, page, recognize } from '../../helpers/ocr-receipt-page.ts';


/** The first pass as it goes on stylised type: `word` misread as `as`, with little confidence. */
function misread(lines: Line[], word: string, as: string, confidence = 0.1): Line[] {
  return lines.map((l) => {
    if (!l.words.some((w) => w.text === word)) return l;
    const words = l.words.map((w) => (w.text === word ? { ...w, text: as, confidence } : w));
    return { ...l, text: words.map((w) => w.text).join(' '), words };
  });
}

t.test('an unsure header word is read again on its own and replaced when read more surely', async (t) => {
  const { png, lines } = await page();
  const [first] = receiptTruth().supplier.split(' ');
  const before = misread(lines, first, 'GREENLEAP');
  const after = await rereadUnsureWords(await pageImage(png), before, recognize);
  t.match(after.map((l) => l.text).join('\n'), receiptTruth().supplier);
  const w = after.flatMap((l) => l.words).find((x) => x.text === first)!;
  t.ok(w.confidence > 0.6, 'with the re-read confidence');
  t.same(w.box, lines.flatMap((l) => l.words).find((x) => x.text === first)!.box, 'and its box');
});

t.test('sure words and words below the header are not read again', async (t) => {
  const { png, lines } = await page();
  const jobs = ocr.stats().jobs;
  t.equal(await rereadUnsureWords(await pageImage(png), lines, recognize), lines, 'nothing unsure: the same lines');
  const total = receiptTruth().items[0].description.split(' ')[0];
  const low = misread(misread(lines, 'THANK', 'THAMK'), total, total.toLowerCase());
  t.equal(await rereadUnsureWords(await pageImage(png), low, recognize), low, 'unsure words low on the page stay');
  t.equal(ocr.stats().jobs, jobs, 'no OCR job');
});
