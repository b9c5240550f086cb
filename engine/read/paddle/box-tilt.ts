/**
 * @module engine/read/paddle/box-tilt
 * The text's tilt down a page, from the slopes the detector measured on its long boxes.
 *
 * A phone photo whose outline was not found (a shadow across the page, a table as light as the
 * paper) keeps its perspective: the text lines are tilted, and by a different amount at the top
 * and at the bottom of the page (3.4 degrees over a receipt's name, 1.9 over its footer, on a
 * generated photo). The whole-page estimate (../deskew.ts estimateSkew, a projection profile)
 * can miss such a page altogether (it gave 0 there, the table's grain dominating), and then a
 * price printed 900 px right of its label stands 45 px (a line) lower and is read with the next
 * label. The detector's slanted boxes (./detect-text.ts TextBox.slope: only boxes long enough
 * for the slope to show) measure the tilt where the text is. When enough of them agree, the tilt
 * is fitted as a straight function of the height on the page (least squares, each box weighted
 * by its width), which follows a perspective that narrows the page towards one end.
 *
 * Pure and total.
 */
import type { TextBox } from './detect-text.ts';

/** At least this many slanted boxes, all tilted the same way, before their tilt is believed. */
export const MIN_SLANTED = 3;
/**
 * And they make at least this share of the boxes long enough to show a tilt as small as theirs
 * (four times as wide as high): a stamp or a handwritten note among level print is no tilt of
 * the page.
 */
export const MIN_SLANTED_SHARE = 0.5;

/**
 * The tilt (dy/dx) at page height y (px) that the slanted boxes among `boxes` give, or null when
 * fewer than MIN_SLANTED are slanted, they do not all lean one way, or they are under
 * MIN_SLANTED_SHARE of the long boxes. Past the boxes the fitted line goes on, held within the
 * range they measured widened by its own width on either side.
 */
export function tiltFromBoxes(boxes: TextBox[]): ((y: number) => number) | null {
  const slanted = boxes.filter((b) => b.slope != null && b.slope !== 0);
  if (slanted.length < MIN_SLANTED) return null;
  const sign = Math.sign(slanted[0].slope!);
  if (slanted.some((b) => Math.sign(b.slope!) !== sign)) return null;
  const long = boxes.filter((b) => b.w >= 4 * b.h).length;
  if (slanted.length < MIN_SLANTED_SHARE * Math.max(long, slanted.length)) return null;
  let sw = 0, sy = 0, ss = 0, syy = 0, sys = 0;
  for (const b of slanted) {
    const w = b.w, y = b.y + b.h / 2, s = b.slope!;
    sw += w; sy += w * y; ss += w * s; syy += w * y * y; sys += w * y * s;
  }
  const den = sw * syy - sy * sy;
  const gradient = Math.abs(den) < 1e-9 ? 0 : (sw * sys - sy * ss) / den;
  const mean = ss / sw, meanY = sy / sw;
  // beyond the boxes the fit goes on (a perspective goes on flattening or steepening below the
  // header's boxes), but no further than the spread the boxes measured past either end
  const lo = Math.min(...slanted.map((b) => b.slope!)), hi = Math.max(...slanted.map((b) => b.slope!));
  const spread = hi - lo;
  return (y: number) => Math.max(lo - spread, Math.min(hi + spread, mean + gradient * (y - meanY)));
}
