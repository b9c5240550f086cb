/**
 * @module engine/derive/bracketed-line-rates
 * The VAT rate an Argentine fiscal ticket prints on each item's line, in brackets and without a %
 * sign, between the name and the price: "YERBA MATE 1KG (21,00) 2.500,00", "PAN (10,50) 1.800,00"
 * (the alícuota of the IVA, under the Régimen de Transparencia Fiscal al Consumidor, Ley 27.743,
 * which prints the tax contained, "IVA Contenido $1.313,89", and no rate beside it). A bare figure
 * in brackets is a rate only where the arithmetic says so: every item's line prints one, and the
 * line taxes at those rates add up to the document's printed tax (./line-tax-sums.ts), the lines
 * making up the total (prices include the tax) or the net (they exclude it). A fresh tester's
 * Buenos Aires ticket kept every line tax null. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { mendedLetters } from '../parse/letter-digit-slips.ts';
import { lineTaxesHold } from './line-tax-sums.ts';
import { cents } from './provenance.ts';

/** A rate in brackets, one or two whole digits and two decimals or none: "(21,00)", "(10,50)", "(21)". */
const BRACKETED = /\((\d{1,2})(?:[.,](\d{1,2}))?\)/g;

// (an item's name and its line compared with their letters and digits read alike, as ./line-rates.ts compares them)
const fold = (s: string) => mendedLetters(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each item's bracketed rate (a fraction, 0.21 for "(21,00)"), in item order, or null unless every
 * item's line prints exactly one: the next text line, in page order, that holds the description's
 * first word and ends with the item's total (`totals[i]`, currency units, or `alt[i]` when given:
 * the amount before a line discount, as the line prints it), the bracket before that total.
 */
export function itemBracketedRates(items: Array<{ description: string | null }>, totals: number[], text: string, alt: number[] | null = null): number[] | null {
  if (!items.length || totals.length !== items.length) return null;
  const lines = text.split('\n');
  const folded = lines.map(fold);
  const out: number[] = [];
  let from = 0;
  for (let n = 0; n < items.length; n++) {
    const word = fold(items[n].description ?? '').split(' ')[0] ?? '';
    const want = [totals[n], ...(alt ? [alt[n]] : [])];
    const i = lines.findIndex((l, k) => k >= from && !!word && folded[k].includes(word) && endsWith(l, want));
    if (i < 0) return null;
    const rates = [...lines[i].matchAll(BRACKETED)];
    if (rates.length !== 1) return null;
    const r = Number(`${rates[0][1]}.${rates[0][2] ?? '0'}`) / 100;
    if (!(r >= 0 && r <= 0.3)) return null;
    out.push(r);
    from = i + 1;
  }
  return out;
}

/** Whether the last figure of `line` is one of `values` (currency units) and comes after a bracket. */
function endsWith(line: string, values: number[]): boolean {
  const figs = findAmounts(line);
  const last = figs[figs.length - 1];
  return !!last && !last.text.startsWith('(') && values.some((v) => Math.abs(last.value - v) < 0.005) && line.includes(')') && line.lastIndexOf(')') <= last.start;
}

/**
 * The bracketed rates of every item (itemBracketedRates), kept only where the line taxes they give
 * add up to the printed `tax`: the lines (`totals`, currency units) adding up to `total` (prices
 * include tax) or to `net` (prices exclude it). Null otherwise.
 */
export function heldBracketedRates(items: Array<{ description: string | null }>, totals: number[], text: string, money: { totalAmount: number | null; netAmount: number | null; taxAmount: number | null }, alt: number[] | null = null): number[] | null {
  const rates = itemBracketedRates(items, totals, text, alt);
  if (!rates || money.taxAmount === null || money.taxAmount <= 0) return null;
  const sum = cents(totals.reduce((s, t) => s + t, 0));
  const near = (v: number | null) => v !== null && Math.abs(sum - v) <= 0.01 * totals.length + 1e-9;
  const inclusive = near(money.totalAmount);
  if (!inclusive && !(near(money.netAmount) && money.netAmount !== money.totalAmount)) return null;
  return lineTaxesHold(totals, rates, inclusive, money.taxAmount, () => []) ? rates : null;
}
