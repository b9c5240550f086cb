/**
 * @module engine/parse/rounding-labels
 * The words of a cash rounding a till prints between the sum of the goods and the amount paid
 * ("ROUNDING ADJ 0.02", "Rounding -0.01": Malaysia's and Singapore's 5-sen rounding; Switzerland's
 * 5 rappen, "Rundung", "Arrondi", "Arrotondamento"; the Nordic whole-krone or 50-öre rounding,
 * "Avrunding", "Øreavrunding", "Öresavrundning", "Afrunding"; the Dutch and Finnish 5 cents,
 * "Afronding", "Pyöristys"). The amount paid is the sum plus the rounding. Shared by the amount
 * roles, the receipt total and the item lines. Pure.
 */
import { keyword, matchAny } from './lines.ts';
import { findAmounts } from './amounts.ts';

/** Labels of a cash rounding (EN, MS, FR, DE, ES, IT, PT, NL, PL, NO, SV, DA, FI, CS, HU; India's round-off). */
export const ROUNDING_LABELS = ['rounding adj', 'rounding adjustment', 'rounding', 'round adj', 'rnd adj', 'pembundaran', 'arrondi', 'rundung', 'rundungsdifferenz', 'redondeo',
  'arrotondamento', 'arredondamento', 'afronding', 'zaokrąglenie', 'zaokraglenie', 'avrunding', 'øreavrunding', 'öresavrundning', 'oresavrundning', 'avrundning',
  'afrunding', 'øreafrunding', 'pyöristys', 'zaokrouhlení', 'zaokrouhleni', 'kerekítés', 'kerekites',
  // India's bills round the amount payable to the rupee: "Round Off -0.50", "Round off 0.30", "ROUNDOFF", "Round-off", "Rounded off"
  // ("Rounding Off (+) 0.20" is 'rounding' above)
  'round off', 'round-off', 'rounded off'].map((x) => keyword(x));

/** The largest cash rounding (currency units): half a krone, where Nordic tills round the amount paid to whole kronor; 5-sen and 5-rappen roundings move a few cents. */
export const MAX_CASH_ROUNDING = 0.5;

/**
 * The cash roundings `text` prints (lines split on "\n"): the last figure of each line that names
 * a rounding ("Rundung -0.02", "Öresavrundning -0,12", "Round Off (-) 0.50"), signed as printed, nonzero and at most
 * MAX_CASH_ROUNDING in size. The lines add up to the amount paid with one of them.
 */
export function printedRoundings(text: string): number[] {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    const m = matchAny(line, ROUNDING_LABELS);
    if (!m) continue;
    const last = findAmounts(line.slice(m.end)).pop();
    // (a sign printed in brackets before an unsigned figure, "Rounding Off (-) 0.50", is its sign)
    const minus = last && last.value > 0 && /\(\s*[-−]\s*\)\s*\D{0,4}$/.test(line.slice(m.end, m.end + last.start));
    if (last && last.value !== 0 && Math.abs(last.value) <= MAX_CASH_ROUNDING) out.push(minus ? -last.value : last.value);
  }
  return out;
}
