/**
 * @module engine/extract/receipt-total
 * Receipt-only clean-up of the total chosen by amount-roles, for OCR'd till receipts.
 *
 * `repairAmountText`: OCR of thermal print often breaks a money amount: "RM5. 00" (a space
 * after the point), "RMS. 00" / "RMO. 28" (S and O for 5 and 0 after the RM prefix),
 * "<RM_34.80". On lines that carry a money label (total, cash, change, rounding, ...) these are
 * put back together so the amount parser sees "RM5.00".
 *
 * `reconcileTotal`: the printed total is the truth, but OCR misreads its digits. Every printed
 * total scores (the last one most; a row with several amounts is a summary table, a header read
 * from the line below is not a total), and sums that agree with it add to it: cash - change,
 * net + tax (+ rounding adjustment), items (+ rounding), a card or cash payment of the same
 * value. A sum that differs from a printed total in exactly one digit ("101.78" printed,
 * net + tax - rounding = 101.75) replaces it. amount-roles' pick keeps a small bonus.
 */
import { amountsIn, keyword, matchAny, type DocLine } from '../parse/lines.ts';
import { labelledAmounts, type AmountCandidate } from './labels.ts';
import { TOTAL_EXCLUDE, TOTAL_LABELS, NET_LABELS, TAX_LABELS, type AmountRoles } from './amount-roles.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
const MONEY_LINE = k(['total', 'cash', 'change', 'rounding', 'round', 'amount', 'payable', 'paid', 'due', 'gst', 'tax', 'subtotal', 'sub total', 'visa', 'card', 'rm']);
const ROUNDING = k(['rounding adj', 'rounding adjustment', 'rounding', 'round adj']);
const CASH = k(['cash', 'tendered', 'received', 'amount paid', 'paid']);
const CHANGE = k(['change', 'change due', 'balance']);
const PAYMENT = k(['visa', 'master', 'mastercard', 'card', 'debit', 'credit', 'cash', 'payment']);

/** Undoes OCR breaks inside money amounts on lines with a money label (see the module note). */
export function repairAmountText(text: string): string {
  if (!matchAny(text, MONEY_LINE)) return text;
  return text
    .replace(/\bRM[_~]+(?=\d)/g, 'RM ')
    .replace(/\b(RM\s?)([SOo])(?=[\d.])/g, (_m, p: string, c: string) => p + (c === 'S' ? '5' : '0'))
    .replace(/(\d)\s?[.,]\s(\d{2})(?!\d)/g, '$1.$2');
}

/** Lines with repaired amount text (same boxes and words). */
export function repairedLines(lines: DocLine[]): DocLine[] {
  return lines.map((l) => {
    const text = repairAmountText(l.text);
    return text === l.text ? l : { ...l, text };
  });
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;
/** Same number of digits, exactly one differs ("101.78" vs "101.75"). */
export function oneDigitOff(a: number, b: number): boolean {
  const x = a.toFixed(2), y = b.toFixed(2);
  if (x.length !== y.length) return false;
  let d = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) d++;
  return d === 1;
}
const cents = (v: number) => Math.round(v * 100) / 100;

export function reconcileTotal(lines: DocLine[], roles: AmountRoles, itemsSum: number | null): AmountCandidate | null {
  // a label read from the line below only counts when the label line is short (not a table header)
  const totals = labelledAmounts(lines, TOTAL_LABELS, [...TOTAL_EXCLUDE, ...ROUNDING]).filter((c) => c.value > 0 && (c.sameRow || c.label.words.length <= 3));
  const rounding = labelledAmounts(lines, ROUNDING).filter((c) => Math.abs(c.value) < 0.1 && c.value !== 0).map((c) => c.value);
  const hasRounding = labelledAmounts(lines, ROUNDING).some((c) => Math.abs(c.value) < 0.1);
  const cash = labelledAmounts(lines, CASH, CHANGE).filter((c) => c.value > 0);
  const change = labelledAmounts(lines, CHANGE).filter((c) => c.value >= 0);
  const nets = labelledAmounts(lines, NET_LABELS).filter((c) => c.value > 0);
  const taxes = labelledAmounts(lines, TAX_LABELS).filter((c) => c.value >= 0);
  const payments = labelledAmounts(lines, PAYMENT, CHANGE).filter((c) => c.value > 0);
  // a printed rounding adjustment is part of the final total
  const adj = rounding.length ? rounding : [0];

  // printed totals: the last one counts most; a row with several amounts is a summary table
  const labelled = new Map<number, { score: number; cand: AmountCandidate }>();
  const lastTotal = totals[totals.length - 1];
  for (const t of totals) {
    const row = amountsIn(t.label).length > 1 ? 0.5 : t === lastTotal ? 2 : 1.5;
    const e = labelled.get(cents(t.value)) ?? { score: 0, cand: t };
    e.score += row + (roles.total === t ? 1 : 0);
    labelled.set(cents(t.value), e);
  }
  // sums that confirm a total
  const derived: number[] = [];
  for (const c of cash) for (const ch of change) if (c.value > ch.value) derived.push(c.value - ch.value);
  for (const n of nets) for (const x of taxes) if (x.value < n.value) for (const r of adj) derived.push(n.value + x.value + r);
  if (itemsSum != null) for (const r of adj) derived.push(itemsSum + r);
  for (const p of payments) derived.push(p.value);
  let best: { v: number; score: number; cand: AmountCandidate } | null = null;
  const consider = (v: number, score: number, cand: AmountCandidate) => {
    if (!best || score > best.score + 1e-9) best = { v: cents(v), score, cand };
  };
  for (const [v, e] of labelled) {
    let score = e.score;
    for (const d of derived) if (near(d, v)) score += 2;
    consider(v, score, e.cand);
    // OCR misread one digit of the printed total: a sum that differs in one digit repairs it
    for (const d of new Set(derived.map(cents))) {
      if (near(d, v) || !oneDigitOff(d, v)) continue;
      const n = derived.filter((x) => near(x, d)).length;
      if (n >= 1) consider(d, e.score + 2 * n - 0.5, e.cand);
    }
  }
  if (!best) return roles.total;
  const b = best as { v: number; score: number; cand: AmountCandidate };
  if (roles.total && near(b.v, roles.total.value)) return roles.total;
  const anchor = b.cand;
  const bv = b.v;
  return { ...anchor, value: bv, amount: { ...anchor.amount, value: bv } };
}
