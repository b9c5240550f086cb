/**
 * @module engine/extract/movement-sides
 * A statement row that moves money on one side moves nothing on the other: a debit row's
 * creditAmount is 0 and a credit row's debitAmount is 0. The reference makes both columns
 * mandatory for every row ("numeric fields may be 0 but never null"), and a zero here is what
 * the row says, not a guess. A row with neither side read keeps both null (an amount OCR could
 * not read is not zero). Used for the offline and the vision-model results alike. Pure.
 */
import type { BankStatementResult } from '../../schemas/results.ts';

type Row = BankStatementResult['tableItems'][number];

export function zeroOtherSide(row: Row): Row {
  if (row.creditAmount !== null && row.debitAmount === null) return { ...row, debitAmount: 0 };
  if (row.debitAmount !== null && row.creditAmount === null) return { ...row, creditAmount: 0 };
  return row;
}
