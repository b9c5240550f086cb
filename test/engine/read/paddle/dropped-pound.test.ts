/**
 * @module test/engine/read/paddle/dropped-pound
 * A pound sign PP-OCR dropped before a figure ("£25,655.47" read "25,655.47") is put back from
 * the ink left of the figure; a euro sign, a letter, a digit or blank page there puts back
 * nothing. The pages are drawn here: a label and a sign with its figure, in two typefaces and
 * three sizes; the words are the figure alone, boxed where its digits are drawn, as the
 * recogniser returns them when it drops the sign.
 */
import t from 'tap';
import { createCanvas } from '@napi-rs/canvas';
import { withDroppedPounds } from '../../../../engine/read/paddle/dropped-pound.ts';
import type { GreyPage } from '../../../../engine/read/paddle/detect-text.ts';
import type { Line } from '../../../../engine/types.ts';

/** A page printing `label`, then `sign` glued to `figure`; the line as read without the sign. */
function drawn(label: string, sign: string, figure: string, font: string, px: number): { page: GreyPage; line: Line } {
  const c = createCanvas(40 * px, 3 * px);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#000';
  g.font = font.startsWith("bold ") ? `bold ${px}px ${font.slice(5)}` : `${px}px ${font}`;
  g.textBaseline = 'top';
  const y = px;
  g.fillText(label, px, y);
  const x0 = px + g.measureText(label).width + px;
  g.fillText(sign + figure, x0, y);
  const fx = x0 + g.measureText(sign).width;
  const box = { x: Math.round(fx), y: y - Math.round(px * 0.2), w: Math.round(g.measureText(figure).width), h: Math.round(px * 1.4) };
  const labelBox = { x: px, y: box.y, w: Math.round(g.measureText(label).width), h: box.h };
  const line: Line = { text: `${label} ${figure}`, box: { ...labelBox, w: box.x + box.w - labelBox.x }, words: [{ text: label, box: labelBox, confidence: 0.9 }, { text: figure, box, confidence: 0.8 }] };
  const data = g.getImageData(0, 0, c.width, c.height).data;
  return { page: { data, width: c.width, height: c.height }, line };
}

const FONTS = ['DejaVu Sans', 'DejaVu Serif', 'bold DejaVu Sans', 'DejaVu Sans Mono'];
const SIZES = [18, 28, 40];

t.test('a pound sign dropped before a figure is put back, in the word and the line', async (t) => {
  for (const font of FONTS) {
    for (const px of SIZES) {
      for (const figure of ['25,655.47', '4,275.91', '5.50']) {
        const { page, line } = drawn('Invoice total', '£', figure, font, px);
        const [l] = withDroppedPounds([line], page);
        t.equal(l.text, `Invoice total £${figure}`, `${font} ${px}px ${figure}`);
        t.same(l.words.map((w) => w.text), ['Invoice total', `£${figure}`]);
      }
    }
  }
});

t.test('a euro sign, a letter, a digit or nothing before the figure puts back no pound sign', async (t) => {
  for (const font of FONTS) {
    for (const px of SIZES) {
      for (const sign of ['€', 'E', 'L', 'Z', '2', '']) {
        const { page, line } = drawn('Invoice total', sign, '25,655.47', font, px);
        const [l] = withDroppedPounds([line], page);
        t.equal(l, line, `${font} ${px}px "${sign}"`);
      }
    }
  }
});

t.test('a figure that already has its sign, or is no figure with two decimals, is left alone', async (t) => {
  for (const [label, figure] of [['Total EUR', '25.00'], ['Qty', '12']]) {
    const { page, line } = drawn(label, '£', figure, 'DejaVu Sans', 28);
    t.equal(withDroppedPounds([line], page)[0], line, `${label} ${figure}`);
  }
});
