/**
 * @module engine/extract/approximate-tax
 * Brazil's approximate taxes. Law 12.741/2012 (the "Lei da Transparência Fiscal") makes every
 * Brazilian sale print the approximate amount of the taxes in its price: "Tributos aprox. (Lei
 * 12.741): R$ 3,91", "Val aprox tributos R$ 6,61", "Valor aproximado dos tributos: 3,91", and on
 * an NFC-e, as its DANFE layout words it, "Tributos Totais Incidentes (Lei Federal 12.741/2012)
 * R$ 8,10" (the figure on that line or the next). The law's figure is the tax burden of the sale,
 * federal, state and municipal together (art. 1); Decreto 8.264/2014 (art. 2) lets the seller
 * print it as those parts ("Trib aprox R$ 4,05 Federal e 3,15 Estadual", "Federal R$ 4,05 |
 * Estadual R$ 3,15 | Municipal R$ 0,90"): their sum is the figure. A total printed before its
 * parts ("Trib. aprox. R$ 8,10 Federal 4,05 Estadual 3,15") is the figure itself.
 * A Brazilian till slip often prints no other tax, so that figure is the receipt's tax; it is an
 * estimate (from the IBPT's average rates), informational and no ICMS or other tax charged on the
 * slip, so a printed tax (the ICMS summary's value, ./icms-summary.ts) wins over it, and the
 * result says when the figure is this estimate (APPROXIMATE_TAX_RULE).
 */
import { amountsIn, fold, matchAny, type DocLine, type PlacedAmount } from '../parse/lines.ts';
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
 * An NFC-e's label ("Informação dos Tributos Totais Incidentes (Lei Federal 12.741/2012)"): its
 * figure on its line, or on the line below when the label fills its own.
 */
const TOTAL_INCIDENT = new RegExp(String.raw`\btributos\s+totais\s+incidentes${LAW}`, 'i');

/**
 * The labels of the approximate-tax line, for matchAny (../parse/lines.ts): such a line is the
 * receipt's note of the taxes in its prices, never an item (./items.ts), wherever it is printed.
 */
export const APPROXIMATE_TAX_LABELS: readonly RegExp[] = [...LABELS, TOTAL_INCIDENT];

/** A word naming a part of the figure: the federal, state (estadual) or municipal taxes, in full or cut short. */
const PART = /(?<![\p{L}])(fed(?:eral(?:is)?)?|est(?:adual|aduais)?|mun(?:icipal|icipais)?)\.?(?![\p{L}])/u;

/**
 * The sum of the parts a label's line prints after the label instead of one figure, each named by
 * a part word (PART) before every figure ("Federal R$ 4,05 | Estadual R$ 3,15") or after every
 * figure ("R$ 4,05 Federal e 3,15 Estadual", "R$ 2,70 (6,00%) Fed, R$ 5,40 (12,00%) Est"; a rate
 * in brackets beside a part is no figure); two different parts at least. Null when the first
 * figure has no part word before it and the last none after it (a total, then its parts).
 */
function partsSum(line: DocLine, from: number): { value: number; amount: PlacedAmount } | null {
  const folded = fold(line.text);
  const figures = amountsIn(line).filter((a) => a.start >= from && a.decimals === 2 && !/^\s?%/.test(line.text.slice(a.end)));
  if (figures.length < 2) return null;
  const gap = (i: number) => folded.slice(i < 0 ? from : figures[i].end, i + 1 < figures.length ? figures[i + 1].start : folded.length).replace(/\(\s*[\d.,]+\s?%\s*\)/g, ' ');
  const before = figures.map((_, i) => PART.exec(gap(i - 1))?.[1].slice(0, 3));
  const after = figures.map((_, i) => PART.exec(gap(i))?.[1].slice(0, 3));
  const parts = before.every(Boolean) ? before : after.every(Boolean) ? after : null;
  if (!parts || new Set(parts).size !== parts.length) return null;
  return { value: Math.round(figures.reduce((s, a) => s + a.value, 0) * 100) / 100, amount: figures[0] };
}

/**
 * The approximate-tax figure a Brazilian receipt prints, read as its tax (a candidate of
 * currency units): the figure after the label, the sum of its parts when the line prints parts
 * only (partsSum), or null when the page prints none or it is not below `total` (a figure that is
 * no part of the total is misread). Pure; never throws.
 */
export function approximateTax(lines: DocLine[], total: number | null): AmountCandidate | null {
  const found = [...labelledAmounts(lines, LABELS, [], 0), ...labelledAmounts(lines, [TOTAL_INCIDENT], [], 1)]
    .map((c) => {
      const m = c.sameRow ? matchAny(c.label.text, [...LABELS, TOTAL_INCIDENT]) : null;
      const sum = m ? partsSum(c.label, m.end) : null;
      return sum ? { ...c, value: sum.value, amount: sum.amount } : c;
    })
    .filter((c) => c.value > 0 && (total == null || c.value < total));
  return found[0] ?? null;
}
