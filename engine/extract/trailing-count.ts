/**
 * @module engine/extract/trailing-count
 * A till's count printed after the item's name with its times sign, before or after it ("Milch x2
 * 2,38", "Milch 2x 2,38", "Milch x 2 2,38"): the line's quantity (EN 16931 BT-129), no word of its
 * description (BT-153); the unit price then follows from the line total (engine/derive). A pack's
 * size is printed alike ("Eier x6 2,30"), so the count counts only where it divides the line total
 * into whole cents (2,38 / 2 = 1,19; 2,30 / 6 does not): a unit price is a whole number of cents.
 * Figures after the sign (a dimension, "4x40", a pack "6x0,33l") are no count. A cover charge's
 * bare count ("Coperto 2 4,00") is ./cover-count.ts's. Pure.
 */

/** The count ending the name: "x2", "x 2", "×2", "2x", "2 x" (1 to 99). */
const COUNT = /\s+(?:[x×]\s?(\d{1,2})|(\d{1,2})\s?[x×])\s*$/iu;

/**
 * The count ending `name` (a row's description) and the name without it, given the line's
 * `total` (its money, in the currency's units); null when `name` ends in none, the name left holds
 * no word, or the count does not divide `total` into whole cents.
 */
export function trailingCount(name: string, total: number): { count: number; name: string } | null {
  const m = COUNT.exec(name);
  if (!m) return null;
  const count = Number(m[1] ?? m[2]);
  const rest = name.slice(0, m.index).trim();
  if (!(count >= 1) || !/\p{L}{2,}/u.test(rest) || !(total > 0)) return null;
  const cents = Math.round(total * 100);
  return Math.abs(total * 100 - cents) < 1e-6 && cents % count === 0 ? { count, name: rest } : null;
}
