/**
 * @module engine/extract/labelled-measure
 * A fuel pump's line that names its figures instead of multiplying them: "Litros 32,15 Precio/L
 * 1,245 Importe 40,03", "Lts: 32.150 P.Unit: $1.245 Total: $40.027", "Volume 32,15 Prix/L 1,245
 * Montant 40,03", the grade on the same line before them or on the line above ("GASOLINA 95").
 * The litres are the item's quantity, the price per litre its unit price, the amount its total,
 * when the product makes the amount as the pump rounds it (./measured-quantity.ts); the pump's
 * number ("Surtidor 4", "Bomba 2") is none of them. Labels: ES/PT "litros", "lts", "precio",
 * "preço", "valor", "importe", "monto"; FR "volume", "prix", "montant"; EN "litres", "price",
 * "amount", "total". Pure.
 */
import { makes, unitPriceReadings } from './measured-quantity.ts';

const QTY = String.raw`(?:litros|litro|lts|ltrs|ltr|litres|liters|litre|liter|volumen|volume|galones|gallons|gal)\.?`;
const PRICE = String.raw`(?:precio|preço|preco|prix|price|valor|p\.?\s?unit(?:ario|aire)?|p\/u|unit price)(?:\s?(?:\/|por|per|par)\s?(?:l|lt|litro|litre|liter|gal))?\.?`;
const AMOUNT = String.raw`(?:importe|monto|montant|amount|total|valor total|valor|subtotal)`;
const CUR = String.raw`(?:[$€£]|EUR|CLP|USD|ARS|MXN|COP|PEN|S\/)`;
const FIG = String.raw`(\d{1,6}(?:[.,]\d{1,4})*)`;
/** Litres label and figure, price label and figure, amount label and figure, each label with a colon or not. */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])${QTY}\s*:?\s*${FIG}\s*(?:l\b\.?)?\s+${PRICE}\s*:?\s*(?:${CUR}\s?)?${FIG}\s+${AMOUNT}\s*:?\s*(?:${CUR}\s?)?(\d{1,9}(?:[.,]\d{1,3})*)\s*(?:${CUR})?\s*$`,
  'iu',
);

export interface LabelledMeasure {
  /** Litres (gallons) bought. */
  quantity: number;
  /** Price per litre, in the line's currency units. */
  unitPrice: number;
  /** Where the litres' label starts: the text before it is the grade's name, if any. */
  start: number;
}

/** Whether `text` has the shape of a labelled pump line (its words name columns, "Precio", "Importe", but it heads none). */
export function labelsMeasure(text: string): boolean {
  return LABELLED.test(text);
}

/**
 * The labelled litres and price per litre of `text` when their product makes `amount` (the line's
 * last figure as the page reads its money: its value, and 2 decimals for cents, 0 for whole
 * pesos), as ./measured-quantity.ts requires; else null.
 */
export function labelledMeasure(text: string, amount: { value: number; decimals: number }): LabelledMeasure | null {
  const m = LABELLED.exec(text);
  if (!m || !/^\d{1,5}(?:[.,]\d{1,3})?$/.test(m[1])) return null;
  const quantity = Number(m[1].replace(',', '.'));
  const unitPrice = unitPriceReadings(m[2], amount.decimals === 0).find((u) => quantity > 0 && u > 0 && makes(quantity, u, amount));
  return unitPrice === undefined ? null : { quantity, unitPrice, start: m.index };
}
