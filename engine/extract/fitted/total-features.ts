/**
 * @module engine/extract/fitted/total-features
 * Every money amount of a receipt as a candidate for its total, described by evidence that holds
 * across layouts and languages (no shop, no layout template): a total label on its row or on the
 * row above, how strong that label is, a label of the amount paid, an excluded label (subtotal,
 * tax, change...), its place down the page, whether it is the largest amount, how often it is
 * printed, whether cash - change or net + tax give it, whether it ends its row, whether its row
 * holds several figures (a table row), its type size against the page's, and whether the
 * hand-written rules chose it. Each feature is
 * scaled to about [0, 1] for ./logistic.ts.
 */
import { amountsIn, keyword, matchAny, type DocLine, type PlacedAmount } from '../../parse/lines.ts';
import { labelledAmounts } from '../labels.ts';
import { NET_LABELS, TAX_LABELS, TOTAL_EXCLUDE, TOTAL_LABELS } from '../amount-roles.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
const FINAL = k(['total payable', 'amount payable', 'grand total', 'amount due', 'total due', 'total rounded', 'rounded total', 'nett total', 'net total', 'total to pay', 'net to pay', 'do zapłaty', 'zu zahlen', 'te betalen', 'total a pagar', 'net a payer']);
const CASH = k(['cash', 'tendered', 'received', 'amount paid', 'paid', 'bar', 'efectivo', 'contanti', 'dinheiro', 'espèces', 'gotówka', 'contant']);
const CHANGE = k(['change', 'change due', 'rückgeld', 'cambio', 'resto', 'troco', 'reszta', 'wisselgeld', 'rendu']);

export const TOTAL_FEATURES = [
  'label_on_row', 'label_strength', 'label_above', 'final_label', 'excluded_label', 'position', 'largest', 'repeated',
  'cash_minus_change', 'net_plus_tax', 'ends_row', 'table_row', 'type_size', 'rules_pick',
] as const;

export interface TotalCandidate {
  value: number;
  amount: PlacedAmount;
  line: DocLine;
  x: number[];
}

const near = (a: number, b: number, tol = 0.005) => Math.abs(a - b) < tol;

/**
 * The candidates of one receipt (one per amount and line), with their features. `rulesTotal` is
 * the value the hand-written rules chose (./receipt-total.ts), itself one piece of evidence.
 */
export function totalCandidates(lines: DocLine[], rulesTotal: number | null = null): TotalCandidate[] {
  const all: { a: PlacedAmount; line: DocLine }[] = [];
  for (const line of lines) for (const a of amountsIn(line)) if (a.decimals === 2 && a.value > 0 && !/^\s?%/.test(line.text.slice(a.end))) all.push({ a, line });
  if (!all.length) return [];
  const max = Math.max(...all.map((c) => c.a.value));
  const counts = new Map<number, number>();
  for (const c of all) counts.set(c.a.value, (counts.get(c.a.value) ?? 0) + 1);
  const cash = labelledAmounts(lines, CASH, CHANGE).filter((c) => c.value > 0);
  const change = labelledAmounts(lines, CHANGE).filter((c) => c.value >= 0);
  const nets = labelledAmounts(lines, NET_LABELS).filter((c) => c.value > 0);
  const taxes = labelledAmounts(lines, TAX_LABELS).filter((c) => c.value > 0);
  const heights = all.map((c) => c.a.box.h).sort((p, q) => p - q);
  const median = heights[Math.floor(heights.length / 2)] || 1;
  const n = Math.max(1, lines.length - 1);
  return all.map(({ a, line }) => {
    const own = matchAny(line.text.slice(0, a.start), TOTAL_LABELS);
    const excluded = !!matchAny(line.text, TOTAL_EXCLUDE) || (!own && (!!matchAny(line.text, NET_LABELS) || !!matchAny(line.text, TAX_LABELS)));
    const prev = lines[line.index - 1] ?? lines[lines.indexOf(line) - 1];
    const above = prev && prev.page === line.page && !amountsIn(prev).some((p) => p.decimals === 2) && !!matchAny(prev.text, TOTAL_LABELS) && !matchAny(prev.text, TOTAL_EXCLUDE);
    const rowFigures = amountsIn(line).filter((p) => p.decimals === 2).length;
    const x = [
      own && !excluded ? 1 : 0,
      own ? 1 - own.pattern / TOTAL_LABELS.length : 0,
      above ? 1 : 0,
      matchAny(line.text, FINAL) ? 1 : 0,
      excluded ? 1 : 0,
      lines.indexOf(line) / n,
      near(a.value, max) ? 1 : 0,
      Math.min(3, (counts.get(a.value) ?? 1) - 1) / 3,
      cash.some((c) => change.some((ch) => c.value > ch.value && near(c.value - ch.value, a.value, 0.015))) ? 1 : 0,
      nets.some((ne) => taxes.some((t) => t.value < ne.value && Math.abs(ne.value + t.value - a.value) <= 0.05)) ? 1 : 0,
      amountsIn(line).filter((p) => p.decimals === 2).slice(-1)[0]?.start === a.start ? 1 : 0,
      rowFigures >= 3 ? 1 : 0,
      Math.max(0, Math.min(2, a.box.h / median)) / 2,
      rulesTotal != null && near(a.value, rulesTotal) ? 1 : 0,
    ];
    return { value: a.value, amount: a, line, x };
  });
}
