/**
 * @module test/engine/extract/statement-period-iso
 * A statement's period keeps its printed form in the result, and its days as ISO 8601 are in the
 * result's fields (`openingDate_iso`, `closingDate_iso`): a first day printed without its year
 * takes the last day's, the year before when the period runs over New Year, in any language.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const statement = (period: string) => readingFromText([[
  'Example Bank', 'Ms A Sample', period, 'Account number 71538264', '',
  'Date        Description                   Paid out     Paid in     Balance',
  '            Balance brought forward                                 500.00',
  '02/01/2026  Card payment grocer              40.00                  460.00',
  '05/01/2026  Salary                                      100.00      560.00',
  '            Balance carried forward                                 560.00',
]]);

const CASES: [string, string, string, string][] = [
  ['Statement period 1 February to 28 February 2026', '1 February', '2026-02-01', '2026-02-28'],
  ['Statement period 15 December to 14 January 2026', '15 December', '2025-12-15', '2026-01-14'],
  ['Kontoauszug Zeitraum 1. März bis 31. März 2026', '1. März', '2026-03-01', '2026-03-31'],
  ['Période du 1 avril au 30 avril 2026', '1 avril', '2026-04-01', '2026-04-30'],
  ['Periodo 01/03/2026 - 31/03/2026', '01/03/2026', '2026-03-01', '2026-03-31'],
];

t.test('the period keeps its printed days, and gives each as ISO 8601 with the year the period prints', async (t) => {
  for (const [period, printed, open, close] of CASES) {
    const x = extractBankStatement(statement(period));
    t.equal(x.formatted.openingDate, printed, period);
    t.equal(x.fields.openingDate_iso?.value, open, `${period}: opening day`);
    t.equal(x.fields.closingDate_iso?.value, close, `${period}: closing day`);
  }
});
