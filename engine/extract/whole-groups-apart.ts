/**
 * @module engine/extract/whole-groups-apart
 * On a page of whole-unit money (./gapped-thousands.ts wholeMoneyPage: forints, yen, won...), a
 * labelled figure grouped in thousands whose first group a photo's word boxes set so far apart
 * that it reads as a column of its own ("ÖSSZESEN 6      846 Ft" read 846, "Készpénz 10   000"
 * read 0): no decimals anchor the figure, and the gap is wider than ./gapped-thousands.ts joins
 * on its own. `joinedAcrossGap` gives the figure read whole, whatever the gap, when the line
 * holds nothing but the label, the first group (1–3 digits, a currency before it at most) and
 * the figure (one group of exactly three digits, or more such groups); the caller takes it only
 * when the receipt's own arithmetic confirms it (cash − change, net + tax, the items: see
 * ./receipt-total.ts) and does not confirm the figure as read. A figure with digits between the
 * label and it ("Total 20% 1 846", "Total 2 items 846") is never joined.
 */
import type { AmountCandidate } from './labels.ts';
import { amountsIn, placedAmount } from '../parse/lines.ts';

/** Text before the figure: no digit but the first group, which ends it, a space or more after it. */
const LEAD = /^[^\d]*?(?:[A-Z]{3}|[$€£¥₩]|Ft|kr)?\s?(\d{1,3})\s+$/u;
/** The figure: one or more groups of three digits, no decimals, a currency after it or not. */
const GROUPS = /^(\d{3}(?:[ \u00a0\u202f\u2009]\d{3})*)(?![\d'’]|[.,]\d)/;

/** The candidate's figure with the first group printed before it across a gap, or null (see the module comment). */
export function joinedAcrossGap(c: AmountCandidate): AmountCandidate | null {
  let a = c.amount;
  if (a.decimals !== 0 || !c.sameRow || a.line !== c.label) return null;
  // the first group picked for its currency ("TOTAL ¥6      846"): the figure after it is the rest
  const next = Math.abs(a.value) < 1000 && /^\s+\d{3}(?!\d)/.test(a.line.text.slice(a.end)) ? amountsIn(a.line).find((x) => x.start >= a.end) : undefined;
  if (next) a = next;
  const text = a.line.text;
  const digit = text.slice(a.start, a.end).search(/\d/);
  if (digit < 0) return null;
  const at = a.start + digit;
  const rest = GROUPS.exec(text.slice(at));
  const lead = LEAD.exec(text.slice(0, at));
  if (!rest || !lead || a.decimals !== 0 || Number(rest[1].replace(/\D/g, '')) !== Math.abs(a.value)) return null;
  const value = Number(`${lead[1]}${rest[1].replace(/\D/g, '')}`);
  const start = lead[0].trimEnd().length - lead[1].length;
  return { ...c, value, amount: placedAmount(a.line, { ...a, value, start, text: text.slice(start, a.end) }) };
}
