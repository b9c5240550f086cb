/**
 * @module test/engine/read/paddle/box-tilt
 * The detector's slanted boxes give the page's tilt where the text is, as a function of the
 * height on the page (a photo's perspective), when enough of them agree; otherwise there is none.
 */
import t from 'tap';
import { tiltFromBoxes } from '../../../../engine/read/paddle/box-tilt.ts';
import type { TextBox } from '../../../../engine/read/paddle/detect-text.ts';

const box = (y: number, slope?: number, w = 280, h = 50): TextBox => ({ x: 600, y, w, h, ...(slope == null ? {} : { slope }) });

t.test('a perspective: the tilt falls from top to bottom as the boxes measured it', async (t) => {
  // a generated receipt photo: 0.060 over the name, 0.033 over the footer
  const tilt = tiltFromBoxes([box(300, 0.06), box(338, 0.056), box(377, 0.052), box(415), box(456), box(532, 0.039), box(572, 0.035), box(730, 0.033)]);
  t.ok(tilt);
  t.ok(Math.abs(tilt!(420) - 0.05) < 0.006, `about 0.05 at the first items (${tilt!(420).toFixed(4)})`);
  t.ok(tilt!(320) > tilt!(700), 'steeper at the top');
  t.ok(Math.abs(tilt!(5000) - (0.033 - 0.027)) < 1e-9 && Math.abs(tilt!(-5000) - (0.06 + 0.027)) < 1e-9, 'far from the boxes, held within the measured range widened by its width');
});

t.test('below a header whose boxes flatten fast (a strong perspective), the fit goes on flattening', async (t) => {
  const tilt = tiltFromBoxes([box(228, 0.0419, 299, 55), box(266, 0.0447, 182, 48), box(382, 0.0171, 374, 46)]);
  t.ok(tilt && Math.abs(tilt(500)) < 0.01, `nearly level by the totals (${tilt?.(500).toFixed(4)})`);
});

t.test('no tilt from too few boxes, boxes leaning both ways, or a few slanted among many level long boxes', async (t) => {
  t.equal(tiltFromBoxes([box(100, 0.05), box(200, 0.05)]), null, 'two boxes');
  t.equal(tiltFromBoxes([box(100, 0.05), box(200, -0.04), box(300, 0.05)]), null, 'both ways');
  t.equal(tiltFromBoxes([box(100, 0.05), box(200, 0.05), box(300, 0.05), ...[400, 450, 500, 550, 600, 650, 700].map((y) => box(y))]), null, 'a stamp among level print');
  t.equal(tiltFromBoxes([]), null);
});
