/**
 * @module engine/parse/one-edit
 * Whether two words are one OCR slip apart: the same length with one letter changed, or one
 * letter lost or added (Levenshtein distance 1); and whether two amounts are one misread digit
 * apart. Pure.
 */

/** True when `a` and `b` differ by exactly one changed, lost or added character (never when equal). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Two amounts written with two decimals, of the same length, that differ in exactly one digit ("101.78" vs "101.75"). */
export function oneDigitOff(a: number, b: number): boolean {
  const x = a.toFixed(2), y = b.toFixed(2);
  if (x.length !== y.length) return false;
  let d = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) d++;
  return d === 1;
}
