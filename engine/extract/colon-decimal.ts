/**
 * @module engine/extract/colon-decimal
 * A money figure whose decimal point a scan read as a colon ("-$75:00", "1.075:00", "€ 12:50"):
 * an amount in a statement row when it cannot be a time of day. It is one when it carries a sign
 * or a currency, or thousands separators (a time has none), and no time word stands beside it
 * ("14:32 Uhr", "9:30 am", "godz. 12:00"); a bare "14:32" is left to be a time.
 */
import { findAmounts } from '../parse/amounts.ts';
import { columnGaps, placedAmount, type DocLine, type PlacedAmount } from '../parse/lines.ts';

/** A figure with a colon before its last two digits, signed, with a currency, or with thousands separators. */
const COLON_FIGURE = /(?:[-+]\s?[$€£]?\s?|[$€£]\s?-?)\d{1,3}(?:[.,' ]\d{3})*:\d{2}(?![\d:])|(?<![\d.,:])\d{1,3}(?:[.,']\d{3})+:\d{2}(?![\d:])/gu;
/** A time word in our languages, beside the figure: am/pm, h, Uhr, godz., ore, horas, uur. */
const TIME_WORD = /^\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs?|uhr|horas?|ore|uur)\b/i;
const TIME_BEFORE = /\b(?:um|at|à|alle|às|om|godz\.?|time|hora|ora)\s*$/i;

/**
 * The amounts of `line` from character `fromChar` on that are printed with a colon for the
 * decimal point (see the module's note), placed on the line like any amount ([] when none).
 */
export function colonDecimalAmounts(line: DocLine, fromChar = 0): PlacedAmount[] {
  const out: PlacedAmount[] = [];
  for (const m of line.text.matchAll(COLON_FIGURE)) {
    const start = m.index!, end = start + m[0].length;
    if (start < fromChar || TIME_WORD.test(line.text.slice(end)) || TIME_BEFORE.test(line.text.slice(0, start))) continue;
    const colon = start + m[0].lastIndexOf(':');
    // read the line with the colon as the decimal mark it stands for, the one its thousands
    // separator is not ("1.075:00" is 1.075,00), at the same length and places
    const mark = m[0].includes('.') ? ',' : '.';
    const repaired = line.text.slice(0, colon) + mark + line.text.slice(colon + 1);
    const a = findAmounts(repaired, columnGaps(line)).find((x) => x.start <= colon && x.end > colon && x.decimals === 2);
    if (a) out.push(placedAmount(line, a));
  }
  return out;
}
