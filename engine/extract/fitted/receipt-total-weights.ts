/**
 * @module engine/extract/fitted/receipt-total-weights
 * Fitted weights of the receipt-total candidate scorer (features: ./total-features.ts). Data, not
 * code: written by `node --import tsx bench/fit-receipt-total.ts` from the `fit` split of the
 * training corpus (384 SROIE receipts as ground-truth text, 4276 candidates); refit
 * rather than edit. test/engine/extract/fitted checks that the procedure reproduces itself.
 */
import type { LogisticModel } from './logistic.ts';

export const RECEIPT_TOTAL_MODEL: LogisticModel = {
  "features": [
    "label_on_row",
    "label_strength",
    "label_above",
    "final_label",
    "excluded_label",
    "position",
    "largest",
    "repeated",
    "cash_minus_change",
    "net_plus_tax",
    "ends_row",
    "table_row",
    "type_size",
    "rules_pick"
  ],
  "weights": [
    1.0597,
    0.2543,
    -0.1655,
    0.4509,
    0.5282,
    -0.7009,
    1.5988,
    1.0856,
    1.6863,
    1.0236,
    0.444,
    -0.3525,
    -0.7647,
    5.5657
  ],
  "bias": -3.8072
};
