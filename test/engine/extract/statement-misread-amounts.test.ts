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

t.test('a bare figure with a colon that no clock shows ("200:00", "75:00") is the row\'s amount, not part of its description', async (t) => {
  const r = rows('10/03   ZELLE TO J SMITH              75:00.        $3,398.45')[1];
  t.equal(r?.debitAmount, 75);
  t.equal(r?.description, 'ZELLE TO J SMITH');
  const time = rows('10/03   ZELLE TO J SMITH 14:32              $75.00        $3,548.45')[1];
  t.equal(time?.description, 'ZELLE TO J SMITH 14:32', 'a figure a clock shows stays text');
});

t.test('a speck read after the day of a day-and-month date ("20: Nov 2026") is no part of the date as written', async (t) => {
  const lines = ['Shannon Bank DAC', 'Statement of Account', 'From 01 Nov 2026 to 30 Nov 2026', 'Date Details Debit Credit Balance', 'Opening balance 3,120.00',
    '04 Nov 2026 POS DUNNES STORES 45.80 3,074.20', '11 Nov 2026 CREDIT TRANSFER P MURPHY 200:00. 3,274.20', '20: Nov 2026 ATM WITHDRAWAL GRAFTON ST 100.00 3,174.20', 'Closing balance 3,174.20'];
  const items = extractBankStatement(readingFromText([lines], { kind: 'image' })).formatted.tableItems ?? [];
  t.same(items.map((i) => i.date), ['04 Nov 2026', '11 Nov 2026', '20 Nov 2026']);
  t.same(items.map((i) => i.description), ['POS DUNNES STORES', 'CREDIT TRANSFER P MURPHY', 'ATM WITHDRAWAL GRAFTON ST'], '"200:00." is the credit, no part of the description');
  t.equal(items[1]?.creditAmount, 200);
});
