/**
 * @module engine/extract/measured-quantity
 * A measured quantity times a price per unit, as a fuel pump's line or a weighed item prints it:
 * "39,47 L x 7,494 lei/L 295,79 A", "22.85 L x 173.456 JPY/L 3,963", "0,452 kg x 12,99 €/kg 5,87",
 * "12.500 gal @ 3.899 /gal 48.74". The quantity may have decimals and carries its unit (L, l,
 * ltr, kg, m, m2, m3, m², m³, gal); the sign is x, ×, * or @; the unit price may have up to four
 * decimals and a currency and "/unit" after it. A fuel price per litre prints three decimals, so a
 * comma or a dot before three digits is its decimal separator here ("7,494" is 7.494, not the
 * 7494 the amount parser reads, ../parse/amounts.ts) unless the amount is whole and the figure
 * only makes it read in thousands ("$1.245" pesos a litre, "= $40.027"), which the product proves: the quantity times
 * the unit price must make the line's amount within one unit of the amount's last printed digit
 * (a cent; a whole yen or forint), as the pump rounds it.
 * Australian, New Zealand and US pumps print the price per unit in cents ("42.18 L @ 189.9 c/L
 * $80.10", "11.203 GAL @ 359.9¢/GAL"): the unit price is then that figure / 100 in the currency
 * (1.899 dollars a litre), the product making the amount as above (a tester's Australian slip
 * came back with quantity 1 and the amount as its unit price).
 * Some pumps print the litres first, the product's name between them and its price per unit
 * ("50,66 l Super E10 1,602 81,16", "32.10 L Diesel @ 1.899 60.96"): the clause then spans the
 * row's text before its amount, and its `name` is the item's description (a tester's fuel rows
 * took the line above as their name, or were lost).
 */

/** Units a quantity is measured in: litres, kilograms, metres, square and cubic metres, gallons. */
const UNIT = String.raw`(?:ltr|lt|l|kg|m2|m3|m²|m³|m|gal)\.?`;
/** A currency before or after the unit price ("lei", "JPY", "€", "kr", "Ft"). */
const CUR = String.raw`(?:[A-Z]{3}|[$€£¥₩]|lei|Lei|kr|Kr|Ft|zł|Kč)`;
/**
 * A price per unit in cents, as Australian, New Zealand and US pumps print it ("189.9 c/L",
 * "359.9¢/gal"): the cents mark, captured, right before its "/unit" (the caller divides by 100).
 */
const CENTS_PER = String.raw`([c¢])(?=\s?\/\s?${UNIT})`;
/** Quantity, unit, times sign, unit price, then a currency and "/unit" or not. */
const MEASURED = new RegExp(
  String.raw`(?<![\p{L}\d.,])(\d{1,5}(?:[.,]\d{1,3})?)\s?${UNIT}\s*[x×*@]\s*(?:${CUR}\s?)?(\d{1,6}(?:[.,]\d{1,4})?)(?![\d.,]\d)(?:\s?${CENTS_PER})?(?:\s?${CUR})?(?:\s?\/\s?${UNIT})?(?![\p{L}\d])`,
  'giu',
);

/** Quantity and unit opening the row, the name (a letter first), the sign or not, the unit price, a currency and "/unit" or not, and nothing after. */
const LEADING = new RegExp(
  String.raw`^\s*(\d{1,5}(?:[.,]\d{1,3})?)\s?${UNIT}\s+(\p{L}[^\n]*?)\s+(?:[x×*@]\s*)?(?:${CUR}\s?)?(\d{1,6}(?:[.,]\d{1,4})?)(?:\s?${CUR})?(?:\s?\/\s?${UNIT})?\s*$`,
  'iu',
);

export interface MeasuredQuantity {
  /** The measured quantity (litres, kilograms...), with its decimals. */
  quantity: number;
  /** The price per unit, in the line's currency. */
  unitPrice: number;
  /** Character span of the clause in the text. */
  start: number;
  end: number;
  /** With the litres first: the span of the product's name between them and the unit price. */
  name?: { start: number; end: number };
}

/** A figure printed with one decimal mark, a comma or a dot, read as a decimal ("7,494" = 7.494). */
function decimal(s: string): number {
  return Number(s.replace(',', '.'));
}

/** A price in cents as currency units, to a millionth (189.9 -> 1.899, not 1.8989999999999998). */
function centsToUnits(cents: number): number {
  return Math.round(cents * 1e4) / 1e6;
}

/**
 * The readings of a unit price: as a decimal ("1,245" = 1.245 € a litre), and, when the line's
 * amount is whole (`wholeAmount`: pesos, forint, yen) and the figure is one group of three digits
 * after a mark, also in thousands ("$1.245" = 1245 pesos a litre on a Chilean pump's line,
 * "Bencina 93 32,150 L x $1.245 = $40.027"). The product with the quantity picks the one meant.
 */
export function unitPriceReadings(s: string, wholeAmount: boolean): number[] {
  const d = decimal(s);
  return wholeAmount && /^\d{1,3}[.,]\d{3}$/.test(s) ? [d, Number(s.replace(/[.,]/, ''))] : [d];
}

/** Whether `quantity` times `unitPrice` makes `amount` within one unit of its last printed digit. */
export const makes = (quantity: number, unitPrice: number, amount: { value: number; decimals: number }) => Math.abs(quantity * unitPrice - amount.value) <= 10 ** -amount.decimals + 1e-9;

/**
 * The measured clause in `text` whose quantity times unit price makes `amount` (its value, and
 * the decimals it prints: 2 for cents, 0 for whole units) within one unit of its last digit; null
 * when there is none. `amount` null: the clause when the text holds nothing else (a quantity line
 * printed above its item; the caller checks the product against the next line's amount).
 */
export function measuredQuantity(text: string, amount: { value: number; decimals: number } | null): MeasuredQuantity | null {
  for (const m of text.matchAll(MEASURED)) {
    const quantity = decimal(m[1]);
    const start = m.index!, end = start + m[0].length;
    // (a price in cents per unit, "189.9 c/L": in currency units, 1.899)
    const cents = m[3] ? centsToUnits(decimal(m[2])) : null;
    if (amount == null) {
      const unitPrice = cents ?? decimal(m[2]);
      if (!(quantity > 0) || !(unitPrice > 0) || /\S/.test(text.slice(0, start) + text.slice(end))) continue;
      return { quantity, unitPrice, start, end };
    }
    const unitPrice = (cents !== null ? [cents] : unitPriceReadings(m[2], amount.decimals === 0)).find((u) => quantity > 0 && u > 0 && makes(quantity, u, amount));
    if (unitPrice !== undefined) return { quantity, unitPrice, start, end };
  }
  return null;
}

/**
 * The clause with its quantity first and the product's name before its unit price, spanning all of
 * `text` (a row's text before its amount: "50,66 l Super E10 1,602 "), whose quantity times unit
 * price makes `amount` as measuredQuantity requires; null when there is none. `name` is the span of
 * the name (a letter first; grade numbers in it, "E10", "95", are the name's).
 */
export function leadingMeasure(text: string, amount: { value: number; decimals: number }): MeasuredQuantity | null {
  const m = LEADING.exec(text);
  if (!m) return null;
  const quantity = decimal(m[1]);
  const unitPrice = unitPriceReadings(m[3], amount.decimals === 0).find((u) => quantity > 0 && u > 0 && makes(quantity, u, amount));
  if (unitPrice === undefined) return null;
  const nameStart = m.index + m[0].indexOf(m[2], m[1].length);
  return { quantity, unitPrice, start: m.index + m[0].search(/\d/), end: m.index + m[0].length, name: { start: nameStart, end: nameStart + m[2].length } };
}
