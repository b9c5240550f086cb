/**
 * @module engine/read/side-by-side
 * Finds documents laid side by side in one image (two or three receipts scanned or photographed
 * together), so that each is read on its own: PSM 6 reads a page row by row, and across two
 * receipts a row holds the halves of two unrelated lines ("TOTAL 12.50   Date: 03/04/24").
 *
 * On the grey page whose paper is already white (./enhance.ts), a split is a band of blank
 * columns (no more than a few specks of ink) at least MIN_GAP of the width wide, with ink on
 * both sides that looks like a document of its own: at least MIN_WIDTH of the page wide (a
 * scanner's dark border is not; measured: one dev scan has a 26 px strip at its edge), at least
 * MIN_SHARE of the page's ink and ink on rows spanning at least MIN_SPAN of its inked height. A single receipt never
 * has such a band (its centred header, its totals and its rules cross the gap between the item
 * and price columns), and the blank paper or table around a receipt has no ink on one side.
 * Pure and total, O(pixels).
 */
import type { Box } from '../types.ts';

const MIN_GAP = 0.02;
const MIN_SHARE = 0.2;
const MIN_SPAN = 0.5;
/** A part narrower than this share of the width is an edge (a scanner's dark border, a torn margin), not a document. */
const MIN_WIDTH = 0.15;

/** The parts (full height, left to right) of grey RGBA `data` (w x h); one part when there is no split. */
export function sideBySideParts(data: Uint8ClampedArray | Uint8Array, w: number, h: number): Box[] {
  const whole = [{ x: 0, y: 0, w, h }];
  if (w < 64 || h < 64) return whole;
  const colInk = new Uint32Array(w);
  const rowFirst = new Int32Array(h).fill(-1);
  const rowLast = new Int32Array(h).fill(-1);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[(y * w + x) * 4] >= 128) continue;
      colInk[x]++;
      if (rowFirst[y] < 0) rowFirst[y] = x;
      rowLast[y] = x;
    }
  }
  const speck = Math.max(2, Math.round(h * 0.002));
  const minGap = Math.max(12, Math.round(w * MIN_GAP));
  // blank column runs strictly inside the inked width
  const gaps: Array<[number, number]> = [];
  let start = -1;
  for (let x = 0; x <= w; x++) {
    const blank = x < w && colInk[x] <= speck;
    if (blank && start < 0) start = x;
    if (!blank && start >= 0) {
      if (start > 0 && x < w && x - start >= minGap) gaps.push([start, x]);
      start = -1;
    }
  }
  if (!gaps.length) return whole;
  // cut at the middle of each gap, then keep only cuts whose two sides both look like documents
  const cuts = gaps.map(([a, b]) => Math.round((a + b) / 2));
  const total = colInk.reduce((s, v) => s + v, 0);
  const inkRows = (x0: number, x1: number) => {
    let top = -1, bottom = -1;
    for (let y = 0; y < h; y++) {
      if (rowFirst[y] < 0 || rowLast[y] < x0 || rowFirst[y] >= x1) continue;
      let any = false;
      for (let x = x0; x < x1 && !any; x++) any = data[(y * w + x) * 4] < 128;
      if (!any) continue;
      if (top < 0) top = y;
      bottom = y;
    }
    return top < 0 ? 0 : bottom - top + 1;
  };
  const pageSpan = inkRows(0, w);
  const looksLikeDocument = (x0: number, x1: number) => {
    let ink = 0;
    for (let x = x0; x < x1; x++) ink += colInk[x];
    return x1 - x0 >= MIN_WIDTH * w && ink >= MIN_SHARE * total && inkRows(x0, x1) >= MIN_SPAN * pageSpan;
  };
  const kept: number[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i++) {
    const next = cuts[i + 1] ?? w;
    if (looksLikeDocument(from, cuts[i]) && looksLikeDocument(cuts[i], next)) {
      kept.push(cuts[i]);
      from = cuts[i];
    }
  }
  if (!kept.length) return whole;
  const edges = [0, ...kept, w];
  return edges.slice(1).map((x1, i) => ({ x: edges[i], y: 0, w: x1 - edges[i], h }));
}
