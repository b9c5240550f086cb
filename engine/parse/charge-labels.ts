/**
 * @module engine/parse/charge-labels
 * The words of a charge a receipt adds to its items before the total that is no tax: a
 * restaurant's service charge ("Service Charge 10% 3.48", "Svc Chg 10% 4.95", "SERVICE CHG 5.50",
 * Singapore's and Malaysia's 10 %), a cover charge ("Coperto 2,00", "Couvert"), "Servizio",
 * "Bedienung", a delivery fee, a tip ("Propina", "Tip"). The total includes them; the tax does
 * not (GST, SST, VAT, MwSt, TVA, IVA, BTW, PTU are the tax). Malaysia's "Service Tax 6%" is a
 * tax (SST), not a charge. Shared by extraction (../extract/service-charges) and derivation. Pure.
 */
import { keyword, matchAny } from './lines.ts';
import { findAmounts } from './amounts.ts';
import { rateColumnItemRow } from './rate-column-row.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));

/** Labels of a charge added before the total, in the languages served (EN DE FR ES IT PT NL PL, MS). */
export const CHARGE_LABELS = k([
  'service charge', 'service chg', 'svc charge', 'svc chg', 'serv charge', 'serv chg', 'srv charge', 'srv chg', 'svc chrg', 'service', 'servizio', 'serviço', 'servico', 'servicio', 'bedienung',
  'bedienungsgeld', 'bediening', 'obsługa', 'serwis', 'caj perkhidmatan', 'delivery', 'delivery fee', 'frais de livraison', 'coperto', 'couvert', 'cover charge',
  // a surcharge on the bill (an Australian café's "Public Holiday Surcharge 15%", "Sunday Surcharge 10%", a card surcharge): a charge, its rate no tax rate
  'surcharge', 'surchg', 'zuschlag', 'supplément', 'supplement', 'recargo', 'maggiorazione', 'toeslag',
  // a tip added under the total before the grand total ("TOTAL 99.82", "TIP 18.00", "GRAND TOTAL 117.82")
  'tip', 'gratuity', 'trinkgeld', 'pourboire', 'propina', 'mancia', 'gorjeta', 'fooi', 'napiwek',
  // an invoice's shipping or freight charge (EN 16931 BG-21, a document level charge: "Shipping: $199.99"
  // between the tax and the total; a development invoice's total was then read as its balance due)
  'shipping', 'shipping and handling', 'shipping & handling', 'freight', 'postage', 'versandkosten', 'frachtkosten', 'frais de port',
  'frais d\'expédition', 'gastos de envío', 'gastos de envio', 'spese di spedizione', 'verzendkosten', 'koszty wysyłki',
]);
/** A tax named after a service ("SERVICE TAX 6%", Malaysia's SST), and a charge's own tax line ("GST on Svc Chg"): no charge. */
export const NOT_A_CHARGE = k(['service tax', 'servicetax', 'sst', 'gst', 'vat', 'tax', 'mwst', 'tva', 'iva', 'btw', 'ptu']);

/**
 * Whether some line of `text` (lines split on "\n") prints a charge with a money figure
 * ("Svc Chg 10% 4.95"): on such a page the total less the net holds the charge, and is no tax.
 */
export function printsCharge(text: string): boolean {
  return text.split('\n').some((l) => matchAny(l, CHARGE_LABELS) && !matchAny(l, NOT_A_CHARGE) && /\d[.,]\d{2}(?!\d)/.test(l));
}

/**
 * Whether `text` is a charge taken as a percentage of the bill ("Servizio 10% 2,40", "Service
 * Charge 10% 5.00", "Bedienung 10 % 3,00"): a service charge, no item (a cover charge, "Coperto
 * 2,00", prints no rate and is one).
 */
export function percentCharge(text: string): boolean {
  return !!matchAny(text, CHARGE_LABELS) && !matchAny(text, NOT_A_CHARGE) && /\d\s?%/.test(text);
}

/**
 * The words of a charge on the bill that is never a goods line, rate or no rate: a service
 * charge ("Bedienung 2,10", "Servizio 1,74") and a tip ("Gorjeta 2,40", "Tip 3.24"). EN 16931
 * calls such a charge a document level charge (BG-21), apart from the lines (BG-25). A cover
 * charge ("Coperto x2 4,00", counted per person), a delivery and a bare "Service" (a workshop's
 * "Service Inspektion 35,00") may be goods lines and are not among them.
 */
const BILL_CHARGE_LABELS = k([
  'service charge', 'service chg', 'svc charge', 'svc chg', 'serv charge', 'serv chg', 'srv charge', 'srv chg', 'svc chrg', 'servizio', 'serviço', 'servico', 'servicio', 'bedienung',
  'bedienungsgeld', 'bediening', 'caj perkhidmatan',
  'tip', 'gratuity', 'trinkgeld', 'pourboire', 'propina', 'mancia', 'gorjeta', 'fooi', 'napiwek',
  // an invoice's shipping or freight charge (EN 16931 BG-21, a document level charge: "Shipping: $199.99"
  // between the tax and the total; a development invoice's total was then read as its balance due)
  'shipping', 'shipping and handling', 'shipping & handling', 'freight', 'postage', 'versandkosten', 'frachtkosten', 'frais de port',
  'frais d\'expédition', 'gastos de envío', 'gastos de envio', 'spese di spedizione', 'verzendkosten', 'koszty wysyłki',
]);

/**
 * Whether `text` (one line) is a charge on the bill, no goods line: a percentage charge
 * (percentCharge), or a service or tip word (BILL_CHARGE_LABELS) opening the line, no word
 * before it and no tax named ("GST on Svc Chg 0.45" is tax).
 */
export function billCharge(text: string): boolean {
  // (an item table's row, "Freight 1 120.00 10% 120.00": its percentage its VAT rate, ./rate-column-row.ts)
  if (rateColumnItemRow(text)) return false;
  if (percentCharge(text)) return true;
  const m = matchAny(text, BILL_CHARGE_LABELS);
  // (a word joined by a hyphen is a name, "Tip-Ex 2,50")
  return !!m && !/[\p{L}\d]/u.test(text.slice(0, m.start)) && !/^-\p{L}/u.test(text.slice(m.end)) && !matchAny(text, NOT_A_CHARGE);
}

/**
 * The charges on the bill `text` prints (lines split on "\n", billCharge: "Servizio 10% 2,40",
 * "Bedienung 2,10"), each its last figure (after the rate, when one is printed), positive, in
 * currency units: the goods lines add up to the total less them.
 */
export function printedBillCharges(text: string): number[] {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    if (!billCharge(line)) continue;
    const rate = /\d\s?%/.exec(line);
    const last = findAmounts(line.slice(rate ? rate.index + rate[0].length : 0)).pop();
    if (last && last.value > 0 && last.decimals === 2) out.push(last.value);
  }
  return out;
}
