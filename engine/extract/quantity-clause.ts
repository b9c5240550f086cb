/**
 * @module engine/extract/quantity-clause
 * A till's quantity clause, "4 x 15.04" (a count, a times sign, a unit price), as a scan or a
 * photo reads it: glued ("4x15.04", "4x 15.04", "4 X15.04"), with another times sign ("4 × 15.04",
 * "4 * 15.04"), a decimal comma ("4 x 15,04"), or the x read as a look-alike letter (k, K, y, Y,
 * Cyrillic х, Greek χ). A look-alike is only a times sign because the count times the unit price
 * must make the line's amount: the caller gives that amount and nothing else is accepted. So is
 * a unit price whose leading 1 a scan read as an l, an I or a bar ("1xl.22": withOneForL).
 *
 * On a page whose currency prints whole amounts (../parse/minor-unit.ts: the forint, the yen...)
 * the unit price has no decimals and may group its thousands with a space ("1x1 841 1 841 B",
 * "3x2 756 8 268 B", "1x639 639 C"): `whole` reads it so, and the product must make the amount
 * exactly; where the groups could end (is "1x1 841 1 841" 1 x 1 or 1 x 1841?) the product decides.
 *
 * A negative amount a clause makes with its count negated is a return: "Leergut -6x0,15 -0,90",
 * "Leergut 12x0,08 -0,96" (empties given back), "Retour -2 x 1,99 -3,98". The quantity is then the
 * negative count at the positive unit price (EN 16931 BR-27: an item's net price is never
 * negative, its quantity BT-129 may be), and a minus glued before the count is the clause's.
 */

/**
 * The times sign and its OCR look-alikes, between a count and a unit price; and the at sign of the
 * US and South African tills' "2 @ 17.99" (two at 17.99 each).
 */
const TIMES = String.raw`[xX×*kKyYхХχ@]`;
/** A currency sign a till prints before the unit price after the at or times sign ("2 @ R17.99", "2 @ $17.99", "2 x €1,99"). */
const PRICE_SIGN = String.raw`(?:(?:R|\$|€|£)\s?)?`;
/** A per-unit word after the unit price ("2 @ 17.99 EA", "3 @ 2.66 each", "2 @ 1.50/ea"): part of the clause. */
const PER_UNIT = String.raw`(?:\s*\/?\s*(?:ea|each|EA|EACH|Ea|Each)(?![\p{L}]))?`;
/**
 * The unit price's leading 1 read as an l, an I or a bar right after the times sign ("1xl.22",
 * "3xl.81", "2 x I.50"): read as the 1 it is (the product still decides). The text keeps its length.
 */
function withOneForL(text: string): string {
  return text.replace(/(?<=\d\s?[xX×*]\s?)[lI|](?=\d{0,2}[.,]\d{2}(?!\d))/g, '1');
}

/**
 * A count's unit word between the count and the times sign ("2 AD X 12,50", "3 ADET X 7,50",
 * "2 UN X 1,25", "2 szt x 3,49", "3 ks x 12,90", "2 St. x 1,99"), as Turkish, Portuguese,
 * Italian, Polish, Czech and German tills print the quantity line above their item: pieces in
 * the languages read (TR ad/adet, EN pcs/pc/ea, DE st/stk/stck/stück, PL szt, CS/SK ks, FI kpl,
 * HU db, PT/ES un/und/ud/uds, AR u (unidades: "2,000 u. x 1.250,00"), IT pz/pzi, RO buc, HR kom, SL kos, ET tk, LT vnt,
 * LV gab), in either case.
 */
const COUNT_WORD = ['ad', 'adet', 'pcs', 'pc', 'ea', 'st', 'stk', 'stck', 'stück', 'szt', 'ks', 'kpl', 'db', 'un', 'und', 'ud', 'uds', 'u', 'pz', 'pzi', 'buc', 'kom', 'kos', 'tk', 'vnt', 'gab']
  .map((w) => [...w].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|');
const UNIT_WORD = String.raw`(?:\s*(?:${COUNT_WORD})\.?(?=\s))?`;

/**
 * A count of 1-3 digits (printed with zero decimals or not: "1.00 X 15.90", a Malaysian till's
 * quantity column), its unit word or not, the times sign, a unit price with two decimals
 * (point or comma; a currency sign before it, a per-unit word after it, or none), spaces or not between them.
 */
const CLAUSE = new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,3})(?:[.,]0{2,3})?${UNIT_WORD}\s*${TIMES}\s*${PRICE_SIGN}(\d{1,3}(?:[.,]\d{3})*|\d+)([.,])(\d{2})(?![\d])${PER_UNIT}`, 'gu');

/**
 * A count, its unit word or not, the times sign, a whole unit price whose thousands may be grouped
 * with spaces (the caller tries each place it may end), or with commas or dots, as Korean and
 * Japanese tills group won and yen ("3 x 1,500", "2 x 1,700": one number, groups of three to its end).
 */
const WHOLE_CLAUSE = new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,3})${UNIT_WORD}\s*${TIMES}\s*(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)(?![\d]|[.,]\d)`, 'gu');

/**
 * The unit price first, after an at sign, then the times sign and the count ("@150 x 2", "@ 1.50 x 3",
 * "@150×2個": a Japanese till's row under its item's name, the unit price at 150 yen, two of them):
 * the count is the figure after the times sign, never the price (read as a count-first clause, "150 x 2"
 * made 150 items at 2). A piece word after the count (個, pcs, ea) is part of the clause.
 */
const AT_PRICE_FIRST = new RegExp(String.raw`@\s*${PRICE_SIGN}(\d{1,3}(?:[.,]\d{3})*|\d+)(?:([.,])(\d{2}))?(?![\d])\s*[xX×*]\s*(\d{1,3})(?:\s*(?:個|点|pcs|pc|ea)(?![\p{L}]))?(?![\d]|[.,]\d)`, 'gu');

/** The at-sign clause of `text` (AT_PRICE_FIRST) whose product makes `amount` (see quantityClause), or null. */
function atPriceFirst(text: string, amount: number | null, whole: boolean): QuantityClause | null {
  for (const m of text.matchAll(AT_PRICE_FIRST)) {
    if (whole === (m[3] !== undefined)) continue;
    const quantity = Number(m[4]);
    const unitPrice = Number(m[3] === undefined ? m[1].replace(/[.,]/g, '') : `${m[1].replace(/[.,]/g, '')}.${m[3]}`);
    const start = m.index!, end = start + m[0].length;
    if (quantity <= 0) continue;
    if (amount == null ? /\S/.test(text.slice(0, start) + text.slice(end)) : Math.abs(quantity * unitPrice - amount) > (whole ? 0 : 0.011)) continue;
    return { quantity, unitPrice, start, end };
  }
  return null;
}

/**
 * An item's VAT rate in brackets after a quantity line, alone to the line's end ("2,000 x
 * 1.250,00 (21,00)", "(21%)"), as Argentine tills print it (the rate of the item under the line).
 */
const BRACKETED_RATE = /^\s*\(\s*\d{1,2}(?:[.,]\d{1,2})?\s?%?\s*\)\s*$/;

export interface QuantityClause {
  /** The count (whole, 1-999; negative for a return, see the module comment). */
  quantity: number;
  /** The unit price, in the line's currency. */
  unitPrice: number;
  /** Character span of the clause in the text. */
  start: number;
  end: number;
}

/**
 * The quantity clause in `text` whose count x unit price makes `amount` within a cent (the
 * guard against a misread: "2 k 3.50" next to 7.00 is a clause, next to 7.50 it is not); null
 * when there is none. `amount` null: any clause of a text that holds nothing else but spaces
 * (a quantity line printed above its item, whose amount comes with the next line; the caller
 * checks the product there). Thousands separators in the unit price are read as such ("2 x 1.250,00").
 */
export function quantityClause(text: string, amount: number | null, whole = false): QuantityClause | null {
  // (the unit price first after an at sign, "@150 x 2": AT_PRICE_FIRST)
  const at = atPriceFirst(text, amount, whole);
  if (at) return at;
  if (whole) return wholeClause(text, amount);
  for (const m of withOneForL(text).matchAll(CLAUSE)) {
    const count = Number(m[1]);
    const unitPrice = Number(`${m[2].replace(/[.,]/g, '')}.${m[4]}`);
    let start = m.index!;
    const end = start + m[0].length;
    if (count <= 0) continue;
    if (amount == null) {
      // (the item's VAT rate in brackets may follow it on its line, "2,000 x 1.250,00 (21,00)": an Argentine till's)
      if (/\S/.test(text.slice(0, start) + text.slice(end).replace(BRACKETED_RATE, ''))) continue;
      return { quantity: count, unitPrice, start, end };
    }
    if (Math.abs(count * unitPrice - amount) <= 0.011) return { quantity: count, unitPrice, start, end };
    // (a return: the count negated makes the negative amount, its minus glued before it or none)
    if (amount < 0 && Math.abs(count * unitPrice + amount) <= 0.011) {
      if (/[-−]$/.test(text.slice(0, start))) start--;
      return { quantity: -count, unitPrice, start, end };
    }
  }
  return null;
}

/**
 * The whole-money clause (see the module comment) in `text` whose count x unit price is `amount`
 * exactly; with `amount` null, a clause that is all the text holds (no other figure to decide where
 * its groups end: the unit price is read whole).
 */
function wholeClause(text: string, amount: number | null): QuantityClause | null {
  for (const m of text.matchAll(WHOLE_CLAUSE)) {
    const quantity = Number(m[1]);
    if (quantity <= 0) continue;
    const start = m.index!;
    const priceAt = start + m[0].length - m[2].length;
    // (grouped with commas or dots: one number, whose end the pattern fixed)
    if (/[.,]/.test(m[2])) {
      const unitPrice = Number(m[2].replace(/[.,]/g, '')), end = priceAt + m[2].length;
      if (amount == null ? !/\S/.test(text.slice(0, start) + text.slice(end)) : quantity * unitPrice === amount) return { quantity, unitPrice, start, end };
      continue;
    }
    const groups = m[2].split(/[ \u00a0\u202f]/);
    for (let k = groups.length; k >= 1; k--) {
      const unitPrice = Number(groups.slice(0, k).join(''));
      const end = priceAt + groups.slice(0, k).join(' ').length;
      if (amount == null ? k === groups.length && !/\S/.test(text.slice(0, start) + text.slice(end)) : quantity * unitPrice === amount) return { quantity, unitPrice, start, end };
    }
  }
  return null;
}
