/**
 * @module engine/extract/id-under-title
 * Receipt-number candidates (./labels.ts labelledIds) that are some other number, left out:
 *
 * - read under a document's title: a receipt word printed as the page's heading with no number
 *   marker ("-TAX INVOICE-", "CASH RECEIPT", "Tax Invoice") reads the token under it on the next
 *   line, and that line is the first item ("TOILET BRUSH 47-2311 *S" gave 47-2311), the customer's
 *   ("Customer : [77853745]"), a registration's ("GST Reg Number: 001211957248") or a line naming
 *   its own number ("CB# : 389720 17/01/2018" gave a piece of the date: its own label reads 389720;
 *   when that label reads none, "Invoice No : C . -170891", the title's reading stands). Under a title only a line
 *   that holds the number alone, with the till's date and time ("TAX INVOICE" over "14/04/2018
 *   16:14 B999215", over "B NG : BM-161113"), or prints it after a number marker under a label OCR
 *   damaged past reading ("f.vore No : 01-148409"), prints the receipt's. A label with its marker
 *   ("Receipt No.") names what is under it and keeps it.
 * - printed after a tax registration's label: "GST REF NO : 001694261248" holds the label "ref no",
 *   "GST Reg Number! 001211957248" the number under a title; a registration number is the
 *   seller's, never the receipt's.
 *
 * Source: issue #12's SROIE fit receipts (Malaysian tills), read by eye.
 */
import { findDates } from '../parse/dates.ts';
import { fold, matchAny, type DocLine } from '../parse/lines.ts';
import type { TextCandidate } from './labels.ts';

/** A number marker inside a label (folded): no / nr / nro / number / num / nº / n° / #, or a colon ending it. */
const MARKER = /(?:(?<![\p{L}\d])(?:n[o0u]|nr|nro|number|num|n[º°])(?![\p{L}])|#|:)/u;
/** Words a receipt's number line may hold beside the number: the date's and time's labels, am/pm (folded). */
const DATE_WORDS = /^(?:date|dated|time|tarikh|masa|datum|zeit|fecha|hora|data|am|pm)$/;
/**
 * A tax registration's label ending the text before an id (folded): the tax or company word, then
 * optionally reg / registration / ref / id, then optionally no / number / #, then separators:
 * "GST REF NO : ", "GST Reg Number! ", "VAT Reg No. ", "Co. Reg No: ", "SST ID: ". Not "GST Invoice
 * No: " (an invoice word between).
 */
const TAX_ID_BEFORE = /(?<![\p{L}\d])(?:gst|vat|sst|tin|gstin|npwp|abn|co|company|roc|business)\.?\s*(?:(?:reg(?:istration)?|ref|id)\.?\s*)?(?:(?:n[o0]|number|num)\.?\s*)?[#!:.\s]*$/u;

/** Whether candidate `c` was read from a line below its label's line (not beside it). */
function readBelow(c: TextCandidate): boolean {
  return c.label != null && c.line !== c.label && c.line.box.y >= c.label.box.y + c.label.box.h * 0.6;
}

/** Whether the label `labels` find on `line` is a title: no number marker in it or after it on its line. */
function isTitle(line: DocLine, labels: RegExp[]): boolean {
  const m = matchAny(line.text, labels);
  return m != null && !MARKER.test(fold(line.text).slice(m.start));
}

/** A number marker ending the text before an id (folded): "No : ", "Nr.", "Number ", "#", "Nº". */
const MARKER_BEFORE = /(?:(?<![\p{L}\d])(?:n[o0u]|nr|nro|number|num|n[º°])|#)\.?\s*[:.]?\s*$/u;

/**
 * Whether `line` prints the id `id` as a number: after a number marker ("f.vore No : 01-148409", a
 * label OCR damaged past reading), or with nothing else but dates, times, their labels and words of
 * one or two letters ("14/04/2018 16:14 B999215", "B NG : BM-161113").
 */
function printsNumber(line: DocLine, id: string): boolean {
  const at = line.text.indexOf(id);
  if (at >= 0 && MARKER_BEFORE.test(fold(line.text.slice(0, at)))) return true;
  let text = line.text.replace(id, ' ');
  for (const d of findDates(text).sort((a, b) => b.start - a.start)) text = text.slice(0, d.start) + ' ' + text.slice(d.end);
  const words = fold(text).match(/\p{L}{3,}/gu) ?? [];
  return words.every((w) => DATE_WORDS.test(w));
}

/**
 * `ids` (candidates of labelledIds under `labels`) without those read under a title from a line
 * that holds more than the number, or that names its own number (a label of `labels` on it), and
 * without those printed right after a tax registration's label (see the module's note).
 */
export function notOtherNumbers(ids: TextCandidate[], labels: RegExp[]): TextCandidate[] {
  const labelLines = new Set(ids.map((c) => c.label));
  return ids.filter((c) => {
    const at = c.line.text.indexOf(c.text);
    if (at >= 0 && TAX_ID_BEFORE.test(fold(c.line.text.slice(0, at)))) return false;
    if (!readBelow(c) || !isTitle(c.label!, labels)) return true;
    // a line under the title with a receipt label of its own: that label's number stands for it, if it read one
    if (matchAny(c.line.text, labels)) return !labelLines.has(c.line);
    return printsNumber(c.line, c.text);
  });
}
