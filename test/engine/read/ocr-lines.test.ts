/**
 * @module test/engine/read/ocr-lines
 * OCR lines come in reading order: top to bottom by where each line starts, lines of one row left
 * to right. On a page tilted by a degree or two a line read across it spans two lines' height;
 * its start, not its box, places it, so a block of short lines (holder, street, town) keeps its
 * order whatever the tilt, and the order is the same whatever order the lines arrive in.
 */
import t from 'tap';
import { sortReadingOrder } from '../../../engine/read/ocr-lines.ts';
import type { Line } from '../../../engine/types.ts';

/** A line of words at page pixels: `[text, x, y]` each, words 40 px high. Its box spans its words. */
function line(words: [string, number, number][]): Line {
  const ws = words.map(([text, x, y]) => ({ text, box: { x, y, w: text.length * 18, h: 40 }, confidence: 0.9 }));
  const x0 = Math.min(...ws.map((w) => w.box.x)), y0 = Math.min(...ws.map((w) => w.box.y));
  const x1 = Math.max(...ws.map((w) => w.box.x + w.box.w)), y1 = Math.max(...ws.map((w) => w.box.y + w.box.h));
  return { text: words.map((w) => w[0]).join(' '), box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, words: ws };
}

/** Every order of `xs` (small arrays). */
const orders = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])));

t.test('on a tilted page, an address block with labels to its right keeps its top-to-bottom order', async (t) => {
  for (const tilt of [0.5, 1, 1.5, 2]) {
    // the right half of each line sits `drop` pixels lower than its left half (tilt in degrees over ~1000 px)
    const drop = Math.round(Math.tan((tilt * Math.PI) / 180) * 1000);
    const block = [
      line([['Jana', 170, 300], ['Novakova', 260, 300], ['Account', 800, 300 + drop], ['CH15', 1000, 300 + drop]]),
      line([['Lindenweg', 168, 330], ['22', 340, 330], ['IBAN', 800, 330 + drop], ['CH15', 1000, 330 + drop]]),
      line([['9470', 161, 358], ['Buchs', 240, 358], ['Period', 800, 358 + drop], ['01.01.2026', 1000, 358 + drop]]),
      line([['Date', 160, 420], ['Text', 300, 420], ['Balance', 1100, 420 + drop]]),
    ];
    for (const arrival of orders(block)) {
      t.same(sortReadingOrder([...arrival]).map((l) => l.words[0].text), ['Jana', 'Lindenweg', '9470', 'Date'], `tilt ${tilt}°`);
    }
  }
});

t.test('lines of one row read left to right; a straight page reads top to bottom', async (t) => {
  const page = [
    line([['TOTAL', 100, 500]]), line([['12.50', 600, 502]]),
    line([['Coffee', 100, 440]]), line([['3.00', 600, 438]]),
    line([['CAFE', 100, 100], ['AALTO', 200, 100]]),
  ];
  for (const arrival of orders(page)) {
    t.same(sortReadingOrder([...arrival]).map((l) => l.text), ['CAFE AALTO', 'Coffee', '3.00', 'TOTAL', '12.50']);
  }
});
