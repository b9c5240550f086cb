/**
 * @module engine/derive/unread-class-marks
 * Class letters OCR lost or garbled on a till photo's item lines ("Bananen lose BA" over "1,78",
 * "Paint brush set 9B" over "12.99"), told by the class table's sums. Till prices include the tax,
 * so the items of one class add up to its row's gross (net + tax: "A 7% 9,66 0,68 10,34"). The
 * letters read (./tax-classes.ts partialClassMarks) fill part of each class; an unread item gets
 * the class that exactly one way of giving the unread items classes makes hold for every row: each
 * class's items adding up to its row's gross (to a cent per item), every item's class a row of the
 * table. At most three unread items, and at least one read. Nothing is guessed: two readings, or
 * none, leave every letter unread. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { classRates, partialClassMarks } from './tax-classes.ts';
import { cents } from './provenance.ts';

/** How many unread letters are tried (every class for each: at most classes^3 readings). */
const MAX_UNREAD = 3;
/** How far a row's tax may stray from its net x rate, as a share of the net: items rounded one by one (./tax-classes.ts PER_LINE_ROUNDING). */
const PER_LINE_ROUNDING = 0.0025;
/** A class code among a row's first words: "A", "(A)", "A." (a speck OCR read after it), "A=", "PTU A", "MwSt B". */
const ROW_CODE = /^\s*(?:\p{L}+\.?\s+){0,2}?[([]?([A-HLSVZ1-9])[)\].:=]?(?=\s)/u;

/**
 * Class -> gross (net + tax, currency units) of the class rows of `text`: a row opening with a class
 * code whose rate `rates` gives, printing a net and a tax at that rate (and its gross, or not). A
 * class printed with two grosses is left out.
 */
export function classRowGrosses(text: string, rates: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const bad = new Set<string>();
  for (const line of text.split('\n')) {
    const code = ROW_CODE.exec(line);
    const c = code?.[1].toUpperCase();
    if (!c || !rates.has(c)) continue;
    const r = rates.get(c)!;
    const figs = findAmounts(line).filter((a) => a.decimals === 2 && a.value > 0 && a.start >= code![0].length && !/^\s?%/.test(line.slice(a.end))).map((a) => a.value);
    let gross: number | null = null;
    for (let i = 0; i < figs.length && gross === null; i++) {
      for (let j = 0; j < figs.length && gross === null; j++) {
        const [net, tax] = [figs[i], figs[j]];
        if (i === j || tax >= net || Math.abs(net * r - tax) > Math.max(0.021, net * PER_LINE_ROUNDING)) continue;
        // (a third figure is the gross, when printed: net + tax)
        const rest = figs.filter((_, k) => k !== i && k !== j);
        if (rest.length && !rest.some((g) => Math.abs(g - (net + tax)) <= 0.011)) continue;
        gross = cents(net + tax);
      }
    }
    if (gross === null) continue;
    if (out.has(c) && Math.abs(out.get(c)! - gross) > 0.005) bad.add(c);
    out.set(c, gross);
  }
  for (const c of bad) out.delete(c);
  return out;
}

/**
 * Each item's class letter, in order, the unread ones told by the class table's sums (see the
 * module comment), or null unless exactly one reading holds.
 */
export function classMarksByGross(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): string[] | null {
  if (items.some((it) => it.totalAmount === null)) return null;
  const read = partialClassMarks(items, text);
  if (!read) return null;
  const unread = read.flatMap((m, i) => (m === null ? [i] : []));
  if (!unread.length || unread.length > MAX_UNREAD || unread.length === read.length) return null;
  const grosses = classRowGrosses(text, classRates(text));
  const classes = [...grosses.keys()];
  if (classes.length < 2 || read.some((m) => m !== null && !grosses.has(m))) return null;
  const holds: string[][] = [];
  const tryFrom = (k: number, marks: Array<string | null>) => {
    if (k === unread.length) {
      const all = marks as string[];
      const ok = classes.every((c) => {
        const mine = items.filter((_, i) => all[i] === c);
        return Math.abs(mine.reduce((s, it) => s + it.totalAmount!, 0) - grosses.get(c)!) <= 0.01 * Math.max(1, mine.length) + 1e-9;
      });
      if (ok) holds.push([...all]);
      return;
    }
    for (const c of classes) {
      marks[unread[k]] = c;
      tryFrom(k + 1, marks);
    }
    marks[unread[k]] = null;
  };
  tryFrom(0, [...read]);
  return holds.length === 1 ? holds[0] : null;
}
