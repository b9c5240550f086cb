/**
 * @module test/engine/read/paddle/detect-text
 * DB post-processing follows a line's slant: a region whose centre line drifts across its width
 * becomes a slanted box as thick as the line (not an axis-aligned box holding its neighbours),
 * a level region stays an axis-aligned box grown by DB's unclip distance; and, for real, lines
 * printed slanted with no leading (a curled receipt's header) are each read on their own.
 */
import t from 'tap';
import { createCanvas } from '@napi-rs/canvas';
import { boxesFromMap, UNCLIP_RATIO } from '../../../../engine/read/paddle/detect-text.ts';
import { PaddleReader } from '../../../../engine/read/paddle/paddle-reader.ts';

/** A w x h map with a band of probability 0.9, `thick` px thick, whose top edge runs y = top + slope x over columns x0..x1. */
function bandMap(w: number, h: number, bands: Array<{ x0: number; x1: number; top: number; slope: number; thick: number }>): Float32Array {
  const map = new Float32Array(w * h);
  for (const b of bands) {
    for (let x = b.x0; x <= b.x1; x++) {
      const y0 = Math.round(b.top + b.slope * (x - b.x0));
      for (let y = y0; y < y0 + b.thick; y++) map[y * w + x] = 0.9;
    }
  }
  return map;
}

t.test('a level region is an axis-aligned box grown by the unclip distance', async (t) => {
  const boxes = boxesFromMap(bandMap(300, 60, [{ x0: 20, x1: 219, top: 20, slope: 0, thick: 10 }]), 300, 60);
  t.equal(boxes.length, 1);
  const d = (200 * 10 * UNCLIP_RATIO) / (2 * 210);
  const want = { x: 20 - d, y: 20 - d, w: 200 + 2 * d, h: 10 + 2 * d };
  for (const k of ['x', 'y', 'w', 'h'] as const) t.ok(Math.abs(boxes[0][k] - want[k]) < 1e-9, `${k}: DB grows it by area x ratio / perimeter on each side`);
  t.equal(boxes[0].slope, undefined);
});

t.test('a slanted region is a slanted box as thick as the line, not as tall as its drift', async (t) => {
  // falls 14 px over 200 px (4 degrees), 10 px thick: its axis-aligned box would be 24 px tall
  const boxes = boxesFromMap(bandMap(300, 80, [{ x0: 20, x1: 219, top: 20, slope: 0.07, thick: 10 }]), 300, 80);
  t.equal(boxes.length, 1);
  const b = boxes[0];
  t.ok(b.slope !== undefined && Math.abs(b.slope - 0.07) < 0.01, `slope ${b.slope}`);
  const d = (200 * 10 * UNCLIP_RATIO) / (2 * 210);
  // the drawn band's rounded edges make it a pixel or two thicker around the fitted line; an
  // axis-aligned box would be 14 px (the drift) taller
  t.ok(b.h >= 10 + 2 * d - 0.5 && b.h <= 10 + 2 * d + 3, `the band is the line's thickness plus the unclip (${b.h.toFixed(1)})`);
  // at the middle column (x = 120) the band's top edge is at 20 + 0.07 x 100 = 27
  t.ok(Math.abs(b.y - (27 - d)) <= 2, `the band sits on the line at its middle (${b.y.toFixed(1)})`);
});

t.test('a slight drift (under a third of the thickness) leaves the box axis-aligned', async (t) => {
  const boxes = boxesFromMap(bandMap(300, 60, [{ x0: 20, x1: 219, top: 20, slope: 0.01, thick: 12 }]), 300, 60);
  t.equal(boxes[0].slope, undefined);
});

t.test('lines printed slanted with no leading are each read on their own', async (t) => {
  const ocr = new PaddleReader();
  t.teardown(() => ocr.terminate());
  const lines = ['NORTHWIND HARDWARE', 'ENTERPRISE (KEPONG)', 'SDN BHD 123456-X'];
  for (const deg of [3.5, -3.5]) {
    const c = createCanvas(700, 400);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#000';
    g.font = 'bold 34px "DejaVu Sans Mono"';
    lines.forEach((text, i) => {
      g.save();
      // each line turned about its own start, lines 34 px apart: no leading between them
      g.translate(40, 150 + i * 34);
      g.rotate((deg * Math.PI) / 180);
      g.fillText(text, 0, 0);
      g.restore();
    });
    const r = await ocr.recognize(await c.encode('png'));
    t.same(r.lines.map((l) => l.text), lines, `${deg} degrees: ${JSON.stringify(r.lines.map((l) => l.text))}`);
  }
});
