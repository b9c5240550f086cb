/**
 * @module engine/parse/date-colon-figure
 * A label's colon printed, or read on a photo, right after a date and glued to the figure after
 * it: "Ingående saldo 2025-03-01:20 956,91 SEK", "Opening balance 01/01/2026:3,631.68 AUD",
 * "Saldo początkowe 01.05.2026:14 026,29 PLN". Read as it stands, the colon makes the figure's
 * first group the minutes of a time ("01:20") and only "956,91" is left a figure. A date with its
 * year is never followed by a time through a colon, and a time is no figure with decimals, so
 * the colon there parts the date from a figure: it is read as a space. The figure after it is a
 * money figure: grouped in thousands with two decimals ("20 956,91", "3,631.68"), or with two
 * decimals and a currency code after it ("631,68 EUR"), signed or not. The date is day, month and
 * year with dots, slashes or dashes, or year first ("2025-03-01", "2026.06.01."); its year may be
 * split in two by a space, as OCR reads a photo ("01.05.20 26:14 026,29").
 */

/** A date with its year, as statements print it before a label's colon (see the module's note). */
const DATE = String.raw`(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|(?:19|20) \d{2}))`;
/** A money figure: thousands groups and two decimals, or two decimals and a currency code. */
const FIGURE = String.raw`[-−]?(?:\d{1,3}(?:[ .,'’\u00a0]\d{3})+[.,]\d{2}|\d+[.,]\d{2}(?=\s?[A-Z]{3}(?![\p{L}])))(?![\d]|[.,]\d)`;
const GLUED = new RegExp(String.raw`(?<![\d.,/-])(${DATE}):(?=${FIGURE})`, 'gu');

/** `text` with the colon between a date and a money figure read as a space (see the module's note); the text keeps its length. */
export function colonAfterDate(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(GLUED, (_all, date: string) => `${date} `);
}
