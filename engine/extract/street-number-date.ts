/**
 * @module engine/extract/street-number-date
 * A street address's numbers read as a date. Japanese addresses number the block, the lot and the
 * building ("2-24-12 Shibuya", chome-ban-go), and so do some others: three short numbers joined
 * by hyphens that read as a day, a month and a two-digit year. Such a "date" followed by a word
 * (the district or the street: "2-24-12 Shibuya, Tokyo") on a page that prints a full date
 * elsewhere (a four-digit year or a month in words: "2026/06/15 10:31") is no date; the full date is.
 * A fresh tester's two Japanese receipts came back dated "2-24-12".
 */
import { findDates, type DateMatch, type DateOrder } from '../parse/dates.ts';

/** Three numbers with a two-digit last one ("2-24-12", "3/15/24"): a short-year numeric date. */
const SHORT_YEAR_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/;
/**
 * A word after it: a capitalised place name ("Shibuya", "Tokyo") or a street word ("chome", "Rd",
 * "Street"); not a time word ("Uhr", "Hrs"; "AM"/"PM" have no small letters).
 */
const WORD_AFTER = /^[,\s]+(?:(?!(?:Uhr|Hrs?)\b)\p{Lu}\p{Ll}{2,}|(?:[Cc]h[oō]me|[Rr]d|[Rr]oad|[Ss]t|[Ss]treet|[Aa]ve|[Aa]venue|[Dd][oō]ri)\b)/u;

/** Whether a line of the page prints a full date: a four-digit year or a month in words. */
export function printsFullDate(lines: { text: string }[], order: DateOrder): boolean {
  return lines.some((l) => findDates(l.text, order).some((d) => d.named || /\d{4}/.test(d.text)));
}

/**
 * Whether the date `d` found in `lineText` is an address's numbers: a short-year numeric date
 * followed by a place name or a street word, on a page that prints a full date (`fullDateOnPage`,
 * see printsFullDate). Pure; never throws.
 */
export function isStreetNumber(lineText: string, d: DateMatch, fullDateOnPage: boolean): boolean {
  if (!fullDateOnPage || d.named || !SHORT_YEAR_DATE.test(d.text)) return false;
  return WORD_AFTER.test(lineText.slice(d.end));
}
