/**
 * @module test/engine/extract/statement-date-order
 * A statement's numeric dates are read in the order its own dates show before its currency
 * says: a period "05/01/2026 - 05/31/2026" (the second date only reads month first), or rows
 * "05/14", make "05/01" the first of May on a scan whose "$" went unread; rows "14/05" make it
 * the fifth of January. With no date to tell, a US address (state and ZIP) reads month first.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { statementDateOrder } from '../../../engine/extract/statement-date-order.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(8)}${text.padEnd(30)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(12)}`;

const statement = (period: string, rows: [string, string][]) => [
  'Riverside Credit Union                 Checking Statement',
  'Emily R. Sandoval',
  'Account number 0048812377',
  `Statement period ${period}`,
  col('Date', 'Description', 'Withdrawals', 'Deposits', 'Balance'),
  col('', 'Beginning balance', '', '', '1,000.00'),
  ...rows.map(([d, bal], i) => col(d, `CARD PAYMENT ${i + 1}`, '10.00', '', bal)),
  ...Array(20).fill(''),
];
const isoDays = (lines: string[]) => {
  const { formatted: x, fields } = extractBankStatement(readingFromText([lines], { kind: 'image' }));
  return x.tableItems.map((_, i) => fields[`tableItems[${i}].date_iso`]?.value);
};

t.test('a month-first period makes the rows month first, with no currency read', async (t) => {
  t.same(isoDays(statement('05/01/2026 - 05/31/2026', [['05/01', '990.00'], ['05/03', '980.00'], ['05/08', '970.00']])), ['2026-05-01', '2026-05-03', '2026-05-08']);
});

t.test('rows that only read month first make the statement month first', async (t) => {
  t.same(isoDays(statement('1 May to 31 May 2026', [['05/01', '990.00'], ['05/14', '980.00'], ['05/20', '970.00']])), ['2026-05-01', '2026-05-14', '2026-05-20']);
});

t.test('day-first dates keep the statement day first', async (t) => {
  t.same(isoDays(statement('01/05/2026 - 31/05/2026', [['01/05', '990.00'], ['14/05', '980.00']])), ['2026-05-01', '2026-05-14']);
});

t.test('with no date to tell and no currency, a US address reads month first', async (t) => {
  const lines = (addr: string) => flattenLines(readingFromText([['Emily R. Sandoval', addr, 'Statement date 05/06/2026']]));
  t.equal(statementDateOrder(lines('Portland, OR 97213'), null), 'mdy');
  t.equal(statementDateOrder(lines('Kounicova 18, 602 00 Brno'), null), 'dmy');
  t.equal(statementDateOrder(lines('Kounicova 18, 602 00 Brno'), 'USD'), 'mdy');
});
