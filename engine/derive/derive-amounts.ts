/**
 * @module engine/derive/derive-amounts
 * The document-level money fields of a receipt or an invoice that the printed ones determine
 * (total, net, tax, discount, in currency units to the cent). Only null fields are filled; a
 * printed value is never changed. The relation used is EN 16931's BR-CO-15: total with VAT
 * (BT-112) = total without VAT (BT-109, after document-level allowances) + VAT (BT-110).
 * - no discount on the document (the total was read, no discount was) -> discount 0;
 * - tax printed, net not -> net = total - tax; net printed, tax not -> tax = total - net
 *   (never negative); net and tax printed, total not -> total = net + tax;
 * - neither net nor tax read and the page prints no tax evidence at all (no tax word, no tax
 *   table's rate row: printed-rates' printsTaxEvidence) -> tax 0 and net = total (the
 *   reference's own receipt example: 12.9 with tax 0.0 and net 12.9). A page that prints a tax
 *   it was not read (a rate table OCR garbled: "A 24% 17.,47 4,19 21,66") keeps both null, and keeps its tax null when the net read equals the total
 *   (a subtotal of tax-inclusive prices: tax = total - net would say 0);
 * - a page that prints a service charge, a cover charge or a tip (`chargePrinted`) derives no
 *   tax = total - net: that difference holds the charge, which is no tax (tax 0 when the page
 *   names no tax at all);
 * - tax printed, net not, and the total the amount paid after the one cash rounding the page
 *   prints ("Sub Total 52.30", "Service Charge 10% 5.23", "Service Tax 6% 3.45", "Rounding Adj
 *   0.02", "TOTAL 61.00"), the printed lines and charges (`goods`) telling the rounding's sign ->
 *   net = total - rounding - tax (57.53, not 57.55: the rounding is a payment adjustment, EN
 *   16931 BT-114, outside the total with VAT BT-112 = BT-109 + BT-110). Pure.
 */
import { cents, sameCents, type Derivation } from './provenance.ts';

/** The four money fields of a receipt or invoice (currency units; null = not printed). */
export interface MoneyFields {
  totalAmount: number | null;
  netAmount: number | null;
  taxAmount: number | null;
  discountAmount: number | null;
}

/**
 * Fills what the printed money fields determine. `prefix` is prepended to field paths
 * (`multiple_receipts[1].`); `taxNamed` says whether the page prints tax evidence (printed-rates' printsTaxEvidence);
 * `chargePrinted` whether it prints a charge added before the total (../parse/charge-labels);
 * `roundings` the cash roundings it prints (../parse/rounding-labels printedRoundings, signed): a
 * total that differs from the net by one of them ("Zwischensumme 9.30", "Rundung 0.02", "Total
 * 9.32") holds no tax in that difference, a rounding is never tax.
 * Returns the filled copy and one derivation per filled field.
 */
export function deriveAmounts(m: MoneyFields, taxNamed: boolean, prefix = '', chargePrinted = false, roundings: number[] = [], goods: number | null = null): { money: MoneyFields; derived: Derivation[] } {
  const out = { ...m };
  const derived: Derivation[] = [];
  const put = (field: keyof MoneyFields, value: number, rule: Derivation['rule'], from: (keyof MoneyFields)[]) => {
    out[field] = cents(value);
    derived.push({ path: prefix + field, value: out[field]!, rule, from: from.map((f) => prefix + f) });
  };
  const { totalAmount: total, netAmount: net, taxAmount: tax } = m;
  if (total !== null && out.discountAmount === null) put('discountAmount', 0, 'no discount printed', ['totalAmount']);
  const beforeRounding = total !== null && tax !== null ? netBeforeRounding(total, tax, roundings, goods) : null;
  if (total !== null && tax !== null && net === null && tax <= total && beforeRounding !== null) put('netAmount', beforeRounding, 'net = total - rounding - tax', ['totalAmount', 'taxAmount']);
  else if (total !== null && tax !== null && net === null && tax <= total) put('netAmount', total - tax, 'net = total - tax', ['totalAmount', 'taxAmount']);
  // (a net equal to the total on a page that names a tax is a gross subtotal of tax-inclusive
  // prices, "SUBTOTAL 29.88", "TOTAL 29.88", "VAT INCLUDED 4.98": no tax of 0 is derived from it)
  else if (total !== null && net !== null && tax === null && net <= total && !(taxNamed && cents(total - net) === 0) && !chargePrinted && !roundedOnly(total, net, roundings)) put('taxAmount', total - net, 'tax = total - net', ['totalAmount', 'netAmount']);
  else if (total !== null && net !== null && tax === null && !taxNamed && roundedOnly(total, net, roundings)) put('taxAmount', 0, 'no tax printed', ['totalAmount']);
  else if (total !== null && net !== null && tax === null && chargePrinted && !taxNamed) put('taxAmount', 0, 'no tax printed', ['totalAmount']);
  else if (total === null && net !== null && tax !== null) put('totalAmount', net + tax, 'total = net + tax', ['netAmount', 'taxAmount']);
  else if (total !== null && net === null && tax === null && !taxNamed) {
    put('taxAmount', 0, 'no tax printed', ['totalAmount']);
    put('netAmount', total, 'net = total - tax', ['totalAmount', 'taxAmount']);
  }
  return { money: out, derived };
}

/**
 * The net of a total paid after a cash rounding (currency units), or null: exactly one rounding
 * printed, and `goods` (the printed lines' and charges' sum) equal to the total less that rounding
 * (prices including tax) or less it and the tax (prices excluding it) for one sign of it only (a
 * rounding's sign is lost as often as printed), never when the goods already make the total
 * or the total less the tax without it.
 */
function netBeforeRounding(total: number, tax: number, roundings: number[], goods: number | null): number | null {
  if (roundings.length !== 1 || goods === null) return null;
  if (sameCents(goods, total) || sameCents(goods, total - tax)) return null;
  const r = Math.abs(roundings[0]);
  const signs = [r, -r].filter((s) => sameCents(goods, total - s) || sameCents(goods, total - s - tax));
  return signs.length === 1 ? cents(total - signs[0] - tax) : null;
}

/** Whether `total` differs from `net` by a printed cash rounding alone (either sign: a rounding's sign is lost as often as printed). */
function roundedOnly(total: number, net: number, roundings: number[]): boolean {
  const d = cents(total - net);
  return d !== 0 && roundings.some((r) => Math.abs(Math.abs(r) - Math.abs(d)) < 0.005);
}
