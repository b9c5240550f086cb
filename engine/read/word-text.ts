/**
 * @module engine/read/word-text
 * Cleans a recognised word's characters and splits words a recogniser glued together.
 * Used on PP-OCR's output (./paddle/segments-to-lines.ts), whose Chinese + English model
 * emits full-width punctuation, reads O for 0 and l or I for 1 inside figures, and drops the
 * space between a date and a time printed side by side ("23-01-201913:14:15PM").
 *
 * - `normaliseWordText`: Unicode NFKC (full-width forms "：，（１" become ": , ( 1"), then,
 *   in the part of a word from its first digit on, when that part is made of digits,
 *   separators and look-alikes only and holds at least two digits: O/o -> 0, l/I/| -> 1
 *   ("RM1O.5O" -> "RM10.50"; "10OZ", "2l" and words without digits are left alone).
 * - `splitGluedWord`: a known glued pattern becomes its parts: a date followed by a time
 *   ("23-01-201913:14:15PM" -> "23-01-2019", "13:14:15PM"), a year followed by a time
 *   ("201818:40" -> "2018", "18:40", after "14 Mar"), and a word of three or more
 *   letters followed by an amount with decimals ("TOTAL12.50" -> "TOTAL", "12.50"; two letters
 *   stay, they are usually a currency: "RM12.50"), and a month name glued to its day, year or
 *   time ("16Jun2018" -> "16", "Jun", "2018"; "Apr201818:21" -> "Apr", "2018", "18:21"). Returns the parts with their character
 *   offsets in the word, or the word alone.
 * Pure and total.
 */

const LOOKALIKE: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '|': '1' };

export function normaliseWordText(text: string): string {
  const t = text.normalize('NFKC');
  const first = t.search(/\d/);
  if (first < 0) return t;
  const tail = t.slice(first);
  if (!/^[\d.,:/\-Ool|I]+$/.test(tail)) return t;
  if ((tail.match(/\d/g) ?? []).length < 2) return t;
  return t.slice(0, first) + tail.replace(/[OolI|]/g, (c) => LOOKALIKE[c]);
}

const DATE_TIME = /^(\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(\d{1,2}:\d{2}(?::\d{2})?(?:[AaPp][Mm])?)$/;
/** A year glued to the time after it: "14 Mar 201818:40" (the year closes a date whose month is a word). */
const YEAR_TIME = /^((?:19|20)\d{2})(\d{1,2}:\d{2}(?::\d{2})?(?:[AaPp][Mm])?)$/;
const LABEL_AMOUNT = /^([A-Za-z]{3,}:?)(\d{1,3}(?:,\d{3})*\.\d{2})$/;

export interface WordPart { text: string; start: number }

/** A month name glued to its year (and maybe a time): "Apr201818:21", "16Jun2018". */
const MONTH_YEAR = /^(\d{1,2})?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(\d{4})(\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?)?$/i;

export function splitGluedWord(text: string): WordPart[] {
  const my = MONTH_YEAR.exec(text);
  if (my) {
    const parts: WordPart[] = [];
    let at = 0;
    for (const g of my.slice(1)) {
      if (g) parts.push({ text: g, start: at });
      at += g?.length ?? 0;
    }
    if (parts.length > 1) return parts;
  }
  const m = DATE_TIME.exec(text) ?? YEAR_TIME.exec(text) ?? LABEL_AMOUNT.exec(text);
  if (!m) return [{ text, start: 0 }];
  return [{ text: m[1], start: 0 }, { text: m[2], start: m[1].length }];
}
