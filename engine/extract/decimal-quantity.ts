/**
 * @module engine/extract/decimal-quantity
 * A quantity with decimals times a unit price, as an invoice bills hours, days or a measure:
 * "Konsulttimmar 7,5 h x 620,00 4 650,00", "Beratung 4.5 × 210.00 945.00", "Montage 4,50 Std. x
 * 85,00 € 382,50", "Montage 2,5 x 85,00 €/h 212,50", "Design 12.5 hrs @ 80.00 1,000.00". The line
 * total is the product of the quantity and the unit price (EN 16931 BT-131 = BT-129 x BT-146);
 * the figure a unit word follows (h, Std, hrs, timmar, ore, godz., jour, kg, l, m, pcs, Stk...) is
 * the quantity (its unit, BT-130), the figure a currency or a per-unit sign follows ("€", "€/h")
 * the unit price. With no unit word, the figure before the times sign is the quantity when it is
 * printed to the tenth or the thousandth (a measure: a price is printed to the cent); two figures
 * to the cent and no unit leave it to the caller. A whole count ("2 x 15.00") is
 * ./quantity-clause.ts's; a measured fuel or weighed clause ("0,512 kg x 3,49 €/kg") is
 * ./measured-quantity.ts's, read before this one. Source: a fresh tester's Swedish and Swiss
 * invoices, which came back with 620 hours at 7,50 and 210 hours at 4.50. Pure.
 */
import { makes, type MeasuredQuantity } from './measured-quantity.ts';

/**
 * Unit words after a quantity: hours (EN h, hr, hrs, hour(s); DE Std, Stunde(n); SV tim, timmar;
 * NO/DA time(r), timer; NL uur; FR heure(s); IT ora, ore; ES/PT hora(s); PL godz; CS hod; HU óra),
 * days (EN day(s); DE Tag(e); FR jour(s); IT giorno/giorni; ES/PT día(s), dia(s); NL dag(en); SV dag(ar)),
 * measures (kg, l, lt, ltr, m, m2, m3, m², m³, km, lb, lbs, gal) and pieces (pcs, pc, Stk, St, szt, ks, db, kpl).
 */
const UNIT_WORD = String.raw`(?:hours?|hrs|hr|h|stunden|stunde|std|timmar|tim|timer|time|uur|heures?|ore|ora|horas?|godz|hod|óra|days?|tage?|jours?|giorn[oi]|d[ií]as?|dag(?:en|ar)?|kg|ltr|lt|l|m2|m3|m²|m³|km|m|lbs|lb|gal|pcs|pc|stk|st|szt|ks|db|kpl)\.?`;
/** A currency before or after the unit price ("€", "EUR", "CHF", "kr", "zł"): its sign, or its ISO code in capitals. */
const CUR = String.raw`(?:EUR|CHF|GBP|USD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|CAD|AUD|NZD|ZAR|R\$|[$€£¥]|kr|Kr|zł|Kč|Ft|lei|Fr\.)`;
/** A unit price to the cent (up to four decimals), its thousands grouped or not ("620,00", "1.250,00", "1 250,00", "1'250.00"). */
const PRICE = String.raw`(\d{1,3}(?:[ .,'’]\d{3})+[.,]\d{2,4}|\d{1,6}[.,]\d{2,4})`;
/** The quantity with one to three decimals, its unit word or not, the times or at sign, the unit price, a currency and "/unit" or not. */
const CLAUSE = new RegExp(
  String.raw`(?<![\p{L}\d.,])(\d{1,5}[.,]\d{1,3})(\s?${UNIT_WORD})?\s*[x×*@]\s*(?:${CUR}\s?)?${PRICE}(?:\s?${CUR})?(?:\s?\/\s?${UNIT_WORD})?(?![\p{L}\d]|[.,]\d)`,
  'giu',
);

/** A printed figure as a number: its last comma or dot the decimal mark, the others (and spaces, apostrophes) thousands groups. */
function figure(s: string): number {
  const m = /^(.*)[.,](\d+)$/.exec(s);
  return m ? Number(`${m[1].replace(/[ .,'’]/g, '')}.${m[2]}`) : Number(s.replace(/[ .,'’]/g, ''));
}

/**
 * The clause (see the module comment) in `text` whose quantity times unit price makes `amount`
 * (its value and printed decimals) within one unit of its last digit (./measured-quantity.ts
 * makes), as quantity, unit price (currency units) and its span; null when there is none. With
 * no unit word the quantity must print one or three decimals. `amount` null: the clause when the
 * text holds nothing else (a quantity line over its item; the caller checks the product).
 */
export function decimalQuantity(text: string, amount: { value: number; decimals: number } | null): MeasuredQuantity | null {
  for (const m of text.matchAll(CLAUSE)) {
    const decimals = m[1].length - m[1].search(/[.,]/) - 1;
    if (!m[2] && decimals === 2) continue;
    const quantity = figure(m[1]), unitPrice = figure(m[3]);
    const start = m.index!, end = start + m[0].length;
    if (!(quantity > 0) || !(unitPrice > 0)) continue;
    if (amount == null ? /\S/.test(text.slice(0, start) + text.slice(end)) : !makes(quantity, unitPrice, amount)) continue;
    return { quantity, unitPrice, start, end };
  }
  return null;
}

/** A quantity with decimals and its unit word opening a row, then a name: "42,5 tim Konsultation", "7.5 h Beratung". */
const MEASURE_OPENS_ROW = new RegExp(String.raw`^\s*\d{1,5}[.,]\d{1,3}\s*${UNIT_WORD}\s+(?=\p{L}{2})`, 'iu');

/**
 * Where the name starts in `text` (a row) when the row opens with a quantity with decimals and
 * its unit word, the name after them ("42,5 tim Konsultation 1 150,00 48 875,00", a table whose
 * quantity and unit columns come before the description): the quantity is the row's first
 * figure, its unit no word of the name. Null when the row opens otherwise (a whole count is
 * ./leading-count.ts's and the caller's).
 */
export function measureOpensRow(text: string): number | null {
  const m = MEASURE_OPENS_ROW.exec(text);
  return m ? m[0].length : null;
}

const UNIT_AFTER = new RegExp(String.raw`^\s?${UNIT_WORD}(?![\p{L}\d])`, 'iu');
// (a sign opening the next figure, "$7.10 1 $7.10", is that figure's, no mark of this one)
const PRICE_SIGN_AFTER = new RegExp(String.raw`^\s?(?:${CUR}(?![\p{L}]|\s?[\d.,])|(?:${CUR}\s?)?\/\s?${UNIT_WORD}(?![\p{L}\d]))`, 'u');

/**
 * Whether `left` (a figure of `text`, a row, printed left of `right`) is the quantity of the
 * pair by the marks printed after the two: a unit word after one of them makes it the quantity,
 * a currency or per-unit sign after one of them ("€", "€/h", "/kg") makes it the unit price (not a
 * sign opening the figure after it, "$7.10 1 $7.10").
 * True (left is the quantity), false (right is), or null when the marks say nothing or disagree.
 */
export function unitMarksQuantity(text: string, left: { start: number; end: number }, right: { start: number; end: number }): boolean | null {
  const unit = (f: { end: number }) => UNIT_AFTER.test(text.slice(f.end));
  const price = (f: { end: number }) => PRICE_SIGN_AFTER.test(text.slice(f.end));
  const votes = new Set<boolean>();
  if (unit(left)) votes.add(true);
  if (unit(right)) votes.add(false);
  if (price(left)) votes.add(false);
  if (price(right)) votes.add(true);
  return votes.size === 1 ? [...votes][0] : null;
}
