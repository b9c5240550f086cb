/**
 * @module bench/lib/text-hits
 * Does a page's OCR text contain a truth value? Used by bench/ocr-speed.ts to measure what a
 * recogniser saw, apart from the rules that pick values out of the text.
 * - total: the amount with two decimals ("9.00" or "9,00") anywhere in the text, spaces ignored.
 * - date: the date as the truth prints it, spaces ignored, case folded.
 * - supplier: the name, letters and digits only and case folded, found in the text's letters and
 *   digits with at most 1 edit (names up to 10 characters) or 2 edits (longer): "1-2 characters
 *   off allowed", as issue #11 measured it.
 * Pure.
 */

const flat = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const alnum = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\d]+/gu, '');

export function totalFound(text: string, total: number): boolean {
  const s = total.toFixed(2);
  const f = flat(text);
  return f.includes(s) || f.includes(s.replace('.', ','));
}

export function dateFound(text: string, date: string): boolean {
  return flat(text).includes(flat(date));
}

/** Smallest edit distance between `pattern` and any substring of `text` (Sellers' algorithm). */
export function substringDistance(pattern: string, text: string): number {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let best = prev[m];
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    best = Math.min(best, cur[m]);
    prev = cur;
  }
  return best;
}

export function supplierFound(text: string, supplier: string): boolean {
  const p = alnum(supplier);
  if (!p) return false;
  return substringDistance(p, alnum(text)) <= (p.length <= 10 ? 1 : 2);
}
