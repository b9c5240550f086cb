/**
 * @module engine/extract/weighed-quantity
 * A weighed item's quantity, a weight to the gram, whose decimal comma (or point) the figure
 * reader took for a thousands group: "1,234 18,90 23,32" under "Kaese Gouda" is 1,234 kg at 18,90
 * a kilogram, not 1234 of something (a fresh tester's weighed rows came back with no quantity,
 * or were lost). One to three digits, a mark and exactly three digits is either reading; the row
 * decides: the weight reading times a two-decimal figure of the row makes its amount to the
 * scale's rounding (a cent, or a cent per hundred), while the thousands reading made no pair
 * (./items.ts tries that first). Pure.
 */
import type { AmountMatch } from '../parse/amounts.ts';

/** A figure printed as a thousands group, "1,234", "0.750" (read whole). */
const GROUPED = /^\d{1,3}[.,]\d{3}$/;

/**
 * The quantity (the grouped figure read as a weight, units of its unit: kg, l) and unit price
 * (a two-decimal figure, per that unit) among `figures` (a row's figures before its amount, left
 * to right) that make `total`; null when no grouped figure with a priced partner makes it.
 */
export function weighedPair(figures: Pick<AmountMatch, 'value' | 'text' | 'decimals'>[], total: number): { quantity: number; unitPrice: number } | null {
  for (const w of figures) {
    if (w.decimals !== 0 || !GROUPED.test(w.text)) continue;
    const weight = Number(w.text.replace(/[.,]/, '.'));
    if (!(weight > 0) || Number.isInteger(weight)) continue;
    for (const u of figures) {
      if (u === w || u.decimals !== 2 || !(u.value > 0)) continue;
      if (Math.abs(weight * u.value - total) < 0.011 * Math.max(1, Math.abs(total) / 100)) return { quantity: weight, unitPrice: u.value };
    }
  }
  return null;
}
