/**
 * @module engine/extract/bank-code
 * The bank's own code as a statement prints it: the institution code of a BIC (its first four
 * letters, ISO 9362: "NTSB" of "NTSBDEB1XXX", "BUNQ" of "BUNQNL2A") printed after a "BIC" or
 * "SWIFT" label, and the bank code in letters that opens an IBAN's BBAN where the country writes
 * it so ("INGB" of "NL12 INGB 0001 2345 67", "NWBK" of "GB29 NWBK ...", ISO 13616), on a line
 * that is no dated transaction row (a row's IBAN is the other party's bank). A logo word whose
 * letters agree with such a code ("N26" and "NTSB", "ING" and "INGB", "Qonto" and "QNTO") is the
 * bank's name printed as its logo (see `agreesWithCode`).
 */
import { findDates } from '../parse/dates.ts';
import { fold, type DocLine } from '../parse/lines.ts';

/** A BIC after its label ("BIC: NTSBDEB1XXX", "SWIFT code BUNQNL2A", "BIC/SWIFT NTSBDEB1"): 4 letters of institution, 2 of country, 2 of location, 3 of branch. */
const BIC = /\b(?:BIC|SWIFT)(?:\s*\/\s*(?:BIC|SWIFT))?(?:[\s-]*code)?\s*[:.]?\s*([A-Z]{4})[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b/gi;
/** An IBAN whose BBAN opens with a bank code in letters ("NL12 INGB 0001 ...", "GB29 NWBK 6016 ..."). */
const IBAN_LETTER_CODE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}[\s.]?([A-Z]{4})[\s.]?\d{2}/g;

/** The bank codes (four upper-case letters) a statement's undated lines print, see the module's note; [] when none. */
export function printedBankCodes(lines: DocLine[]): string[] {
  const out = new Set<string>();
  for (const l of lines) {
    if (findDates(l.text).length) continue;
    for (const m of l.text.matchAll(BIC)) if (/^[A-Z]{4}$/.test(m[1])) out.add(m[1]);
    for (const m of l.text.matchAll(IBAN_LETTER_CODE)) out.add(m[1]);
  }
  return [...out];
}

/** Whether every letter of `short` appears in `long` in order ("QNTO" in "QONTO"). */
function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * Whether a one-word logo agrees with a bank code: the same first letter, and the code's letters
 * in the word's order ("QNTO" in "Qonto", "REVO" in "Revolut", "BUNQ" in "bunq") or the word's
 * letters opening the code ("ING" of "INGB", "N" of "N26" and "NTSB"). Case and accents aside.
 */
export function agreesWithCode(word: string, code: string): boolean {
  const letters = fold(word).toUpperCase().replace(/[^A-Z]/g, '');
  if (!letters || letters[0] !== code[0]) return false;
  return inOrder(code, letters) || code.startsWith(letters);
}
