/**
 * @module engine/extract/item-sequence-number
 * The item numbers a till prints before each name, counting the lines down the receipt ("001 PAO
 * FRANCES KG", "002 CAFE EXPRESSO", "003 BOLO ...", as Brazilian cupons print their "#" column; a
 * scan may lose the zeros, "3 BOLO", or add a speck, "001 . PAO"): no word of the description
 * (EN 16931 BT-153) and no quantity. A leading number is such an item number when the numbers
 * count the items: two items or more open with a number, and every such number is the item's
 * place in the list (1, 2, 3...), or is zero-padded ("001") on a list where two or more are.
 * Source: a fresh tester's Brazilian cupom, whose names kept "001 .", "002", "3", "004".
 */

/** A leading number (1-4 digits), a speck after it or none, a space, then a letter. */
const LEADING = /^\s*(\d{1,4})\s*[.·:)]?\s+(?=\p{L})/u;

/**
 * `descriptions` (the items' names in list order, null for none) without their item numbers,
 * when the numbers count the items (see the module's note); the names as they are otherwise.
 */
export function withoutItemNumbers(descriptions: (string | null)[]): (string | null)[] {
  const numbers = descriptions.map((d) => (d ? LEADING.exec(d) : null));
  const placed = numbers.filter((m, i) => m && Number(m[1]) === i + 1).length;
  const padded = numbers.filter((m) => m && /^0\d/.test(m[1])).length;
  const numbered = numbers.filter((m) => m).length;
  if (numbered < 2) return descriptions;
  const counts = placed === numbered || (padded >= 2 && numbers.every((m, i) => !m || /^0\d/.test(m[1]) || Number(m[1]) === i + 1));
  if (!counts) return descriptions;
  return descriptions.map((d, i) => (d && numbers[i] ? d.slice(numbers[i]![0].length) : d));
}
