/**
 * @module engine/extract/till-line-number
 * A receipt number printed without a label on the till's date-and-time line: "19-09-17 15:39
 * SH01 ZJ03 T3 R000100808", "14/04/2018 16:14 B999215", "C01099379 6/2/2017 12:42 PM",
 * "MT161201805120055 12/05/18 12:12:57 pm". Only a code of one to four letters and then six digits
 * or more (a dash after the letters or among the digits allowed: "FA-004177"), the one such code on a line that holds the date and a time
 * and otherwise nothing but short codes (the store's "SH01", the till's "T3", the operator's
 * "ZJ03"), am/pm or marks. A bare run of digits there is as often the cashier's or the staff's
 * number ("10:43AM 568582 24-01-18" beside "INVOICE NO: 18287/102/T0049"), so it is none; a
 * word of three letters or more on the line ("Card", "Member", "Cashier") makes the line
 * something else's. The weakest receipt-number rule: any labelled number wins. Source: issue #12's
 * SROIE fit receipts, where such codes agreed with the labelled number on the pages printing both.
 */
import { findDates } from '../parse/dates.ts';
import { spanBox, spanConfidence, type DocLine } from '../parse/lines.ts';
import type { TextCandidate } from './labels.ts';

/** The code: one to four letters, then digits (a dash after the letters or among the digits), ending in a digit. */
const CODE = /^[A-Za-z]{1,4}-?\d[\d-]*\d$/;
/** The fewest digits a code holds (a store's "SH01", a till's "T3" or an operator's "B003" hold fewer). */
const MIN_DIGITS = 6;
/** A time of day with its colon (its seconds, am/pm glued on allowed). */
const TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
/** What else the line may hold: a short code of letters and at most three digits, a lone figure, am/pm, marks. */
const SHORT = /^(?:[\p{L}]{0,2}\d{0,3}|[A-Za-z]{1,3}\d{1,3}|am|pm|[^\p{L}\d]+)$/iu;

/**
 * The receipt numbers printed on till date-and-time lines (see the module's note), in reading
 * order, each at most one a line.
 */
export function tillLineNumbers(lines: DocLine[]): TextCandidate[] {
  const out: TextCandidate[] = [];
  for (const line of lines) {
    const dates = findDates(line.text);
    if (!dates.length) continue;
    let rest = line.text;
    for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + ' '.repeat(d.end - d.start) + rest.slice(d.end);
    if (!TIME.test(rest)) continue;
    const tokens = [...rest.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index! }));
    const codes = tokens.filter((t) => CODE.test(t.text) && (t.text.match(/\d/g) ?? []).length >= MIN_DIGITS);
    if (codes.length !== 1) continue;
    const others = tokens.filter((t) => t !== codes[0] && !TIME.test(t.text));
    if (!others.every((t) => SHORT.test(t.text))) continue;
    const c = codes[0];
    out.push({ text: c.text, line, box: spanBox(line, c.start, c.start + c.text.length), confidence: 0.6 * spanConfidence(line, c.start, c.start + c.text.length) });
  }
  return out;
}
