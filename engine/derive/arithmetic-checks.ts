/**
 * @module engine/derive/arithmetic-checks
 * The cross-checks of a receipt's or an invoice's printed money (currency units, to the cent):
 * - `net_plus_tax_equals_total` (EN 16931 BR-CO-15), also as net - discount + tax = total when
 *   a discount is printed below the subtotal;
 * - `items_sum_equals_net_or_total`: the line totals add up to the net or to the total (or, a
 *   discount printed, to the net or the total plus the discount: the lines come before the allowance), or to
 *   the total less a cash rounding the page prints ("Total CHF 23.47", "Rundung -0.02", "Zu
 *   bezahlen 23.45": the lines add up to the sum before the rounding, the total is the amount paid),
 *   or less a service charge taken as a percentage ("Servizio 10% 2,40"), or, the tax printed, less
 *   the tax and that charge (the charge taxed with the goods: the net holds it, EN 16931 BT-109).
 * A check is made only when all its inputs were printed; a derived value satisfies its own rule
 * and would prove nothing. Pure.
 */
import type { ReceiptItem } from '../../schemas/results.ts';
import type { MoneyFields } from './derive-amounts.ts';
import { cents, sameCents, type ArithmeticCheck } from './provenance.ts';

/**
 * Checks of the printed `m` and `items`; `printed(path)` says whether a field path was printed;
 * `roundings`, the cash roundings the page prints (signed, currency units: ../parse/rounding-labels.ts);
 * `charges`, the service charges it prints as a percentage of the bill (../parse/charge-labels.ts).
 */
export function moneyChecks(m: MoneyFields, items: ReceiptItem[], printed: (path: string) => boolean, prefix = '', roundings: number[] = [], charges: number[] = []): ArithmeticCheck[] {
  const checks: ArithmeticCheck[] = [];
  const p = (f: string) => prefix + f;
  const { totalAmount: total, netAmount: net, taxAmount: tax, discountAmount: discount } = m;
  if (total !== null && net !== null && tax !== null && printed(p('totalAmount')) && printed(p('netAmount')) && printed(p('taxAmount'))) {
    const plain = cents(net + tax);
    const withDiscount = discount !== null && discount > 0 && printed(p('discountAmount')) ? cents(net - discount + tax) : null;
    const ok = sameCents(plain, total) || (withDiscount !== null && sameCents(withDiscount, total));
    checks.push({
      name: 'net_plus_tax_equals_total', ok, expected: !sameCents(plain, total) && withDiscount !== null && sameCents(withDiscount, total) ? withDiscount : plain, actual: total,
      inputs: [p('netAmount'), p('taxAmount'), p('totalAmount'), ...(withDiscount !== null ? [p('discountAmount')] : [])],
      ...(withDiscount !== null && sameCents(withDiscount, total) && !sameCents(plain, total) ? { detail: 'net - discount + tax = total' } : {}),
    });
  }
  const lineTotals = items.map((it, i) => (it.totalAmount !== null && printed(`${p('tableItems')}[${i}].totalAmount`) ? it.totalAmount : null));
  if (items.length && lineTotals.every((v) => v !== null)) {
    const sum = cents(lineTotals.reduce((s, v) => s! + v!, 0)!);
    // (lines before a printed document-level discount add up to the net plus that discount: the
    // net is after the allowance, EN 16931 BT-109)
    const beforeDiscount = net !== null && printed(p('netAmount')) && discount !== null && discount > 0 && printed(p('discountAmount')) ? { f: 'netAmount', v: cents(net + discount), detail: 'net plus the discount' } : null;
    // (gross lines before a printed document discount add up to the total plus it: "Brot 10,00",
    // "Kuchen 13,50", "Rabatt 10% -2,35", "Summe EUR 21,15")
    const grossBeforeDiscount = total !== null && printed(p('totalAmount')) && discount !== null && discount > 0 && printed(p('discountAmount')) ? { f: 'totalAmount', v: cents(total + discount), detail: 'total plus the discount' } : null;
    // (lines before a printed cash rounding add up to the total less it: the total is the amount paid)
    const beforeRounding = total !== null && printed(p('totalAmount')) ? roundings.map((r) => ({ f: 'totalAmount', v: cents(total - r), detail: 'total less the printed rounding' })) : [];
    // (and before a service charge taken as a percentage, "Servizio 10% 2,40": no line of its own)
    const chargeSum = charges.reduce((s, c) => s + c, 0);
    const charged = charges.length && total !== null && printed(p('totalAmount')) ? [{ f: 'totalAmount', v: cents(total - chargeSum), detail: 'total less the printed service charge' }] : [];
    // (or the net less it, prices before tax and the charge taxed with them: "SERV. CHG. 10% 8.25", "GST 6% 5.45")
    if (charges.length && net !== null && printed(p('netAmount'))) charged.push({ f: 'netAmount', v: cents(net - chargeSum), detail: 'net less the printed service charge' });
    // (or the total less the tax and the charge, the net derived as total - tax: "Subtotal 50.00",
    // "Service Charge 10% 5.00", "GST 9% 4.95", "TOTAL 59.95", whose net is 55.00, EN 16931 BT-109)
    if (charges.length && total !== null && tax !== null && printed(p('totalAmount')) && printed(p('taxAmount'))) {
      for (const r of [0, ...roundings]) charged.push({ f: 'totalAmount', v: cents(total - tax - chargeSum - r), detail: `total less the tax${r ? ', the printed rounding' : ''} and the printed service charge` });
    }
    const against = [net !== null && printed(p('netAmount')) ? { f: 'netAmount', v: net } : null, total !== null && printed(p('totalAmount')) ? { f: 'totalAmount', v: total } : null, beforeDiscount, grossBeforeDiscount, ...beforeRounding, ...charged].filter((x) => x !== null);
    if (against.length) {
      const hit = against.find((a) => sameCents(a.v, sum));
      const target = hit ?? against[0];
      checks.push({
        name: 'items_sum_equals_net_or_total', ok: !!hit, expected: sum, actual: target.v,
        inputs: [`${p('tableItems')}[*].totalAmount`, p(target.f)], detail: hit ? `the lines add up to the ${'detail' in hit ? hit.detail : hit.f === 'netAmount' ? 'net' : 'total'}` : 'the lines add up to neither the net nor the total',
      });
    }
  }
  return checks;
}

/**
 * `line_taxes_sum_equals_printed_tax`: the line taxes derived from the rate printed on each
 * line (`lineRates[i]` for `items[i]`, see ./line-rates), added up per rate, against the tax
 * the summary prints for that rate (`summary(r)`: the figures of the rate's tax line; the one
 * nearest the sum is taken as its tax), or, when no rate's tax line is printed, the sum of all
 * against the document's printed tax (`docTax`, null when not printed). Within half a cent per
 * line plus half a cent (each line rounded on its own). Only reports: nothing is altered. Made
 * only when every line's tax was derived from its line's rate. `charges`: the service charges the
 * bill prints (currency units), taxed at the one rate when only one is printed.
 */
export function lineTaxChecks(items: ReceiptItem[], lineRates: number[] | null | undefined, fromLineRate: (i: number) => boolean, summary: (r: number) => number[], docTax: number | null, prefix = '', charges: number[] = []): ArithmeticCheck[] {
  if (!lineRates || lineRates.length !== items.length || !items.length || !items.every((it, i) => it.taxAmount !== null && fromLineRate(i))) return [];
  const byRate = new Map<number, number[]>();
  lineRates.forEach((r, i) => byRate.set(r, [...(byRate.get(r) ?? []), i]));
  const tolerance = (n: number) => 0.005 * n + 0.005 + 1e-9;
  const pct = (r: number) => `${cents(r * 100)} %`;
  const checks: ArithmeticCheck[] = [];
  for (const [r, idx] of byRate) {
    const lines = cents(idx.reduce((s, i) => s + items[i].taxAmount!, 0));
    const printed = summary(r);
    if (!printed.length) continue;
    // (one rate on the bill and a service charge printed: the charge bears that rate too,
    // "Service Charge 10% 5.00" under 50.00 of lines and "GST 9% 4.95": 4.50 + 0.45)
    const chargeTax = byRate.size === 1 ? charges.reduce((s, c) => s + c, 0) * r : 0;
    const charged = chargeTax > 0 && printed.some((v) => Math.abs(v - cents(lines + chargeTax)) <= tolerance(idx.length + 1)) && !printed.some((v) => Math.abs(v - lines) <= tolerance(idx.length));
    const sum = charged ? cents(lines + chargeTax) : lines;
    const nearest = printed.reduce((a, b) => (Math.abs(b - sum) < Math.abs(a - sum) ? b : a));
    const ok = Math.abs(nearest - sum) <= tolerance(idx.length);
    checks.push({
      name: 'line_taxes_sum_equals_printed_tax', ok, expected: sum, actual: nearest, inputs: idx.map((i) => `${prefix}tableItems[${i}].taxAmount`),
      detail: ok ? `the ${pct(r)} lines' taxes${charged ? ' and the service charge\'s' : ''} add up to the tax printed for ${pct(r)}` : `the ${pct(r)} lines' taxes (${sum}) do not add up to the tax printed for ${pct(r)} (${nearest}) within rounding`,
    });
  }
  if (!checks.length && docTax !== null) {
    const sum = cents(items.reduce((s, it) => s + it.taxAmount!, 0));
    const ok = Math.abs(sum - docTax) <= tolerance(items.length);
    checks.push({
      name: 'line_taxes_sum_equals_printed_tax', ok, expected: sum, actual: docTax, inputs: [`${prefix}tableItems[*].taxAmount`, `${prefix}taxAmount`],
      detail: ok ? 'the line taxes add up to the printed tax' : `the line taxes (${sum}) do not add up to the printed tax (${docTax}) within rounding`,
    });
  }
  return checks;
}
