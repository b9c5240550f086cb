/**
 * @module engine/derive/derive-statement
 * What a statement's printed balances and movements determine (currency units to the cent):
 * a row's missing running balance (previous balance + credit - debit; a credit card or loan
 * statement runs the other way, previous - credit + debit), an opening balance from the first
 * row's balance and movement, a closing balance from the last running balance. The direction
 * is the one every printed row balance agrees with; when the printed balances agree with
 * neither, or a row's movement was not read, nothing past that point is derived. Only null
 * fields are filled. Pure.
 */
import type { BankStatementResult } from '../../schemas/results.ts';
import { cents, sameCents, type ArithmeticCheck, type Derivation } from './provenance.ts';

type Row = BankStatementResult['tableItems'][number];

const moves = (r: Row) => r.creditAmount !== null || r.debitAmount !== null;
const net = (r: Row, sign: number) => sign * ((r.creditAmount ?? 0) - (r.debitAmount ?? 0));

/** +1 (asset: balance grows with credits) or -1 (liability), the one the printed balances agree with; null when neither. */
function direction(opening: number | null, rows: Row[]): { sign: number; agreeing: number; printed: number } | null {
  let best: { sign: number; agreeing: number; printed: number } | null = null;
  for (const sign of [1, -1]) {
    let prev = opening, agreeing = 0, printed = 0, ok = true;
    for (const r of rows) {
      if (!moves(r)) { prev = r.balanceAmount; continue; }
      if (r.balanceAmount !== null) {
        printed++;
        if (prev !== null) {
          if (sameCents(cents(prev + net(r, sign)), r.balanceAmount)) agreeing++;
          else ok = false;
        }
        prev = r.balanceAmount;
      } else prev = prev === null ? null : cents(prev + net(r, sign));
    }
    if (ok && (!best || agreeing > best.agreeing)) best = { sign, agreeing, printed };
  }
  return best;
}

/**
 * Fills derivable balances of a statement and checks the printed ones. Returns the filled copy,
 * the derivations and the checks (`running_balances` when two or more rows print a balance,
 * `opening_plus_movements_equals_closing` when both ends are printed and every row's movement
 * was read).
 */
export function deriveStatement(s: BankStatementResult): { statement: BankStatementResult; derived: Derivation[]; checks: ArithmeticCheck[] } {
  const rows = s.tableItems.map((r) => ({ ...r }));
  const out: BankStatementResult = { ...s, tableItems: rows };
  const derived: Derivation[] = [];
  const checks: ArithmeticCheck[] = [];
  const allMove = rows.length > 0 && rows.every(moves);
  const dir = direction(s.openingBalance, rows);

  // the printed ends against the movements, whatever the direction
  if (s.openingBalance !== null && s.closingBalance !== null && allMove) {
    const end = (sign: number) => cents(s.openingBalance! + rows.reduce((t, r) => t + net(r, sign), 0));
    const first = dir?.sign ?? 1;
    const sign = sameCents(end(first), s.closingBalance) ? first : sameCents(end(-first), s.closingBalance) ? -first : first;
    const expected = end(sign);
    checks.push({
      name: 'opening_plus_movements_equals_closing', ok: sameCents(expected, s.closingBalance), expected, actual: s.closingBalance,
      inputs: ['openingBalance', 'closingBalance', 'tableItems[*].creditAmount', 'tableItems[*].debitAmount'],
      detail: sign === 1 ? 'opening + credits - debits' : 'opening - credits + debits (a debt)',
    });
  }
  const printedBalances = rows.filter((r) => moves(r) && r.balanceAmount !== null).length;
  if (printedBalances >= 2) {
    checks.push({
      name: 'running_balances', ok: dir !== null, expected: printedBalances, actual: dir?.agreeing ?? 0,
      inputs: ['openingBalance', 'tableItems[*].balanceAmount'],
      detail: dir ? `${dir.agreeing} printed row balances follow from the one before` : 'the printed row balances follow from their movements in neither direction',
    });
  }
  if (!dir) return { statement: out, derived, checks };
  if (dir.agreeing === 0) {
    // no printed row balance says which way the account runs: only the printed ends may
    const ends = s.openingBalance !== null && s.closingBalance !== null && allMove
      ? [1, -1].find((sign) => sameCents(cents(s.openingBalance! + rows.reduce((t, r) => t + net(r, sign), 0)), s.closingBalance!))
      : undefined;
    if (ends === undefined) return { statement: out, derived, checks };
    dir.sign = ends;
  }

  const first = rows[0];
  if (out.openingBalance === null && first && moves(first) && first.balanceAmount !== null) {
    out.openingBalance = cents(first.balanceAmount - net(first, dir.sign));
    derived.push({ path: 'openingBalance', value: out.openingBalance, rule: 'opening balance = first balance - credit + debit', from: ['tableItems[0].balanceAmount', 'tableItems[0].creditAmount', 'tableItems[0].debitAmount'] });
  }
  let prev = out.openingBalance;
  let prevPath = 'openingBalance';
  rows.forEach((r, i) => {
    if (!moves(r)) { prev = r.balanceAmount; prevPath = `tableItems[${i}].balanceAmount`; return; }
    if (r.balanceAmount === null && prev !== null) {
      r.balanceAmount = cents(prev + net(r, dir.sign));
      derived.push({ path: `tableItems[${i}].balanceAmount`, value: r.balanceAmount, rule: 'running balance = previous balance + credit - debit', from: [prevPath, `tableItems[${i}].creditAmount`, `tableItems[${i}].debitAmount`] });
    }
    prev = r.balanceAmount;
    prevPath = `tableItems[${i}].balanceAmount`;
  });
  const last = rows[rows.length - 1];
  if (out.closingBalance === null && last && last.balanceAmount !== null && allMove) {
    out.closingBalance = last.balanceAmount;
    derived.push({ path: 'closingBalance', value: out.closingBalance, rule: 'closing balance = last running balance', from: [`tableItems[${rows.length - 1}].balanceAmount`] });
  }
  return { statement: out, derived, checks };
}
