/**
 * @module engine/extract/net-before-gross
 * An invoice row that prints its net value and then its gross value, the rate between or before
 * them (Polish "Cena netto | VAT | Wartość netto | Wartość brutto", Czech "Bez DPH | S DPH",
 * Hungarian "Nettó érték | Bruttó érték"): the row's amount is the gross figure, so no pair of its
 * figures makes it; the quantity and the unit price are the pair whose product makes the net
 * value. The net value is the figure before the amount that the row's own printed rate makes the
 * amount: net x (1 + rate / 100) = gross to the cent, as a line is rounded. A figure that is the
 * row's tax, or anything else, is no net value (a fresh tester's Polish scan, its quantity cell
 * misread "llosc", came back with every quantity empty). The rate may be printed without its %
 * sign, under a column headed as a rate ("Sazba DPH" over "21", "Stawka VAT" over "23"): a whole
 * figure of the row then (bareRateFigures), which the same arithmetic proves or not. Pure.
 */
import type { PlacedAmount } from '../parse/lines.ts';

/**
 * Of `figures` (a row's money figures before its amount, left to right), the last whose value
 * times 1 + one of `rates` (the percentages the row prints, 23 for "23%") makes `total` within
 * half a cent (half a unit on a page of whole money, `whole`); null when none does, the row
 * prints no rate, or the figure is the amount itself (a rate of 0 %, which proves nothing).
 */
export function netBeforeGross(figures: PlacedAmount[], total: number, rates: number[], whole = false): PlacedAmount | null {
  const tol = (whole ? 0.5 : 0.005) + 1e-9;
  for (let k = figures.length - 1; k >= 0; k--) {
    const net = figures[k].value;
    if (!(net > 0) || Math.abs(net - total) < tol) continue;
    if (rates.some((r) => r > 0 && r < 100 && Math.abs(Math.round(net * (1 + r / 100) * 100) / 100 - total) <= tol)) return figures[k];
  }
  return null;
}

/**
 * The figures of a row that may be its rate printed without a % sign ("Konzultace 10 hod 1 200,00
 * 21 12 000,00 2 520,00 14 520,00", a Czech "Sazba DPH" column): whole numbers of one or two digits,
 * or with one decimal ("5,5"), up to 30, each as a percentage (21 for 21 %). Only candidates:
 * netBeforeGross takes one only when net x (1 + rate / 100) makes the gross value to the cent.
 */
export function bareRateFigures(figures: PlacedAmount[]): number[] {
  return figures.filter((a) => a.decimals <= 1 && /^\s*\d{1,2}(?:[.,]\d)?\s*$/.test(a.text) && a.value > 0 && a.value <= 30).map((a) => a.value);
}
