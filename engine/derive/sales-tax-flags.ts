/**
 * @module engine/derive/sales-tax-flags
 * Canadian tills flag each item with the sales taxes it bears, after its price: "G" (GST, the
 * federal 5 %; Quebec's TPS, "F" for fédéral), "P" (the provincial PST, or Quebec's QST / TVQ,
 * 9.975 %), "GP" / "FP" both, "H" the harmonized HST, nothing (or another letter, "C", "N")
 * for what the till does not say here; and the summary prints each tax with its rate ("GST 5%
 * 0.75", "PST 7% 0.70", "QST 9.975% 1.00", "HST 13% 1.30"). Prices exclude the taxes, so an
 * item's tax is its price x the sum of the rates of the taxes it bears. A flag of no known
 * letter bears the taxes the arithmetic gives it: every assignment of taxes to such flags is
 * tried, and one is kept only when exactly one makes every printed tax the sum of its items'
 * shares (within a cent per item, each rounded on its own). Any other page: null. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { PERCENT, percentFraction } from '../parse/percent.ts';
import { cents } from './provenance.ts';
import { itemTaxFlags } from './item-tax-flags.ts';

/** The three kinds of Canadian sales tax a summary line names. */
type Kind = 'federal' | 'provincial' | 'harmonized';

const KIND_WORD: Array<[RegExp, Kind]> = [
  [/(?<![\p{L}])(?:gst|tps)(?![\p{L}])/iu, 'federal'],
  [/(?<![\p{L}])(?:pst|qst|tvq|rst)(?![\p{L}])/iu, 'provincial'],
  [/(?<![\p{L}])(?:hst|tvh)(?![\p{L}])/iu, 'harmonized'],
];
/** The flag letters that name a tax: G / F federal, P / Q provincial, H harmonized. */
const LETTER_KIND: Record<string, Kind> = { G: 'federal', F: 'federal', P: 'provincial', Q: 'provincial', H: 'harmonized' };

/** One tax of the summary: its rate (a fraction) and its amount (currency units). */
interface SalesTax {
  kind: Kind;
  rate: number;
  amount: number;
}

/** The summary's taxes, one line per kind naming it with one rate and an amount after it; null when a kind is printed twice. */
function summaryTaxes(text: string): SalesTax[] | null {
  const out: SalesTax[] = [];
  for (const line of text.split('\n')) {
    const kinds = KIND_WORD.filter(([re]) => re.test(line));
    if (kinds.length !== 1) continue;
    const ps = [...line.matchAll(PERCENT)];
    if (ps.length !== 1) continue;
    const rate = percentFraction(ps[0][1]);
    const after = findAmounts(line).filter((a) => a.start >= ps[0].index + ps[0][0].length && a.decimals === 2);
    if (!(rate > 0 && rate <= 0.15) || !after.length) continue;
    if (out.some((t) => t.kind === kinds[0][1])) return null;
    out.push({ kind: kinds[0][1], rate, amount: after.at(-1)!.value });
  }
  return out;
}

/** Every way of giving each of `n` flags a subset of `kinds`. */
function assignments(n: number, kinds: Kind[]): Kind[][][] {
  const subsets: Kind[][] = [[]];
  for (const k of kinds) subsets.push(...subsets.map((s) => [...s, k]));
  let out: Kind[][][] = [[]];
  for (let i = 0; i < n; i++) out = out.flatMap((a) => subsets.map((s) => [...a, s]));
  return out;
}

/**
 * Each item's combined sales-tax rate (a fraction: 0.12 for "GP" under GST 5 % and PST 7 %, 0 for
 * an item bearing none), in item order, or null unless the page is read so (see the module
 * comment). `net` is the document's net (the subtotal, currency units), which the item totals
 * must add up to (within a cent per item): prices exclude the taxes.
 */
export function salesTaxLineRates(items: Array<{ description: string | null; totalAmount: number | null }>, text: string, net: number | null): number[] | null {
  if (net === null || !items.length || items.some((it) => it.totalAmount === null)) return null;
  const totals = items.map((it) => it.totalAmount!);
  if (Math.abs(cents(totals.reduce((s, t) => s + t, 0)) - net) > 0.01 * items.length + 1e-9) return null;
  const taxes = summaryTaxes(text);
  if (!taxes?.length) return null;
  const flags = itemTaxFlags(items, text);
  if (!flags || !flags.some((f) => /^[A-Z]+$/.test(f) && [...f].every((c) => c in LETTER_KIND))) return null;
  const kinds = taxes.map((t) => t.kind);
  const known = (f: string) => f !== '' && [...f].every((c) => c in LETTER_KIND && kinds.includes(LETTER_KIND[c]));
  // (a flag naming a tax the summary does not print: not this page's reading)
  if (flags.some((f) => /^[A-Z]+$/.test(f) && [...f].every((c) => c in LETTER_KIND) && !known(f))) return null;
  const unknown = [...new Set(flags.filter((f) => !known(f)))];
  if (unknown.length > 3) return null;
  const holds: number[][] = [];
  for (const a of assignments(unknown.length, kinds)) {
    const bears = (f: string): Kind[] => (known(f) ? [...new Set([...f].map((c) => LETTER_KIND[c]))] : a[unknown.indexOf(f)]);
    const ok = taxes.every((t) => {
      const mine = totals.filter((_, i) => bears(flags[i]).includes(t.kind));
      const sum = cents(mine.reduce((s, x) => s + cents(x * t.rate), 0));
      return Math.abs(sum - t.amount) <= 0.01 * Math.max(1, mine.length) + 1e-9;
    });
    if (ok) holds.push(flags.map((f) => taxes.filter((t) => bears(f).includes(t.kind)).reduce((s, t) => s + t.rate, 0)));
  }
  return holds.length === 1 ? holds[0] : null;
}
