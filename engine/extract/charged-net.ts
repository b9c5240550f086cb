/**
 * @module engine/extract/charged-net
 * A restaurant bill's service charge printed between the subtotal of its lines and its tax
 * ("Subtotal 50.00", "Service Charge 10% 5.00", "GST 9% 4.95", "TOTAL 59.95"; Singapore's GST and
 * Malaysia's SST are charged on the service charge too). The charge is a document-level charge
 * (EN 16931 BG-21, BT-99), no line: the lines add up to the subtotal, while the document's net
 * (BT-109 = sum of the lines - allowances + charges) is subtotal + charge, that is total - tax
 * (BR-CO-15). Pure.
 */
import type { DocLine } from '../parse/lines.ts';
import type { AmountCandidate } from './labels.ts';
import { chargeAmounts } from './service-charges.ts';

const near = (a: number, b: number) => Math.abs(a - b) <= 0.011;

/**
 * Whether the `net` picked is the lines' subtotal before a service charge the tax is charged
 * on: a charge (../parse/charge-labels, not a tax line) printed below the net's line and above
 * the tax's, and net + charges + tax = total to a cent, or to a cash rounding of up to 5 cents
 * printed below, or printed anywhere where `roundings` (the page's cash roundings, currency units,
 * each with both signs) hold it (amounts in currency units). A tax of 0 counts (Malaysia's GST at 0 %,
 * June to August 2018, "SR (@ 0%) 67.98 0.00": the net is still the lines and the charge). The net is then no document net (see the module
 * comment). A tip printed under the tax (after it is charged) is no such charge.
 */
export function chargedNet(net: AmountCandidate, tax: AmountCandidate, total: AmountCandidate, lines: DocLine[], roundings: number[] = []): boolean {
  if (!(tax.value >= 0)) return false;
  const between = chargeAmounts(lines).filter((c) => c.label.index > net.label.index && c.label.index < tax.label.index && c.label.page === net.label.page);
  if (!between.length) return false;
  const sum = between.reduce((s, c) => s + c.value, 0);
  const gap = total.value - (net.value + sum + tax.value);
  // (or the gap a cash rounding printed, `roundings` as signed either way, the tax read from a GST summary under the total:
  // "Total (Excluding GST): 56.20", "Serv. Charge (10%): 5.62", "Rounding Adj: 0.02", "TOTAL: 65.55", "SR (@ 6%) 61.82 3.71")
  return near(gap, 0) || (Math.abs(gap) <= 0.05 && (total.label.index > tax.label.index || roundings.some((r) => Math.abs(gap - r) < 0.005)));
}
