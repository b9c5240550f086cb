/**
 * @module engine/extract/rupee-read-as-three
 * OCR reads the rupee sign ₹ as the digit 3 glued before the figure ("Total ₹450.00" read
 * "Total 3450.00"): the glyph's two bars and hook look like a 3 to a recogniser trained on Latin
 * digits. On a page in rupees (detected as INR, or a ₹, an "Rs" or "INR" beside a figure, or the
 * word rupee elsewhere on it), `withoutLeadingThree` gives the figure without that 3; the caller
 * (./receipt-total.ts) takes it only when the receipt's own arithmetic (cash − change, subtotal +
 * tax, the items) confirms the figure without the 3 and confirms nothing of the figure as read.
 * A leading 3 is never dropped on its own: "Total 3450.00" is also a real total.
 */
import { parseNumber } from '../parse/amounts.ts';
import { detectCurrency } from '../parse/currency.ts';
import type { DocLine } from '../parse/lines.ts';

/** A rupee sign, "Rs" / "INR" before or after a figure, or the word "rupee(s)". */
const RUPEE_MARK = /₹|(?<![\p{L}])(?:Rs\.?|INR)\s?\d|\d\s?(?:Rs\.?|INR)(?![\p{L}])|(?<![\p{L}])rupees?(?![\p{L}])/iu;

/** Whether the lines are a page in Indian rupees (see the module comment). */
export function rupeePage(lines: DocLine[]): boolean {
  const text = lines.map((l) => l.text).join('\n');
  return RUPEE_MARK.test(text) || detectCurrency(text)?.code === 'INR';
}

/**
 * The value of a printed figure (its text as read, e.g. "3450.00", "31,250.00", "3 450.00")
 * with its leading 3 dropped, or null when it does not start with a 3 followed by more digits,
 * or the rest is no figure with the same decimals (a leading 3 and a separator: "3,450.00" is
 * no rupee sign).
 */
export function withoutLeadingThree(figure: { text: string; decimals: number }): number | null {
  const m = /^(\D*?)3[ \u00a0]?(\d[\d.,]*)/.exec(figure.text);
  if (!m || /\d/.test(m[1])) return null;
  const rest = parseNumber(m[2]);
  return rest && rest.value > 0 && rest.decimals === figure.decimals ? rest.value : null;
}
