/**
 * @module engine/extract/rate-column-before-amount
 * A tax rate column between an item's description and its figures ("Spaghetti carbonara      10%
 * 12,00", an Italian restaurant's IVA column): the rate is no word of the description. It is cut
 * only when a column gap (more than two character widths, ../parse/lines.ts columnGaps) sets it
 * apart from the description, so a rate that is part of a product's name ("H-MILCH 1,5% 7,38",
 * "Tejfol 20%") stays; a rate in brackets ("ALFAJOR TRIPLE (21,00%) 2.500,00", an Argentine
 * till's) is set apart by them. The tax derivation reads rates from the line's text, not from the
 * description (../derive/line-rates.ts), so nothing is lost. Source: a fresh tester's receipts.
 */
import { columnGaps, type DocLine } from '../parse/lines.ts';

/**
 * A percentage with two decimals in brackets closing the text, an Argentine till's item rate:
 * "(21,00%)", "(10,50 %)"; never a fat content of the name, "LECHE (3%)", "(1,5%)".
 */
const BRACKETED_LAST_RATE = /\s*\(\s*\d{1,2}[.,]\d{2}\s?%\s*\)\s*$/;
/** A percentage closing the text: "10%", "5,5 %". */
const LAST_RATE = /(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?\s?%\s*$/;

/**
 * Where the description of `line` ends when it would end at character `end`: the start of a
 * rate printed last before `end` behind a column gap, else `end` itself.
 */
export function rateColumnStart(line: DocLine, end: number): number {
  // (a rate in brackets, "ALFAJOR TRIPLE (21,00%) 2.500,00": the brackets set it apart, no gap needed)
  const b = BRACKETED_LAST_RATE.exec(line.text.slice(0, end));
  if (b && /\p{L}{2,}/u.test(line.text.slice(0, b.index))) return b.index;
  const m = LAST_RATE.exec(line.text.slice(0, end));
  if (!m || !columnGaps(line).includes(m.index - 1) || !/\p{L}{2,}/u.test(line.text.slice(0, m.index))) return end;
  return m.index;
}
