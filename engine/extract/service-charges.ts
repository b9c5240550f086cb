/**
 * @module engine/extract/service-charges
 * The charges a receipt prints before its total that are no tax (a service charge, a cover
 * charge, a tip: the words in ../parse/charge-labels), as amount candidates. Pure.
 */
import type { DocLine } from '../parse/lines.ts';
import { CHARGE_LABELS, NOT_A_CHARGE } from '../parse/charge-labels.ts';
import { labelledAmounts, type AmountCandidate } from './labels.ts';

/**
 * The charges printed on their label's own row, positive, in the lines' currency units (a line
 * that names a tax is none: "GST on Svc Chg 0.45" is tax).
 */
export function chargeAmounts(lines: DocLine[]): AmountCandidate[] {
  return labelledAmounts(lines, CHARGE_LABELS, NOT_A_CHARGE).filter((c) => c.sameRow && c.value > 0);
}
