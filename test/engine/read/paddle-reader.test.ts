/**
 * @module test/engine/read/paddle-reader
 * PP-OCRv4 (the default recogniser) on generated pages, for real: words come with their own
 * boxes in reading order, figures glued by the printer or the recogniser are separate words,
 * and confidences are on the 0..1 scale.
 */
import t from 'tap';
import { createCanvas } from '@napi-rs/canvas';
import { PaddleReader } from '../../../engine/read/paddle/paddle-reader.ts';

const ocr = new PaddleReader();
t.teardown(() => ocr.terminate());

/** A white page with one line of monospaced text per entry ([left text, right text]). */
async function page(rows: Array<[string, string?]>): Promise<Buffer> {
  const W = 900, lh = 60;
  const c = createCanvas(W, 80 + rows.length * lh);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#000';
  g.font = '30px "DejaVu Sans Mono"';
  rows.forEach(([a, b], i) => {
    const y = 70 + i * lh;
    g.textAlign = 'left';
    g.fillText(a, 60, y);
    if (b) { g.textAlign = 'right'; g.fillText(b, W - 60, y); }
  });
  return c.encode('png');
}

t.test('words have boxes of their own, left to right, and glued figures are split', async (t) => {
  const r = await ocr.recognize(await page([['GREENLEAF MARKET'], ['23-01-201913:14:15PM'], ['TOTAL', '12.50']]));
  t.equal(r.lines.length, 3, r.text);
  const words = (i: number) => r.lines[i].words.map((w) => w.text);
  t.same(words(0), ['GREENLEAF', 'MARKET'], 'a space the printer made is a word break');
  t.same(words(1), ['23-01-2019', '13:14:15PM'], 'a date glued to a time is two words');
  t.same(words(2), ['TOTAL', '12.50']);
  const [a, b] = r.lines[0].words;
  t.ok(a.box.x + a.box.w <= b.box.x + 2, `GREENLEAF ends before MARKET starts (${JSON.stringify([a.box, b.box])})`);
  t.ok(a.box.w > 150 && a.box.w < 320 && b.box.w > 80 && b.box.w < 220, 'each box spans its own letters, not the line');
  const [date, time] = r.lines[1].words;
  t.ok(date.box.x < time.box.x && date.box.x + date.box.w <= time.box.x + 4, 'the split words have boxes side by side');
  const [label, amount] = r.lines[2].words;
  t.ok(amount.box.x - (label.box.x + label.box.w) > 300, 'words far apart keep their places');
  for (const w of r.lines.flatMap((l) => l.words)) t.ok(w.confidence > 0 && w.confidence <= 1, `${w.text}: ${w.confidence}`);
});
