/**
 * @module engine/extract/colon-decimal
 * A money figure whose decimal point a scan read as a colon ("-$75:00", "1.075:00", "€ 12:50"):
 * an amount in a statement row when it cannot be a time of day. It is one when it carries a sign
 * or a currency, or thousands separators (a time has none), or shows no clock's time ("200:00",
 * a 22nd fresh tester's Irish statement), and no time word stands beside it
 * ("14:32 Uhr", "9:30 am", "godz. 12:00"); a bare "14:32" is left to be a time. Beside a money
 * label the line's last figure is one too (labelColonDecimal: "TOTAL EXCL. GST 9:30"), unless the
 * line prints a date or a time word.
 */
import { findAmounts } from '../parse/amounts.ts';
import { findDates } from '../parse/dates.ts';
import { columnGaps, placedAmount, type DocLine, type PlacedAmount } from '../parse/lines.ts';

/** A figure with a colon before its last two digits, signed, with a currency, or with thousands separators. */
const COLON_FIGURE = /(?:[-+]\s?[$€£]?\s?|[$€£]\s?-?)\d{1,3}(?:[.,' ]\d{3})*:\d{2}(?![\d:])|(?<![\d.,:])\d{1,3}(?:[.,']\d{3})+:\d{2}(?![\d:])|(?<![\d.,:])\d{2,3}:\d{2}(?![\d:])/gu;
/**
 * A bare figure (no sign, currency or separator) is one a clock never shows: more than 24 hours or
 * more than 59 minutes ("200:00", "75:30"; not "14:32" nor "24:00").
 */
const noClock = (figure: string) => {
  const [h, m] = figure.split(':').map(Number);
  return h > 24 || m > 59;
};
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
    if (/^\d{2,3}:\d{2}$/.test(m[0]) && !noClock(m[0])) continue;
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

/** A figure ending the line with its decimal point read as a colon: "9:30", "18:39.", "-0:01" (not a time beside a date or a time word). */
const COLON_DECIMAL = /(?<![\d:.,])(-?)(\d{1,6}):(\d{2})[.,']?\s*$/;
const TIME_LABEL = /\b(?:time|zeit|uhrzeit|heure|hora|ora|uhr|godz)\b/i;

/**
 * The amount a money label's line ends with when OCR read its decimal point as a colon, or null:
 * a time is written the same way, so never on a line that prints a date or a time word.
 */
export function labelColonDecimal(line: DocLine, from: number): PlacedAmount | null {
  const rest = line.text.slice(from);
  const m = COLON_DECIMAL.exec(rest);
  if (!m || TIME_LABEL.test(line.text) || findDates(line.text).length) return null;
  const start = from + m.index, end = start + m[1].length + m[2].length + 3;
  return placedAmount(line, { value: Number(`${m[1]}${m[2]}.${m[3]}`), text: line.text.slice(start, end), start, end, decimals: 2, currency: null, marker: null });
}
