/**
 * @module test/engine/extract/holder-beside-account
 * A statement's holder printed at its head with no label and no address: a person's name alone
 * over the account's line ("MR JOHN A SMITH" over "Account number 12345678") or beside it
 * ("Anna Kowalska     IBAN: PL61 ..."), in a statement whose head otherwise prints the bank's
 * name and the period. Without that evidence the holder stays unread: a heading, a service
 * line or an account product's name over the account, a company on a private account, the
 * letterhead itself.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement: the given head, then a table long enough that the head stays at the top of the page. */
const statement = (head: string[]) => [
  ...head, '',
  'Date          Description                       Paid out     Paid in     Balance',
  '              Opening balance                                            1,000.00',
  '03 MAR 2025   SALARY ACME                                    500.00      1,500.00',
  '05 MAR 2025   RENT                                300.00                 1,200.00',
  '10 MAR 2025   GROCER                               40.00                 1,160.00',
  '12 MAR 2025   ENERGY                               60.00                 1,100.00',
  '              Closing balance                                            1,100.00',
  '', '', '', '', 'Page 1 of 1',
];
const holderOf = (head: string[]) => extractBankStatement(readingFromText([statement(head)])).formatted.accountHolderName;

t.test('a person\'s name alone over the account\'s line is the holder', async (t) => {
  for (const [name, account] of [
    ['MR JOHN A SMITH', 'Account number 12345678'], ['Anna Kowalska', 'IBAN PL61 1090 1014 0000 0712 1981 2874'], ['Jan van der Berg', 'Rekeningnummer NL91 ABNA 0417 1643 00'],
    ['Giulia Bianchi', 'Conto n. 1000/00012345'], ['Lena Hoffmann', 'Konto-Nr. 0648489890'],
  ]) {
    // (the courtesy salutation is no part of the holder's name: "MR JOHN A SMITH" is JOHN A SMITH)
    t.equal(holderOf(['Example Bank plc', 'Statement period 1 March 2025 to 31 March 2025', name, account]), name.replace(/^MR /, ''), name);
  }
  t.equal(holderOf(['Banca Esempio S.p.A.', 'Estratto conto', 'Periodo dal 01.03.2025 al 31.03.2025', 'Anna Rossi', 'IBAN IT60 X054 2811 1010 0000 0123 456']), 'Anna Rossi',
    'a dotted period\'s digits are no table row: the head goes on under it');
});

t.test('a person\'s name in the first column of the account\'s line, beside it, is the holder', async (t) => {
  t.equal(holderOf(['Example Bank plc', 'Statement period 1 March 2025 to 31 March 2025', 'Anna Kowalska                          IBAN: PL61 1090 1014 0000 0712 1981 2874']), 'Anna Kowalska');
  t.equal(holderOf(['Example Bank plc', 'Statement period 1 March 2025 to 31 March 2025', 'JOHN SMITH                             Account number: 12345678']), 'JOHN SMITH');
});

t.test('without a person\'s shape, or tied to no account, no holder is read', async (t) => {
  for (const [over, account] of [
    ['Current Account', 'Account number 12345678'], ['Customer Service', 'Account number 12345678'], ['Statement of Account', 'IBAN PL61 1090 1014 0000 0712 1981 2874'],
    ['ACME Trading Ltd', 'Account number 12345678'], ['Leeds LS1 4AP', 'Account number 12345678'], ['Club Lloyds', 'Account number 12345678'], ['Premier Reward Black', 'Account number 12345678'],
  ]) {
    t.equal(holderOf(['Example Bank plc', 'Statement period 1 March 2025 to 31 March 2025', over, account]), null, over);
  }
  t.equal(holderOf(['Example Bank plc', 'Statement period 1 March 2025 to 31 March 2025', 'Anna Kowalska', 'Sort code 20-00-00']), null, 'a sort code alone is no account line');
  t.equal(holderOf(['Example Bank plc', 'Anna Kowalska', 'Statement period 1 March 2025 to 31 March 2025', 'IBAN PL61 1090 1014 0000 0712 1981 2874']), null, 'a name not right over the account line is tied to nothing');
});

t.test('a company with its legal form is the holder only on a business account', async (t) => {
  t.equal(holderOf(['Example Bank plc', 'Business Account Statement', 'Statement period 1 March 2025 to 31 March 2025', 'ACME Trading Ltd', 'Account number 12345678']), 'ACME Trading Ltd');
  t.equal(holderOf(['Example Bank plc', 'Statement period 1 March 2025 to 31 March 2025', 'ACME Trading Ltd', 'Account number 12345678']), null);
});

t.test('the letterhead over the account is the bank, never the holder', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([statement(['Intesa Sanpaolo', 'IBAN IT60 X054 2811 1010 0000 0123 456', 'Estratto conto dal 01.03.2025 al 31.03.2025'])]));
  t.equal(x.accountHolderName, null, 'the page\'s top line, with no other line naming a bank');
  t.equal(holderOf(['Example Bank plc', 'Thameside Building Society', 'Account number 12345678']), null, 'a bank\'s name');
});
