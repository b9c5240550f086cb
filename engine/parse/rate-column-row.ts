/**
 * @module engine/parse/rate-column-row
 * A row of an invoice's item table that prints the table's columns: a quantity, a unit price, the
 * line's VAT rate and its amount, the quantity times the unit price making the amount ("Delivery
 * (next-day courier)  1  12.50  20%  12.50", "Freight  1  120.00  10%  120.00"). Such a row is a
 * line of the invoice (EN 16931 BG-25: its quantity BT-129, price BT-146, VAT rate BT-152, net
 * amount BT-131) whatever its name, never a charge on the bill taken as a percentage ("Service
 * Charge 10% 5.00", ./charge-labels.ts): its percentage is its VAT rate. A fresh tester's UK and
 * Australian invoices lost their delivery and freight lines, and with them the lines' sum. Pure.
 */
import { findAmounts } from './amounts.ts';

/** A quantity, a unit price with cents, a rate, an amount with cents, ending the line. Groups: quantity, unit price, amount. */
const COLUMNS = /(?<![\d.,])(\d{1,6}(?:[.,]\d{1,3})?)\s+[$€£]?\s?(\d[\d.,\s]*?[.,]\d{2,4})\s+\d{1,2}(?:[.,]\d{1,2})?\s?%\s+[$€£]?\s?(\d[\d.,\s]*?[.,]\d{2})\s*$/;

/** Whether `text` (one line) is an item table's row with a rate column, its quantity x unit price its amount (see the module comment). */
export function rateColumnItemRow(text: string): boolean {
  const m = COLUMNS.exec(text);
  if (!m || !/\p{L}{3,}/u.test(text.slice(0, m.index))) return false;
  const [q, u, a] = [m[1], m[2], m[3]].map((s) => findAmounts(s)[0]?.value ?? NaN);
  return q > 0 && Math.abs(q * u - a) <= 0.01 * Math.max(1, a / 100);
}
