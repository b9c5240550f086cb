/**
 * @module engine/parse/slipped-summary-word
 * A summary row's label that OCR misread by one letter ("Gubtotal : 15.90" for Subtotal,
 * "SUBIOTAL 235.85", "Roundng : 0.02", "Discourt 0.00"): the row's one word before its figure is
 * one slip (a changed, lost or added letter: ./one-edit.ts) from a long summary word. Only words
 * of seven letters or more are mended so: a shorter word has too many real words one letter away
 * ("total" / "tonal"). Pure.
 */
import { oneEditApart } from './one-edit.ts';

/** Summary words long enough that one slip from them is still no other word on a receipt. */
const LONG_SUMMARY_WORDS = ['subtotal', 'rounding', 'discount', 'payment', 'balance'];

/** The row: one word (no digit), a colon at most, then one figure and nothing else. */
const LONE_LABEL_ROW = /^\s*([^\s\d:]{6,10})\s*:?\s*-?\d[\d,]*[.,]\d{2}\s*$/u;

/** True when `text` is a row of one figure labelled by a summary word misread by one letter (see the module comment). */
export function slippedSummaryRow(text: string): boolean {
  const m = LONE_LABEL_ROW.exec(text);
  if (!m) return false;
  const word = m[1].toLowerCase();
  return LONG_SUMMARY_WORDS.some((w) => oneEditApart(word, w));
}
