/**
 * @module engine/derive/arithmetic-checks
 * The cross-checks of a receipt's or an invoice's printed money (currency units, to the cent):
 * - `net_plus_tax_equals_total` (EN 16931 BR-CO-15), also as net - discount + tax = total when
 *   a discount is printed below the subtotal;
 * - `items_sum_equals_net_or_total`: the line totals add up to the net or to the total (or, a
 *   discount printed, to the net plus the discount: the lines come before the allowance).
 * A check is made only when all its inputs were printed; a derived value satisfies its own rule
 * and would prove nothing. Pure.
 */
import type { ReceiptItem } from '../../schemas/results.ts';
import type { MoneyFields } from './derive-amounts.ts';
import { cents, sameCents, type ArithmeticCheck } from './provenance.ts';

/** Checks of the printed `m` and `items`; `printed(path)` says whether a field path was printed. */
export function moneyChecks(m: MoneyFields, items: ReceiptItem[], printed: (path: string) => boolean, prefix = ''): ArithmeticCheck[] {
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
    const beforeDiscount = net !== null && printed(p('netAmount')) && discount !== null && discount > 0 && printed(p('discountAmount')) ? { f: 'netAmount', v: cents(net + discount), detail: 'the net plus the discount' } : null;
    const against = [net !== null && printed(p('netAmount')) ? { f: 'netAmount', v: net } : null, total !== null && printed(p('totalAmount')) ? { f: 'totalAmount', v: total } : null, beforeDiscount].filter((x) => x !== null);
    if (against.length) {
      const hit = against.find((a) => sameCents(a.v, sum));
      const target = hit ?? against[0];
      checks.push({
        name: 'items_sum_equals_net_or_total', ok: !!hit, expected: sum, actual: target.v,
        inputs: [`${p('tableItems')}[*].totalAmount`, p(target.f)], detail: hit ? `the lines add up to the ${hit === beforeDiscount ? beforeDiscount.detail : hit.f === 'netAmount' ? 'net' : 'total'}` : 'the lines add up to neither the net nor the total',
      });
    }
  }
  return checks;
}
