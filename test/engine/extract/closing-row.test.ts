/**
 * @module test/engine/extract/closing-row
 * A statement's printed, labelled closing balance is its closing balance when a row printed
 * after the close (dated past the period, or under the closing line) carries another running
 * balance: the rows never replace it, and the arithmetic check reports that opening plus
 * movements misses it. With no closing printed, the last row's balance still closes an excerpt.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { BankStatementResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const HEAD = ['Example Bank plc', 'Account Name: John Smith', 'Statement period 1 March 2024 to 31 March 2024', 'Opening balance   1,000.00'];
const HEADER = 'Date        Details                  Paid out     Paid in      Balance';
const ROWS = [
  '03 Mar 24   SALARY ACME                             500.00     1,500.00',
  '05 Mar 24   RENT                       300.00                  1,200.00',
  '20 Mar 24   GROCER LTD                  60.00                  1,140.00',
];

function read(lines: string[]) {
  const { formatted, fields } = extractBankStatement(readingFromText([lines]));
  const d = deriveResult('bank_statement', formatted, fields, '');
  return { x: d.formatted as BankStatementResult, fields, check: d.checks.find((c) => c.name === 'opening_plus_movements_equals_closing') };
}

t.test('a row dated after the period does not replace the closing balance printed in the summary', async (t) => {
  const { x, fields, check } = read([...HEAD, 'Closing balance   1,140.00', HEADER, ...ROWS, '01 Apr 24   CARD PAYMENT               40.00                   1,100.00']);
  t.equal(x.closingBalance, 1140);
  t.equal(fields.reconciled.value, false, 'the rows run to 1,100.00, not to the printed close');
  t.match(check, { ok: false, expected: 1100, actual: 1140 }, 'the check says what the movements give');
});

t.test('a row printed under the closing line does not replace it, dated in the period or not', async (t) => {
  for (const last of ['01 Apr 24   CARD PAYMENT               40.00                   1,100.00', '31 Mar 24   CARD PAYMENT               40.00                   1,100.00']) {
    const { x, check } = read([...HEAD, HEADER, ...ROWS, '            Closing balance                                    1,140.00', last]);
    t.equal(x.closingBalance, 1140, last.slice(0, 9));
    t.match(check, { ok: false, expected: 1100, actual: 1140 }, last.slice(0, 9));
  }
});

t.test('a balance column that is not the running balance leaves the labelled closing balance, which the movements reach', async (t) => {
  const { x, fields } = read([...HEAD, 'Closing balance   1,140.00', HEADER,
    '03 Mar 24   SALARY ACME                             500.00     1,450.00',
    '05 Mar 24   RENT                       300.00                  1,150.00',
    '20 Mar 24   GROCER LTD                  60.00                  1,100.00']);
  t.equal(x.closingBalance, 1140);
  t.equal(fields.reconciled.value, true);
});

t.test('with no closing balance printed, the last row in the period closes the excerpt', async (t) => {
  const { x, fields } = read([...HEAD, HEADER, ...ROWS]);
  t.equal(x.closingBalance, 1140);
  t.equal(fields.reconciled.value, true);
});

t.test('balances carried forward at each page\'s foot close nothing early: the last page\'s rows still count', async (t) => {
  const page1 = [...HEAD, HEADER, ...ROWS.slice(0, 2), '            BALANCE CARRIED FORWARD                            1,200.00'];
  const page2 = [HEADER, '            BALANCE BROUGHT FORWARD                            1,200.00', ROWS[2]];
  const { formatted: x, fields } = extractBankStatement(readingFromText([page1, page2]));
  t.equal(x.closingBalance, 1140);
  t.equal(fields.reconciled.value, true);
});
