/**
 * @module engine/extract/rejoin-parts
 * One receipt that the reader cut into parts side by side (engine/read/side-by-side: a wide blank
 * band between a till slip's labels and its figures looks like the gap between two receipts),
 * put back together: every line of the later parts is moved into the first part's pixels (by the
 * parts' `origin`), and a line of a later part that stands on the same row as a line to its left
 * is joined to it, so "TOTAL:" and its figure "43.90" are one line again. A figure printed in
 * large type that OCR read as two pieces on that row ("43" and ".90"), and a word the cut went
 * through ("DATE: 2" | "4/05/2018"), are joined without a space.
 * Callers use it only when the parts are not each a whole receipt: the receipt rules when the
 * parts hold one receipt, the invoice rules always (an invoice is one document; a fresh tester's
 * scanned invoice in yen, cut between its item names and its figures, lost its line items).
 */
import type { DocumentReading, Line, PageReading, Word } from '../types.ts';
import { yOverlap } from '../parse/lines.ts';

/** Whether the reading is one image read as parts side by side (every page has an origin). */
export function isSideBySide(reading: DocumentReading): boolean {
  return reading.kind === 'image' && reading.pages.length > 1 && reading.pages.every((p) => p.origin);
}

function shifted(line: Line, dx: number, dy: number): Line {
  const move = <T extends { box: Line['box'] }>(o: T): T => ({ ...o, box: { ...o.box, x: o.box.x + dx, y: o.box.y + dy } });
  return { ...move(line), words: line.words.map((w: Word) => move(w)) };
}

/**
 * Joins `pieces` (left to right, one row) into one line. Without a space: a ".90" touching a "43",
 * and the two halves of a word the cut went through ("DATE: 2" ending at the cut, "4/05/2018"
 * starting at it). `cuts`: the x of each cut, in the same pixels.
 */
function joined(pieces: Line[], cuts: number[]): Line {
  let text = pieces[0].text;
  for (let i = 1; i < pieces.length; i++) {
    const prev = pieces[i - 1], cur = pieces[i];
    const touching = cur.box.x <= prev.box.x + prev.box.w + Math.max(4, cur.box.h * 0.3);
    const cutThrough = cuts.some((x) => Math.abs(cur.box.x - x) <= 2 && Math.abs(prev.box.x + prev.box.w - x) <= 2) && /[\p{L}\d]$/u.test(text) && /^[\p{L}\d]/u.test(cur.text);
    text += cutThrough || (touching && /\d$/.test(text) && /^[.,]\d/.test(cur.text)) ? cur.text : ` ${cur.text}`;
  }
  const x0 = Math.min(...pieces.map((p) => p.box.x)), y0 = Math.min(...pieces.map((p) => p.box.y));
  const x1 = Math.max(...pieces.map((p) => p.box.x + p.box.w)), y1 = Math.max(...pieces.map((p) => p.box.y + p.box.h));
  return { text, words: pieces.flatMap((p) => p.words), box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } };
}

/**
 * The parts of a side-by-side reading as one page in the first part's pixels (its page number
 * and origin, so field boxes still map back to the image), rows rejoined. Readings that are not
 * side by side are returned as they are.
 */
export function rejoinParts(reading: DocumentReading): DocumentReading {
  if (!isSideBySide(reading)) return reading;
  const first = reading.pages[0];
  const o = first.origin!;
  const all = reading.pages.flatMap((p: PageReading, part) =>
    p.lines.filter((l) => l.text.trim()).map((l) => ({ part, line: shifted(l, p.origin!.x - o.x, p.origin!.y - o.y) })));
  const cuts = reading.pages.slice(1).map((p) => p.origin!.x - o.x);
  // each line of a later part joins the line of an earlier part that shares its row and ends left of it
  const rows = new Map<Line, Line[]>();
  const joinedTo = new Set<Line>();
  for (const c of all) {
    if (c.part === 0) continue;
    const mid = c.line.box.x + c.line.box.w / 2;
    const host = all.filter((h) => h.part < c.part && !joinedTo.has(h.line) && h.line.box.x + h.line.box.w <= mid && yOverlap(h.line.box, c.line.box) > 0.5)
      .sort((a, b) => yOverlap(b.line.box, c.line.box) - yOverlap(a.line.box, c.line.box))[0];
    if (!host) continue;
    rows.set(host.line, [...(rows.get(host.line) ?? []), c.line]);
    joinedTo.add(c.line);
  }
  const lines = all.filter((c) => !joinedTo.has(c.line))
    .map((c) => (rows.has(c.line) ? joined([c.line, ...rows.get(c.line)!.sort((a, b) => a.box.x - b.box.x)], cuts) : c.line))
    .sort((a, b) => a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2) || a.box.x - b.box.x);
  const width = Math.max(...reading.pages.map((p) => p.origin!.x - o.x + p.width));
  const height = Math.max(...reading.pages.map((p) => p.origin!.y - o.y + p.height));
  return { ...reading, pages: [{ ...first, width, height, lines }] };
}
