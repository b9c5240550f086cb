/**
 * @module engine/extract/approximate-tax
 * Brazil's approximate taxes. Law 12.741/2012 (the "Lei da Transparência Fiscal") makes every
 * Brazilian sale print the approximate amount of the taxes in its price: "Tributos aprox. (Lei
 * 12.741): R$ 3,91", "Val aprox tributos R$ 6,61", "Valor aproximado dos tributos: 3,91". A
 * Brazilian till slip often prints no other tax, so that figure is the receipt's tax; it is an
 * estimate (from the IBPT's average rates), and the result says so (APPROXIMATE_TAX_RULE).
 */
import type { DocLine } from '../parse/lines.ts';
import { labelledAmounts, type AmountCandidate } from './labels.ts';

/** What result_data records beside a tax read from such a line. */
export const APPROXIMATE_TAX_RULE = 'approximate taxes printed under Brazilian law 12.741/2012 (no other tax printed)';

/** The law's reference, after the label: "(Lei 12.741)", "Lei nº 12.741/2012", "Lei Federal 12741/12". */
const LAW = String.raw`(?:[^\d\n]{0,25}?\blei\b[^\d\n]{0,12}12\.?741(?:\s*/\s*(?:20)?12)?\)?)?\s*:?`;
/**
 * The label (on folded text: lower case, no accents): "tributos aprox.", "trib. aprox", "val aprox
 * tributos", "valor aproximado dos tributos", "aprox. tributos", each with the law after it or not.
 */
const LABELS = [
  new RegExp(String.raw`\b(?:val(?:or)?\.?\s+)?(?:total\s+)?(?:trib(?:utos)?\.?)\s+(?:aprox(?:imados?)?\.?)${LAW}`, 'i'),
  new RegExp(String.raw`\b(?:val(?:or)?\.?\s+)?(?:total\s+)?aprox(?:imado)?\.?\s+(?:d[oe]s?\s+)?trib(?:utos)?\.?${LAW}`, 'i'),
];

/**
 * The approximate-tax figure a Brazilian receipt prints, read as its tax: the figure after the
 * label, or null when the page prints none or it is not below `total` (a figure that is no part
 * of the total is misread). Pure; never throws.
 */
export function approximateTax(lines: DocLine[], total: number | null): AmountCandidate | null {
  const found = labelledAmounts(lines, LABELS, [], 0).filter((c) => c.value > 0 && (total == null || c.value < total));
  return found[0] ?? null;
}
