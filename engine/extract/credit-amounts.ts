/**
 * @module engine/extract/credit-amounts
 * The amounts of a credit note, printed negative ("-1,404.56", "(1,234.56)", "1.234,56-": a
 * refund or correction invoice, a "Gutschrift", "Factura rectificativa", "Faktura korygująca").
 * The amount roles (./amount-roles.ts) weigh positive figures only, so a credit note came back
 * with no total, net or tax. Here the roles are picked on the page with the negative markers of
 * its figures blanked (the text keeps its length, so positions and column gaps hold), and a
 * role whose figure was printed negative is returned negative again. Used by the invoice
 * extraction only when the page read as printed gave no total.
 */
import { amountsIn, type DocLine } from '../parse/lines.ts';
import { pickAmounts, type AmountRoles, type PickOptions } from './amount-roles.ts';
import type { AmountCandidate } from './labels.ts';

/** The characters that make a figure negative: a minus (ASCII or the typographic one) and parentheses. */
const SIGN = /[-−()]/;

/**
 * `line` with the sign of each negative figure blanked (a minus or the parentheses become
 * spaces in the text and are dropped from the word holding them), and the spans [start, end)
 * of those figures; null when the line prints no negative figure.
 */
function unsigned(line: DocLine): { line: DocLine; spans: [number, number][] } | null {
  const negatives = amountsIn(line).filter((a) => a.value < 0);
  if (!negatives.length) return null;
  const chars = line.text.split('');
  for (const a of negatives) for (let c = a.start; c < a.end; c++) if (SIGN.test(chars[c])) chars[c] = ' ';
  const words = line.words.map((w) => {
    const bare = w.text.replace(/^[-−(]+|[-−)]+$/g, '');
    return bare !== w.text && /\d/.test(bare) && negatives.some((a) => a.text.includes(bare)) ? { ...w, text: bare } : w;
  });
  return { line: { ...line, text: chars.join(''), words }, spans: negatives.map((a) => [a.start, a.end]) };
}

/**
 * The roles of a credit note's amounts: pickAmounts (`itemsSum` the items' sum, its sign
 * dropped; `opts` as given) on `lines` with their negative figures' signs blanked, each role
 * whose figure was printed negative negated back. Null when no line prints a negative figure or
 * the total picked so was not printed negative (then the page is no credit note: its positive
 * total was not found for another reason).
 */
export function creditNoteAmounts(lines: DocLine[], itemsSum: number | null, opts: PickOptions = {}): AmountRoles | null {
  const flipped = new Map<DocLine, [number, number][]>();
  const plain = lines.map((l) => {
    const u = unsigned(l);
    if (!u) return l;
    flipped.set(u.line, u.spans);
    return u.line;
  });
  if (!flipped.size) return null;
  const roles = pickAmounts(plain, itemsSum === null ? null : Math.abs(itemsSum), opts);
  const wasNegative = (c: AmountCandidate | null) => !!c && (flipped.get(c.amount.line) ?? []).some(([s, e]) => c.amount.start < e && s < c.amount.end);
  if (!roles.total || !wasNegative(roles.total)) return null;
  const back = (c: AmountCandidate | null) => (c && wasNegative(c) ? { ...c, value: -c.value } : c);
  return { ...roles, total: back(roles.total), net: back(roles.net), tax: back(roles.tax) };
}
