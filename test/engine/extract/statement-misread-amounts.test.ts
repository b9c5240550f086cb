/**
 * @module test/engine/extract/statement-misread-amounts
 * A row whose amount a scan misread keeps its own date and its movement: a money figure with its
 * decimal point read as a colon ("-$75:00") is an amount when no time word stands beside it, a
 * speck after the day ("10/03.") does not hide the row's date, and when the running balance is
 * printed the movement follows from the balances.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const statement = (row: string) => [
  'Wells Fargo Bank, N.A.        Statement period Oct 1 - Oct 31, 2025',
  'Date    Description                   Amount        Balance',
  'Beginning balance                                   $1,023.45',
  '10/01   DEPOSIT PAYROLL               $2,450.00     $3,473.45',
  row,
  '10/07   AMAZON MKTPLACE               -$129.99      $3,268.46',
  'Ending balance                                      $3,268.46',
];
const rows = (row: string) => extractBankStatement(readingFromText([statement(row)], { kind: 'image' })).formatted.tableItems ?? [];

t.test('a money figure with a colon for its decimal point is the row\'s amount', async (t) => {
  for (const row of ['10/03   ZELLE TO J SMITH              -$75:00       $3,398.45', '10/03   ZELLE TO J SMITH              -75:00        $3,398.45',
    '10/03   ZELLE TO J SMITH              $-1,075:00    $2,398.45']) {
    const r = rows(row)[1];
    const amount = row.includes('1,075') ? 1075 : 75;
    t.equal(r?.debitAmount, amount, row);
    t.equal(r?.date, '10/03', row);
    t.equal(r?.description, 'ZELLE TO J SMITH', row);
  }
});

t.test('a speck after the day does not hide the row\'s date', async (t) => {
  const r = rows('10/03.  ZELLE TO J SMITH              -$75.00       $3,398.45')[1];
  t.equal(r?.date, '10/03');
  t.equal(r?.description, 'ZELLE TO J SMITH');
});

t.test('with the movement unreadable, the printed balances give it', async (t) => {
  const r = rows('10/03   ZELLE TO J SMITH              -$7S.O0       $3,398.45')[1];
  t.equal(r?.debitAmount, 75);
  t.equal(r?.creditAmount, 0, 'the other side is nil');
});

t.test('a time of day is no amount', async (t) => {
  const r = rows('10/03   CARD 14:32 ZELLE TO J SMITH   -$75.00       $3,398.45')[1];
  t.equal(r?.debitAmount, 75);
  t.match(r?.description, /14:32/);
});
