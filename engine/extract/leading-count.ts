/**
 * @module engine/extract/leading-count
 * A till row's count printed before the item's name, glued to its times sign or a space after it
 * ("2x Grote friet 8,40 A", "3X Cola 33cl 5,20 B", "2×Flat white 6.40"): the count is the line's
 * quantity (EN 16931 BT-129) and no word of its description (BT-153). Figures after the sign
 * (4x4, a dimension) are no count. Source: a nineteenth tester's Belgian chip-shop slip, whose
 * "2x" stayed in the name with a quantity of 1.
 */

/** A count of 1 to 999, its times sign (x, X, ×), then a letter. */
const COUNT_FIRST = /^\s*(\d{1,3})\s?[xX×]\s*(?=\p{L})(.*)$/u;

/** The count opening `description` and the name after it, or null when it opens with none. */
export function leadingCount(description: string): { count: number; name: string } | null {
  const m = COUNT_FIRST.exec(description);
  if (!m) return null;
  const count = Number(m[1]);
  const name = m[2].trim();
  return count > 0 && /\p{L}{2,}/u.test(name) ? { count, name } : null;
}
