/**
 * @module engine/read/paddle/dropped-pound
 * A pound sign PP-OCR read as nothing, put back from the page's pixels.
 *
 * The recogniser's alphabet has no `£` (./missing-glyphs.ts). When it does not read the sign as
 * an `f`, it drops it: "£25,655.47" comes back "25,655.47", the word's box starting at the first
 * digit, and the figure carries no currency (a fresh tester's scanned invoice in pounds came back
 * in euros, from a buyer's "S.p.A."). The sign's ink is still on the page, glued left of the
 * figure and covered by no word. It is a pound sign when its shape says so, measured on its ink:
 * - as tall as the figure's first digit or nearly (at least 0.8 of its ink's height) and as wide as a
 *   digit or so (0.5 to 1.6 of the figure's mean character width), glued (a gap of at most half a
 *   character) and with blank page left of it;
 * - a foot: in its bottom fifth, a row of ink over at least 0.7 of its width that starts at its
 *   left edge (within a fifth of its width: a euro sign's bottom curve starts right of its bars);
 * - no bar on top: its top rows hold ink over at most 0.8 of its width (an `E` or a `Z` do);
 * - a stem with a crossbar: between 30 % and 75 % of its height, rows of ink over at most 0.45
 *   of its width and one over at least half of it (a `2` or an `L` have no crossbar).
 * A euro sign (a C with two bars) has no foot, so a dropped `€` stays dropped, as it was; a
 * letter or digit the recogniser read is part of its word, and a word that is not a bare figure
 * with two decimals is left alone. Pure: the lines are returned new, one `£` glued before the
 * figure in the word's and the line's text (the word's box grown left over the sign).
 */
import type { Box, Line, Word } from '../../types.ts';
import type { GreyPage } from './detect-text.ts';

/** A figure with two decimals, nothing before it ("25,655.47", "1.080,00", "5.50"). */
const BARE_FIGURE = /^\d{1,3}(?:[,.' ]?\d{3})*[.,]\d{2}$/;
/** A currency sign or code that already stands before the word. */
const SIGN_BEFORE = /(?:[£€$¥₹]|(?<!\p{L})(?:EUR|USD|GBP|CHF|PLN|SGD|MYR|AUD|CAD|NZD|INR|ZAR|RM|Rs\.?|zł|kr))\s*$/u;

/** Whether the grey pixel at (x, y) is ink (darker than mid grey); off the page is blank. */
function ink(page: GreyPage, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= page.width || y >= page.height) return false;
  return page.data[(Math.floor(y) * page.width + Math.floor(x)) * 4] < 128;
}

/** The ink box of a glyph glued left of `box` (rows of the box), or null when none is there as a pound sign would be. */
function gluedGlyph(page: GreyPage, box: Box, charW: number, before: Box | null): Box | null {
  const y0 = Math.max(0, Math.round(box.y)), y1 = Math.min(page.height - 1, Math.round(box.y + box.h));
  const colInk = (x: number) => { for (let y = y0; y <= y1; y++) if (ink(page, x, y)) return true; return false; };
  let x = Math.round(box.x) - 1;
  // the figure's own first stroke may start a pixel or two left of its box
  while (x > box.x - charW * 0.3 && colInk(x)) x--;
  const gapEnd = x;
  while (x > gapEnd - charW * 0.5 && !colInk(x)) x--;
  if (!colInk(x)) return null;
  const right = x;
  while (x > right - charW * 1.8 && colInk(x)) x--;
  if (colInk(x)) return null;
  const left = x + 1;
  const w = right - left + 1;
  if (w < charW * 0.5 || w > charW * 1.6) return null;
  if (before && before.x + before.w > left - 1) return null;
  // blank page just left of it: a sign, not the end of a longer word the recogniser missed
  for (let bx = left - 1; bx > left - 1 - charW * 0.4; bx--) if (colInk(bx)) return null;
  let top = -1, bottom = -1;
  for (let y = y0; y <= y1; y++) {
    for (let cx = left; cx <= right; cx++) if (ink(page, cx, y)) { if (top < 0) top = y; bottom = y; break; }
  }
  // as tall as the figure's first digit, or nearly
  let dTop = -1, dBottom = -1;
  for (let y = y0; y <= y1; y++) {
    for (let cx = Math.round(box.x); cx <= box.x + charW; cx++) if (ink(page, cx, y)) { if (dTop < 0) dTop = y; dBottom = y; break; }
  }
  if (top < 0 || dTop < 0 || bottom - top + 1 < (dBottom - dTop + 1) * 0.8) return null;
  return { x: left, y: top, w, h: bottom - top + 1 };
}

/** The ink of a row of a glyph's box, as a share of its width (dark pixels; a curve's two sides count only their strokes). */
function rowSpan(page: GreyPage, g: Box, y: number): number {
  let n = 0;
  for (let x = g.x; x < g.x + g.w; x++) if (ink(page, x, y)) n++;
  return n / g.w;
}

/** How far right of a glyph box's left edge a row's first dark pixel is, in pixels (its width when the row is blank). */
function firstInk(page: GreyPage, g: Box, y: number): number {
  for (let x = g.x; x < g.x + g.w; x++) if (ink(page, x, y)) return x - g.x;
  return g.w;
}

/** Whether a glyph's ink has a pound sign's shape (see the module's note). */
export function poundShaped(page: GreyPage, g: Box): boolean {
  const rows = (from: number, to: number) => {
    const out: number[] = [];
    for (let y = g.y + Math.floor(g.h * from); y <= g.y + Math.ceil(g.h * to) - 1 && y < g.y + g.h; y++) out.push(rowSpan(page, g, y));
    return out;
  };
  // the foot starts at the sign's left edge (a euro sign's bottom curve starts right of its bars)
  const footRows = [];
  for (let y = g.y + Math.floor(g.h * 0.8); y < g.y + g.h; y++) if (firstInk(page, g, y) <= g.w * 0.2) footRows.push(rowSpan(page, g, y));
  const foot = Math.max(0, ...footRows);
  const head = Math.max(...rows(0, 0.15));
  const middle = rows(0.3, 0.75);
  const stem = middle.filter((s) => s > 0 && s <= 0.45).length;
  const bar = middle.some((s) => s >= 0.5);
  return foot >= 0.7 && head <= 0.8 && bar && stem >= middle.length / 3;
}

/**
 * The lines with a `£` put back before each bare figure whose dropped sign's ink is a pound
 * sign's (see the module's note); lines without one are returned as they are.
 */
export function withDroppedPounds(lines: Line[], page: GreyPage): Line[] {
  return lines.map((l) => {
    let changed = false;
    let text = l.text;
    let searchFrom = 0;
    const words: Word[] = l.words.map((w, i) => {
      const at = text.indexOf(w.text, searchFrom);
      searchFrom = at < 0 ? searchFrom : at + w.text.length;
      if (!BARE_FIGURE.test(w.text) || at < 0 || SIGN_BEFORE.test(text.slice(0, at))) return w;
      const charW = w.box.w / w.text.length;
      const g = gluedGlyph(page, w.box, charW, i > 0 ? l.words[i - 1].box : null);
      if (!g || !poundShaped(page, g)) return w;
      changed = true;
      text = `${text.slice(0, at)}£${text.slice(at)}`;
      searchFrom += 1;
      return { ...w, text: `£${w.text}`, box: { ...w.box, x: g.x, w: w.box.x + w.box.w - g.x } };
    });
    return changed ? { ...l, text, words } : l;
  });
}
