/**
 * @module engine/extract/bare-total
 * A receipt's total whose label OCR lost: the last figure of the receipt, alone on its line and
 * below every printed total ("Total 0% supplies: 35.14", "Total 6% supplies (Inc. GST): 38.41",
 * then "73.55" where "Total Payable" was unreadable), is the total when two or three of the
 * labelled money lines above it (totals, nets, taxes of the tax classes) add up to it.
 */
import { amountsIn, matchAny, type DocLine } from '../parse/lines.ts';
import type { AmountCandidate } from './labels.ts';
import { NET_LABELS, TAX_LABELS, TOTAL_LABELS } from './amount-roles.ts';

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** Whether some 2 or 3 of `parts` (different lines) add up to `v`. */
function sumOfParts(parts: number[], v: number): boolean {
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (near(parts[i] + parts[j], v)) return true;
      for (let k = j + 1; k < parts.length; k++) if (near(parts[i] + parts[j] + parts[k], v)) return true;
    }
  }
  return false;
}

/**
 * The bare figure that ends the receipt as a total candidate (label: its own line), or null.
 * `lastTotal` is the last printed total: the figure must stand below it. The parts are the last
 * figure of each line, from the first total label down, that names a total, a net or a tax.
 */
export function bareTotal(lines: DocLine[], lastTotal: AmountCandidate | undefined): AmountCandidate | null {
  if (!lastTotal) return null;
  const withFigures = lines.filter((l) => amountsIn(l).some((a) => a.decimals === 2));
  const last = withFigures[withFigures.length - 1];
  if (!last || last.index <= Math.max(lastTotal.label.index, lastTotal.amount.line.index)) return null;
  const [figure, ...more] = amountsIn(last);
  if (!figure || more.length || figure.decimals !== 2 || figure.value <= 0 || last.text.replace(figure.text, '').trim().length > 1) return null;
  const LABELS = [...TOTAL_LABELS, ...NET_LABELS, ...TAX_LABELS];
  const first = lines.find((l) => matchAny(l.text, TOTAL_LABELS));
  const parts = lines.filter((l) => first && l.index >= first.index && l.index < last.index && matchAny(l.text, LABELS))
    .map((l) => amountsIn(l).filter((a) => a.decimals === 2).pop()?.value)
    .filter((v): v is number => v != null && v > 0 && v < figure.value);
  if (!sumOfParts(parts, figure.value)) return null;
  return { value: figure.value, amount: figure, label: last, pattern: TOTAL_LABELS.length, sameRow: true };
}
