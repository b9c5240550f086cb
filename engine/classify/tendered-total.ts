/**
 * @module engine/classify/tendered-total
 * A total paid at the till: a line naming a payment (cash or a card, in every language
 * ../parse/payment-method.ts knows: "Bar 10,00", "EC-Karte 7,70", "EFTPOS $12.50", "CB 4,30")
 * printed at most five lines under a total, with a figure that pays it: the total's own figure
 * for a card, the total or more for cash (the change comes back). A sale settled on the spot,
 * whatever the slip calls itself: a German café's "Rechnung Nr. 1234" paid by EC-Karte is a till
 * receipt, not an invoice billed on credit.
 */
import type { DocLine } from '../parse/lines.ts';
import type { findAmounts } from '../parse/amounts.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { paymentOfLine } from '../parse/payment-method.ts';

type Amounts = ReturnType<typeof findAmounts>;

/** Lines under a total in which its payment is looked for (a tax line or two and a subtotal may come between). */
const REACH = 5;

/**
 * Whether some total is paid at the till (see the module note). `lines`: the reading's lines in
 * order; `perLine`: each line's amounts (../parse/amounts.ts findAmounts); `isTotal(i)`: whether
 * line i holds a total word; `whole`: the page's currency prints whole amounts
 * (../parse/minor-unit.ts). A total's figure is the last one with cents on its line, or on the
 * next line when its own has none. Figures are compared in cents.
 */
export function tenderedTotal(lines: DocLine[], perLine: Amounts[], isTotal: (i: number) => boolean, whole = false): boolean {
  const cents = (i: number): number | null => {
    const a = perLine[i]?.filter((x) => moneyDecimals(x, whole));
    return a?.length ? Math.round(a[a.length - 1].value * 100) : null;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isTotal(i)) continue;
    const own = cents(i);
    const at = own != null ? i : i + 1;
    const total = own ?? (lines[i + 1]?.page === lines[i].page ? cents(i + 1) : null);
    if (total == null || total <= 0) continue;
    for (let j = at + 1; j <= at + REACH && j < lines.length && lines[j].page === lines[i].page; j++) {
      const method = paymentOfLine(lines[j]);
      const paid = cents(j);
      if (!method || paid == null) continue;
      if (paid === total || (method === 'cash' && paid > total)) return true;
    }
  }
  return false;
}
