/**
 * @module test/engine/derive/derive-statement
 * Balances a statement's printed balances and movements determine, and the checks of them.
 */
import t from 'tap';
import { deriveStatement } from '../../../engine/derive/derive-statement.ts';
import type { BankStatementResult } from '../../../schemas/results.ts';

type Row = BankStatementResult['tableItems'][number];
const row = (creditAmount: number, debitAmount: number, balanceAmount: number | null): Row => ({ date: '01/07/2024', description: 'x', creditAmount, debitAmount, balanceAmount });
const statement = (openingBalance: number | null, closingBalance: number | null, tableItems: Row[]): BankStatementResult => ({
  bankName: 'B', accountHolderName: 'H', accountNumber: '1', currencyCode: 'GBP', openingDate: 'a', closingDate: 'b', openingBalance, closingBalance, tableItems,
});

t.test('a row without a printed balance gets the running balance', async (t) => {
  const r = deriveStatement(statement(100, 170, [row(50, 0, 150), row(0, 30, null), row(50, 0, 170)]));
  t.equal(r.statement.tableItems[1].balanceAmount, 120);
  t.same(r.derived.map((d) => d.rule), ['running balance = previous balance + credit - debit']);
  t.ok(r.checks.every((c) => c.ok), 'the printed ends and balances agree');
});

t.test('opening from the first row, closing from the last running balance', async (t) => {
  const r = deriveStatement(statement(null, null, [row(50, 0, 150), row(0, 30, 120)]));
  t.equal(r.statement.openingBalance, 100);
  t.equal(r.statement.closingBalance, 120);
});

t.test('a credit card runs the other way: purchases raise the balance owed', async (t) => {
  const r = deriveStatement(statement(200, null, [row(0, 50, 250), row(100, 0, null), row(0, 10, 160)]));
  t.equal(r.statement.tableItems[1].balanceAmount, 150);
});

t.test('printed balances that follow from neither direction: nothing derived, the check fails', async (t) => {
  const r = deriveStatement(statement(100, null, [row(50, 0, 150), row(0, 30, 999), row(0, 1, null)]));
  t.same(r.derived, []);
  t.equal(r.checks.find((c) => c.name === 'running_balances')?.ok, false);
});

t.test('no printed row balance: the printed ends decide the direction, or nothing is derived', async (t) => {
  const asset = deriveStatement(statement(100, 120, [row(50, 0, null), row(0, 30, null)]));
  t.same(asset.statement.tableItems.map((r) => r.balanceAmount), [150, 120]);
  const unknown = deriveStatement(statement(100, 999, [row(50, 0, null), row(0, 30, null)]));
  t.same(unknown.statement.tableItems.map((r) => r.balanceAmount), [null, null]);
  t.equal(unknown.checks.find((c) => c.name === 'opening_plus_movements_equals_closing')?.ok, false);
});

t.test('a row whose movement was not read breaks the chain', async (t) => {
  const unread: Row = { date: 'x', description: 'y', creditAmount: null, debitAmount: null, balanceAmount: null };
  const r = deriveStatement(statement(100, null, [row(50, 0, 150), unread, row(0, 30, null)]));
  t.equal(r.statement.tableItems[2].balanceAmount, null);
  t.equal(r.statement.closingBalance, null);
});
