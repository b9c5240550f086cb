/**
 * @module engine/extract/labelled-pairs
 * A row of labelled figures in a currency without cents: "DPP 157.477   PPN 17.323" (Indonesia's
 * tax base, dasar pengenaan pajak, and its VAT, pajak pertambahan nilai, on one line), "Base
 * 34.167  Impuesto 2.733". Each label's figure is the first one after it, the next belongs to the
 * next label; ./labels.ts tells such a row apart only by figures with two decimals, and gave the
 * first label the line's last figure. Pure.
 */
import { amountsIn, matchAny } from '../parse/lines.ts';
import type { AmountCandidate } from './labels.ts';

/**
 * `c` with its figure put right when its line is such a row: two or more figures after the
 * label (not rates), each after a word of three letters or more, none with cents; the
 * candidate read from the label's own row then takes the first figure after its label
 * (`patterns`: the labels it was read under). Any other candidate is returned as it is.
 */
export function firstOfPair(c: AmountCandidate, patterns: RegExp[]): AmountCandidate {
  const line = c.label;
  if (!c.sameRow || c.amount.line !== line) return c;
  const m = matchAny(line.text, patterns);
  if (!m) return c;
  const figures = amountsIn(line).filter((a) => a.start >= m.end && !/^\s?%/.test(line.text.slice(a.end)));
  if (figures.length < 2 || figures.some((a) => a.decimals === 2)) return c;
  if (!figures.every((a, i) => /\p{L}{3,}/u.test(line.text.slice(i ? figures[i - 1].end : 0, a.start)))) return c;
  const first = figures[0];
  return first.start === c.amount.start ? c : { ...c, value: first.value, amount: first };
}
