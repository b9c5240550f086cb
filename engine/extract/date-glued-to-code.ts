/**
 * @module engine/extract/date-glued-to-code
 * Whether a date found in a line is the digits of a code glued to its letters ("HD03-04-06",
 * "RC11-23-42", "HA06HD01-3-70": a till's article or shelf code) rather than a date; a date label
 * that lost its colon is no code ("Date20/03/2018", and "Dat008-08-2025" with the o of "Dato" read
 * as a zero). Shared by the receipt's date (./receipt.ts) and its items (./items.ts), where a shelf
 * code between an item's name and its price row would otherwise end the name.
 */
import { keyword, matchAny } from '../parse/lines.ts';

/** Date labels a date may be glued to when OCR lost the space (EN, DE, ES, MS; DA/NO "Dato", IT/PT/PL "Data"). */
const GLUED_DATE_LABELS = ['date', 'datum', 'fecha', 'dated', 'tarikh', 'dato', 'data'].map((k) => keyword(k));

/**
 * True when the date starting at `start` (a character offset in `text`) has letters glued before
 * it that are no date label (a zero among them read as the o it stands for).
 */
export function gluedToCode(text: string, start: number): boolean {
  const before = /[\p{L}\d]*$/u.exec(text.slice(0, start))![0];
  return /\p{L}/u.test(before) && !matchAny(before.replace(/0/g, 'o'), GLUED_DATE_LABELS);
}
