/**
 * @module engine/derive/tax-classes
 * Tax classes of a till roll: the table line that gives each class letter its rate
 * ("A= 7,0% 33,03 2,31 35,34", "PTU B 23% ...", "B 20% ...") and the letter printed after each
 * item's price ("BUTTER 2,92 A"). With both, each line's rate is printed, not guessed. Pure.
 */

/** A class letter at the start of a line, then its rate: "A= 7,0%", "PTU B 23%", "B 20 %". */
const CLASS_RATE = /^\s*(?:ptu\s+)?([A-H])\s?[=:]?\s*(\d{1,2}(?:[.,]\d{1,2})?)\s?%/i;
/** A price ending a line with its class letter after it: "2,92 A", "17,00A". */
const MARKED_PRICE = /(\d+[.,]\d{2})\s?([A-H])\s*$/;

/** Class letter (upper case) -> rate (fraction), from the table lines of `text`; a letter given two rates is dropped. */
export function classRates(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const bad = new Set<string>();
  for (const line of text.split('\n')) {
    const m = CLASS_RATE.exec(line);
    if (!m || !/\d[.,]\d{2}/.test(line.slice(m[0].length))) continue;
    const c = m[1].toUpperCase(), r = Number(m[2].replace(',', '.')) / 100;
    if (r < 0 || r > 0.3) continue;
    if (out.has(c) && Math.abs(out.get(c)! - r) > 1e-9) bad.add(c);
    out.set(c, r);
  }
  for (const c of bad) out.delete(c);
  return out;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The class letter of each item, in order, or null when some item's mark is not found: a
 * line of `text` that names the item's description (or, for a price printed under a
 * quantity line, the line itself) and ends with its total and a letter. Each text line is
 * used once, in page order.
 */
export function itemClassMarks(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): string[] | null {
  const lines = text.split('\n').map((l) => ({ l, f: fold(l), m: MARKED_PRICE.exec(l) }));
  const marks: string[] = [];
  let from = 0;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const desc = fold(it.description ?? '');
    const i = lines.findIndex((x, k) => k >= from && x.m && Math.abs(Number(x.m[1].replace(',', '.')) - it.totalAmount!) < 0.005 && (!desc || x.f.includes(desc)));
    if (i < 0) return null;
    marks.push(lines[i].m![2].toUpperCase());
    from = i + 1;
  }
  return marks;
}
