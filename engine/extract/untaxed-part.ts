/**
 * @module engine/extract/untaxed-part
 * A net printed in two parts: the taxed goods' base ("Taxable value 144.69", "VATable Sales
 * 50.00") and, on a line of its own, the goods that bear no tax ("Zero rated 166.47", "VAT-Exempt
 * Sales 20.00", "Non-taxable 3.10"), as South African, Philippine and Kenyan tills print their VAT
 * summary. The document's net (EN 16931 BT-109, the sum of every line without VAT) is then the sum
 * of the parts, never the taxed base alone: a fresh tester's slip read "Taxable value" as its net
 * and derived a tax of 188.17 from it against the printed "VAT 15% 21.70". The sum is offered as
 * one more net candidate; ./amount-roles.ts keeps it only where net + tax = total holds. Pure.
 */
import { keyword, type DocLine } from '../parse/lines.ts';
import { labelledAmounts, type AmountCandidate } from './labels.ts';

/** Labels of the goods that bear no tax, in the languages served. */
const UNTAXED_LABELS = ['zero rated', 'zero-rated', 'zero rated sales', 'zero-rated sales', 'vat exempt', 'vat-exempt', 'exempt sales', 'exempt', 'non-taxable',
  'non taxable', 'non-vat', 'non vat', 'not taxable', 'exento', 'exentas', 'isento', 'isentos', 'esente', 'steuerfrei', 'exonéré'].map((w) => keyword(w));

/**
 * Net candidates (currency units) made of one printed net `nets` holds (a base read on its own
 * row) and the amounts of every line of `lines` that names untaxed goods (one figure each, on the
 * label's row, none of them the base's line): the base plus those amounts. Empty when the page
 * prints no untaxed amount above zero.
 */
export function untaxedPartNets(lines: DocLine[], nets: AmountCandidate[]): AmountCandidate[] {
  const parts = labelledAmounts(lines, UNTAXED_LABELS).filter((c) => c.sameRow && c.value >= 0);
  const byLine = [...new Map(parts.map((c) => [c.amount.line, c])).values()];
  const untaxed = Math.round(byLine.reduce((s, c) => s + c.value, 0) * 100) / 100;
  if (!(untaxed > 0)) return [];
  return nets
    .filter((n) => n.sameRow && n.value > 0 && !byLine.some((c) => c.amount.line === n.amount.line))
    .map((n) => ({ ...n, value: Math.round((n.value + untaxed) * 100) / 100 }));
}
