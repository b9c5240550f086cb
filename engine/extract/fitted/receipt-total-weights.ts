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
    0.9091,
    0.5784,
    -0.1098,
    0.4256,
    0.3513,
    -0.8093,
    1.5369,
    1.0877,
    1.5199,
    1.0304,
    0.3769,
    -0.3414,
    -0.8017,
    5.8051
  ],
  "bias": -3.7782
};
