/**
 * @module engine/derive/rate-sections
 * Each item's tax rate on a slip that prints its items in sections, one per rate, each closed by
 * the rate's subtotal ("Total 0% supplies: 23.83" under the zero-rated bread, "Total 6% supplies
 * (excl. GST): 12.00" under the taxed cakes, ../parse/rate-section-subtotal.ts): an item bears
 * the rate of the section it is printed in, a mark of the line as a rate column's is (EN 16931
 * BG-23: each VAT category's taxable amount BT-116 is the sum of its lines). Told only where every
 * item lies in a section whose subtotal is the sum of its items, and the sections' amounts at
 * their rates make the document's tax. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { rateSectionSubtotal } from '../parse/rate-section-subtotal.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each item's rate (a fraction, in item order), or null. An item's line is the next text line,
 * in page order, that prints its total (and its description's first word, on that line or the
 * one above); its section is the first rate section's subtotal row below that line. Null unless
 * every item has a section, each section's items add up to its subtotal (to the cent), and the
 * sections' taxes (amount x r, or amount x r / (1 + r) for a subtotal including the tax) add up
 * to `tax` (currency units) within half a cent a section.
 */
export function sectionLineRates(items: Array<{ description: string | null; totalAmount: number | null }>, text: string, tax: number | null): number[] | null {
  if (!items.length || tax === null) return null;
  const lines = text.split('\n');
  const folded = lines.map(fold);
  const subtotals = lines.map((l) => rateSectionSubtotal(l));
  if (!subtotals.some(Boolean)) return null;
  const section: number[] = [];
  let from = 0;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const word = fold(it.description ?? '').split(' ')[0] ?? '';
    const i = lines.findIndex((l, k) => k >= from && !subtotals[k] && findAmounts(l).some((a) => Math.abs(a.value - it.totalAmount!) < 0.005) && (!word || folded[k].includes(word) || (k > 0 && folded[k - 1].includes(word))));
    if (i < 0) return null;
    const s = subtotals.findIndex((x, k) => k > i && !!x);
    if (s < 0) return null;
    section.push(s);
    from = i + 1;
  }
  let taxes = 0;
  for (const s of new Set(section)) {
    const sub = subtotals[s]!;
    const sum = items.reduce((acc, it, i) => acc + (section[i] === s ? it.totalAmount! : 0), 0);
    if (Math.abs(sum - sub.value) > 0.005) return null;
    taxes += sub.inclusive ? (sub.value * sub.rate) / (1 + sub.rate) : sub.value * sub.rate;
  }
  if (Math.abs(taxes - tax) > 0.005 * new Set(section).size + 1e-9) return null;
  return section.map((s) => subtotals[s]!.rate);
}
