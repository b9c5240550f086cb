/**
 * @module test/engine/classify/summing-whole-page
 * A till roll whose words OCR could not read (a Korean receipt photographed for a model that
 * reads no Hangul: its item names, its "합계", its "원" lost, its won figures left) is still a
 * receipt: its whole figures, grouped in thousands, add up as a bill's (the items' to the total
 * under them), so they are money (engine/parse/summing-whole-page.ts), and a count beside an
 * item's figure ("5 4,480") is no second money figure. Whole figures that add up to nothing, or a
 * page printing cents, give no such money.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { summingWholePage } from '../../../engine/parse/summing-whole-page.ts';
import { readingFromText } from '../reading-from-text.ts';

const ROLL = ['()', '105-81-22334', '58', '2026-03-14 11:42 今 20260314-0077', '2 2,800', '2 x 3,500', '7,000', '5 8,500',
  '18,300', '16,637', '1,663', '18,300'];

t.test('whole figures that add up as a bill are money: a receipt', async (t) => {
  t.ok(summingWholePage(ROLL));
  t.equal(classifyOffline(readingFromText([ROLL], { kind: 'image', width: 320 })).type, 'receipt');
});

t.test('whole figures that add up to nothing, too few addends, or a page with cents: no money by sum', async (t) => {
  t.notOk(summingWholePage(ROLL.map((l) => l.replace('18,300', '18,900'))), 'no sum');
  t.notOk(summingWholePage(['Room 2,800', 'Hall 7,000', '9,800']), 'two addends only');
  t.notOk(summingWholePage([...ROLL, 'Cash 20.00']), 'a figure with cents');
  t.notOk(summingWholePage(['1,200', '3,400', '5,600', '10200']), 'a sum printed without its grouping');
});
