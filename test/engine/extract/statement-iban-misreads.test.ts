/**
 * @module test/engine/extract/statement-iban-misreads
 * A statement's IBAN as a scan or a photo misreads it: the letter of its country code read as a
 * digit or a lower-case l ("1E29 ..." for Ireland's IE, "lT60" for Italy's IT), put back when the
 * mod-97 check then holds, or after an account label when its groups make the country's length;
 * the currency code printed after it ("... 3712 92 EUR") never taken as its last group; and a
 * number printed longer than its country's IBAN read as printed, not cut at the country's length.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { ibanAtStart, withIbanCountryRepaired } from '../../../engine/parse/iban.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement with the account line given, under the holder's name. */
const statement = (accountLine: string) => [
  'Harbour Bank plc                                   Account Statement', '', 'Jane Doe', accountLine,
  'Statement period: 01/03/2024 - 31/03/2024',
  'Date         Details                           Debits      Credits       Balance',
  '01/03/2024   Opening balance                                             1,000.00',
  '04/03/2024   ENERGY CO                         120.00                      880.00',
  '28/03/2024   SALARY                                        1,500.00      2,380.00',
  '31/03/2024   Closing balance                                             2,380.00',
];
const accountOf = (line: string) => extractBankStatement(readingFromText([statement(line)], { kind: 'image' })).formatted.accountNumber;

t.test('a country code read with a digit or an l is put back when the check then holds', async (t) => {
  t.equal(accountOf('Account number: 1E29 AIBK 9311 5212 3456 78 EUR'), 'IE29 AIBK 9311 5212 3456 78', 'after a label');
  t.equal(accountOf('IBAN: lT60 X054 2811 1010 0000 0123 456'), 'IT60 X054 2811 1010 0000 0123 456', 'after "IBAN", an l for the I');
  t.equal(accountOf('Jane Doe                      1E29 AIBK 9311 5212 3456 78'), 'IE29 AIBK 9311 5212 3456 78', 'without a label: the check holds');
  t.equal(withIbanCountryRepaired('Ref 1E30 AIBK 9311 5212 3456 78', 'check'), 'Ref 1E30 AIBK 9311 5212 3456 78', 'without a label and without the check: as printed');
  t.equal(withIbanCountryRepaired('1Z29 AIBK 9311 5212 3456 78', 'length'), '1Z29 AIBK 9311 5212 3456 78', 'letters that make no IBAN country stay');
  t.equal(withIbanCountryRepaired('Invoice 10 12 3456 7890', 'length'), 'Invoice 10 12 3456 7890', 'figures are no country code');
});

t.test('after an account label the country\'s length is enough, as for any IBAN read there', async (t) => {
  t.equal(accountOf('Account number: 1E30 8961 1898 7910 5832 26 EUR'), 'IE30 8961 1898 7910 5832 26');
});

t.test('a currency code after the IBAN is no group of it', async (t) => {
  t.equal(accountOf('IBAN: PT50 0035 0651 4897 3712 92 EUR'), 'PT50 0035 0651 4897 3712 92');
  t.equal(ibanAtStart('PT50 0035 0651 4897 3712 92 EUR'), null, 'three characters short of its country\'s length: no IBAN read to it');
});

t.test('a number printed longer than its country\'s IBAN is read as printed, unless the check holds at the country\'s length', async (t) => {
  t.equal(accountOf('IBAN: AT62 1904 3002 3457 3201 47 EUR'), 'AT62 1904 3002 3457 3201 47');
  t.equal(accountOf('Account number:  AT62 1904 3002 3457 3201 47'), 'AT62 1904 3002 3457 3201 47', 'after an account label');
  t.equal(ibanAtStart('AT61 1904 3002 3457 3201 47 EUR'), 'AT61 1904 3002 3457 3201', 'a valid IBAN with a figure after it');
  t.equal(ibanAtStart('AT62 1904 3002 3457 3201 47,00 EUR'), 'AT62 1904 3002 3457 3201', 'an amount after it is no group');
  const lines = statement('Account number');
  lines.splice(4, 0, 'AT62 1904 3002 3457 3201 47');
  t.equal(extractBankStatement(readingFromText([lines], { kind: 'image' })).formatted.accountNumber, 'AT62 1904 3002 3457 3201 47', 'under its label');
});
