/**
 * @module engine/parse/rate-section-subtotal
 * A rate section's subtotal: some slips print their items in sections, one per tax rate, each
 * closed by a row naming the rate and the section's amount ("Total 0% supplies: 23.83" under the
 * zero-rated bread, "Total 6% supplies (excl. GST): 12.00" under the taxed cakes, a Malaysian
 * bakery's delivery slips). Such a row opens with a total word, prints one percentage and, after
 * it, one money figure: the sum of the section's items (EN 16931 BT-116, the taxable amount of a
 * VAT category). Whether it closes a section is the caller's to prove (its figure the sum of the
 * items above it); a tax row ("GST 6% 0.72") opens with no total word and is none. Pure.
 */
import { findAmounts } from './amounts.ts';
import { fold } from './lines.ts';

/** A total word opening the row: "Total", "Sub-total", "Subtotal", "Jumlah". */
const OPENS_TOTAL = /^\s*(?:sub[\s-]?)?total\b|^\s*jumlah\b/;
/** One percentage: "0%", "6 %", "9.5%" (the figure captured). */
const PERCENT = /(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%/g;

/** A rate section's subtotal row: the section's rate (a fraction, 0.06 for "6%") and its amount (currency units). */
export interface RateSectionSubtotal {
  rate: number;
  value: number;
  /** True when the row says the amount includes the tax ("(Inc. GST)", "incl."). */
  inclusive: boolean;
}

/**
 * The rate and figure of a rate section's subtotal row (`text`: the row as printed), or null when
 * it is none: a total word first, exactly one percentage, one money figure (two decimals) after it.
 */
export function rateSectionSubtotal(text: string): RateSectionSubtotal | null {
  const folded = fold(text);
  if (!OPENS_TOTAL.test(folded)) return null;
  const rates = [...folded.matchAll(PERCENT)];
  if (rates.length !== 1) return null;
  const after = rates[0].index! + rates[0][0].length;
  const money = findAmounts(text).filter((a) => a.start >= after && a.decimals === 2 && !/^\s?%/.test(text.slice(a.end)));
  if (money.length !== 1) return null;
  return { rate: Number(rates[0][1].replace(',', '.')) / 100, value: money[0].value, inclusive: /\binc(?:l|lusive)?\b\.?/.test(folded.slice(after)) && !/\bexc/.test(folded.slice(after)) };
}
