import t from 'tap';
import { linesFromTextItems } from '../../../engine/read/pdf-lines.ts';

// A scale-1 viewport for a 600x800 pt page: flips y (PDF origin bottom-left -> top-left).
const vt = [1, 0, 0, -1, 0, 800];
const item = (str: string, x: number, y: number, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size });

t.test('items on one baseline become one line, sorted left to right, whatever their order', async (t) => {
  const lines = linesFromTextItems([item('Total', 300, 700), item('Amount', 50, 700), item('Due', 100, 700.8)], vt);
  t.equal(lines.length, 1);
  t.equal(lines[0].text, 'Amount Due Total');
  t.same(lines[0].words.map((w) => w.text), ['Amount', 'Due', 'Total']);
});

t.test('lines come top to bottom with top-left-origin boxes', async (t) => {
  const lines = linesFromTextItems([item('second', 50, 680), item('first', 50, 700)], vt);
  t.same(lines.map((l) => l.text), ['first', 'second']);
  t.ok(lines[0].box.y < lines[1].box.y, 'first line is higher on the page');
  t.ok(Math.abs(lines[0].box.y - (100 - 8)) < 0.5, 'box top = page height - baseline - ascent');
  t.equal(lines[0].box.h, 10);
});

t.test('an item with spaces yields one word per token with its own box', async (t) => {
  const [line] = linesFromTextItems([item('VAT  (20%)', 50, 700)], vt);
  t.same(line.words.map((w) => w.text), ['VAT', '(20%)']);
  t.ok(line.words[1].box.x > line.words[0].box.x + line.words[0].box.w, 'second word starts after the first');
  t.equal(line.words[0].confidence, 1);
});

t.test('fragments of one word that touch are glued; whitespace-only items are dropped', async (t) => {
  const a = item('INV-', 50, 700);
  const b = item('0042', 50 + a.width, 700);
  const [line] = linesFromTextItems([a, item('   ', 10, 700), b], vt);
  t.equal(line.text, 'INV-0042');
  t.equal(line.words.length, 1);
});

t.test('text overprinted with a small offset (fake bold) is read once; the same word further on is kept', async (t) => {
  const items = ['HSBC', 'UK', 'Bank', 'plc,'].flatMap((w, i) => [item(w, 50 + i * 40, 700), item(w, 50.6 + i * 40, 700)]);
  const [line] = linesFromTextItems([...items, item('plc,', 250, 700)], vt);
  t.equal(line.text, 'HSBC UK Bank plc, plc,');
});

t.test('no items, no lines', async (t) => {
  t.same(linesFromTextItems([], vt), []);
});

t.test('a glyph the font maps to no character (U+0000) is read as U+FFFD, the replacement character', async (t) => {
  const [line] = linesFromTextItems([item('T\u0000NG C\u1ed8NG', 50, 700), item('265.000', 300, 700)], vt);
  t.equal(line.text, 'T\uFFFDNG C\u1ed8NG 265.000');
  t.notOk(line.words.some((w) => w.text.includes('\u0000')), 'no word keeps a NUL');
});
