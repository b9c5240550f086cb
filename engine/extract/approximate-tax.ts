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
 * parts ("Trib. aprox. R$ 8,10 Federal 4,05 Estadual 3,15") is the figure itself. A narrow
 * roll may print the label alone and the figure on the next line ("Valor aprox. dos tributos" /
 * "R$ 4,12 (Fonte: IBPT)"), or run the parts on to it ("Trib. aprox. R$ 4,12 Federal" / "2,31
 * Estadual"): that line, holding nothing but such figures, completes the label's.
 * A Brazilian till slip often prints no other tax, so that figure is the receipt's tax; it is an
 * estimate (from the IBPT's average rates), informational and no ICMS or other tax charged on the
 * slip, so a printed tax (the ICMS summary's value, ./icms-summary.ts) wins over it, and the
 * result says when the figure is this estimate (APPROXIMATE_TAX_RULE).
 */
import { amountsIn, fold, matchAny, valueLines, type DocLine, type PlacedAmount } from '../parse/lines.ts';
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

/** A figure of the approximate taxes with the part word printed before it and after it (three letters: "fed", "est", "mun"), if any. */
interface PartFigure {
  amount: PlacedAmount;
  before: string | undefined;
  after: string | undefined;
}

/**
 * The money figures of `line` from character `from` (a rate in brackets beside a part is no
 * figure), each with the part word (PART) in the gap before it and in the gap after it.
 */
function partFigures(line: DocLine, from: number): PartFigure[] {
  const folded = fold(line.text);
  const figures = amountsIn(line).filter((a) => a.start >= from && a.decimals === 2 && !/^\s?%/.test(line.text.slice(a.end)));
  const gap = (i: number) => folded.slice(i < 0 ? from : figures[i].end, i + 1 < figures.length ? figures[i + 1].start : folded.length).replace(/\(\s*[\d.,]+\s?%\s*\)/g, ' ');
  return figures.map((amount, i) => ({ amount, before: PART.exec(gap(i - 1))?.[1].slice(0, 3), after: PART.exec(gap(i))?.[1].slice(0, 3) }));
}

/**
 * The sum of the parts printed instead of one figure, each named by a part word (PART) before
 * every figure ("Federal R$ 4,05 | Estadual R$ 3,15") or after every figure ("R$ 4,05 Federal e
 * 3,15 Estadual", "R$ 2,70 (6,00%) Fed, R$ 5,40 (12,00%) Est"); two different parts at least.
 * Null when the first figure has no part word before it and the last none after it (a total,
 * then its parts).
 */
function partsSum(figures: PartFigure[]): { value: number; amount: PlacedAmount } | null {
  if (figures.length < 2) return null;
  const before = figures.map((f) => f.before), after = figures.map((f) => f.after);
  const parts = before.every(Boolean) ? before : after.every(Boolean) ? after : null;
  if (!parts || new Set(parts).size !== parts.length) return null;
  return { value: Math.round(figures.reduce((s, f) => s + f.amount.value, 0) * 100) / 100, amount: figures[0].amount };
}

/**
 * Whether a line holds nothing but figures of the approximate taxes: amounts, part words, "R$",
 * "e", the IBPT source ("(Fonte: IBPT)") and punctuation; the line a narrow till roll runs the
 * label's figure or parts on to.
 */
function figuresOnly(line: DocLine): boolean {
  const rest = fold(line.text).replace(/r\$/g, ' ').replace(/\b(?:fonte|ibpt|e)\b/g, ' ').replace(new RegExp(PART.source, 'gu'), ' ');
  return /\d/.test(rest) && !/\p{L}/u.test(rest);
}

/** The line printed right under `line` (the next row down on its page), if any. */
function lineBelow(lines: DocLine[], line: DocLine): DocLine | undefined {
  return valueLines(lines, line, 1).find((l) => l.box.y >= line.box.y + line.box.h * 0.6);
}

/**
 * The figure a label line runs on to the line under it (`end`: where the label ends on it): with
 * no figure after the label ("Valor aprox. dos tributos" / "R$ 4,12 (Fonte: IBPT)") the one
 * figure below, or the sum of the parts below ("Trib. aprox. R$" / "4,12 Federal 2,31
 * Estadual"); with parts after the label, the sum of those and the parts below ("Trib. aprox.
 * R$ 4,12 Federal" / "2,31 Estadual"). Null when the line below holds anything but such figures
 * (figuresOnly) or the parts do not make a sum (partsSum).
 */
function runOnFigure(lines: DocLine[], label: DocLine, end: number): { value: number; amount: PlacedAmount } | null {
  const below = lineBelow(lines, label);
  if (!below || matchAny(below.text, [...LABELS, TOTAL_INCIDENT]) || !figuresOnly(below)) return null;
  const own = partFigures(label, end), next = partFigures(below, 0);
  if (!next.length) return null;
  if (!own.length && next.length === 1) return { value: next[0].amount.value, amount: next[0].amount };
  return partsSum([...own, ...next]);
}

/**
 * The approximate-tax figure a Brazilian receipt prints, read as its tax (a candidate of
 * currency units): the figure after the label, the sum of its parts when the line prints parts
 * only (partsSum), the figure or the parts a narrow roll runs on to the next line (runOnFigure),
 * or null when the page prints none or it is not below `total` (a figure that is
 * no part of the total is misread). Pure; never throws.
 */
export function approximateTax(lines: DocLine[], total: number | null): AmountCandidate | null {
  const found = [...labelledAmounts(lines, LABELS, [], 0), ...labelledAmounts(lines, [TOTAL_INCIDENT], [], 1)]
    .map((c) => {
      const m = c.sameRow ? matchAny(c.label.text, [...LABELS, TOTAL_INCIDENT]) : null;
      const sum = m ? runOnFigure(lines, c.label, m.end) ?? partsSum(partFigures(c.label, m.end)) : null;
      return sum ? { ...c, value: sum.value, amount: sum.amount } : c;
    });
  // a label that fills its line, its figure on the line under it (a narrow till roll)
  for (const line of lines) {
    const m = matchAny(line.text, LABELS);
    if (!m || found.some((c) => c.label === line) || partFigures(line, m.end).length) continue;
    const run = runOnFigure(lines, line, m.end);
    if (run) found.push({ value: run.value, amount: run.amount, label: line, pattern: m.pattern, sameRow: false });
  }
  return found.filter((c) => c.value > 0 && (total == null || c.value < total))[0] ?? null;
}
