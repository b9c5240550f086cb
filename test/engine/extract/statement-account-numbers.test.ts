/**
 * @module test/engine/extract/statement-account-numbers
 * A statement's account number as banks print it: an IBAN whose printed groups are not all of
 * four characters (read to its country's length, ISO 13616), the account labels of other
 * languages ("Nr rachunku:", "N° de compte"), and an account printed after its branch code
 * ("BSB 633-000 Account 220388468"), and a Swedish clearing number with its account ("8327-9, 680 358 201-1").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { ibanAtStart, ibanCheckHolds } from '../../../engine/parse/iban.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement with the account line given, under the holder and the street. */
const statement = (accountLine: string) => [
  'Example Bank plc                                   Statement', '', 'Jane Doe', '27 Orchard Close', accountLine,
  'Date         Details                           Debits      Credits       Balance',
  '01/03/2024   Opening balance                                             1,000.00',
  '04/03/2024   ENERGY CO                         120.00                      880.00',
  '28/03/2024   SALARY                                        1,500.00      2,380.00',
  '31/03/2024   Closing balance                                             2,380.00',
];
const accountOf = (line: string) => extractBankStatement(readingFromText([statement(line)])).formatted.accountNumber;

t.test('an IBAN printed in groups that are not all of four is read to its country\'s length', async (t) => {
  t.equal(accountOf('IBAN ES91 2100 0418 57 7607215825'), 'ES91 2100 0418 57 7607215825', 'Spain: 24 characters');
  t.equal(accountOf('IBAN PT50 0035 0651 4897 3712 927 87'), 'PT50 0035 0651 4897 3712 927 87', 'Portugal: 25');
  t.equal(accountOf('IBAN: ES91 2100 0418 57 7607215825        BIC: CAGLESMMXXX'), 'ES91 2100 0418 57 7607215825', 'the BIC beside it is not part of it');
  t.equal(accountOf('Account number: DE89 3704 0044 0532 0130 00'), 'DE89 3704 0044 0532 0130 00', 'four-groups as before');
});

t.test('the mod-97 check and the country lengths', async (t) => {
  t.ok(ibanCheckHolds('GB82WEST12345698765432'));
  t.notOk(ibanCheckHolds('GB82WEST12345698765433'));
  t.equal(ibanAtStart('XK05 1212 0123 4567 8906 more'), 'XK05 1212 0123 4567 8906');
  t.equal(ibanAtStart('QQ29 NWBK 6016 1331 926 819 x'), null, 'an unknown country with no grouping that holds the check');
  t.equal(ibanAtStart('DE89 3704 0044 0532 0130 0099'), null, 'groups that overrun the country\'s length are no IBAN');
});

t.test('account labels of other languages, in their short forms', async (t) => {
  t.equal(accountOf('Nr rachunku: PL61 1090 1014 1100 9500 5503 8157'), 'PL61 1090 1014 1100 9500 5503 8157');
  t.equal(accountOf('Numer konta: 12 1090 1014 0000 0712 1981 2874'), '12 1090 1014 0000 0712 1981 2874');
  t.equal(accountOf('N° de compte : 00012345678'), '00012345678');
  t.equal(accountOf('Nº de cuenta: 0049 1500 05 1234567892'), '0049 1500 05 1234567892');
  t.equal(accountOf('Conto n. 000012345678'), '000012345678');
  t.equal(accountOf('Rekeningnr. 0417164300'), '0417164300');
  t.equal(accountOf('Konto-Nr. 1234567890'), '1234567890');
});

t.test('"Account" after its branch code is the label: the account, not the branch code', async (t) => {
  t.equal(accountOf('BSB 633-000 Account 220388468'), '220388468', 'Australia');
  t.equal(accountOf('Sort code 20-45-77   Account 34692228'), '34692228', 'United Kingdom');
  t.equal(accountOf('Routing 021000021  Account 1455094154'), '1455094154', 'United States');
  t.equal(accountOf('Everyday Account 220388468'), null, 'a product\'s name is no label');
});

t.test('with no IBAN printed, a number in digit groups right after an account word is the account', async (t) => {
  t.equal(accountOf('Robert T. Miller                      IBAN: Account 4401 2287 9931'), '4401 2287 9931');
  t.equal(accountOf('Robert T. Miller                      Konto 1234 5678 90'), '1234 5678 90');
  t.equal(accountOf('Robert T. Miller                      Rachunek: 12 3456 7890'), '12 3456 7890');
  t.equal(accountOf('Robert T. Miller                      Account 1 of 2'), null, 'a page count is no account');
  t.equal(accountOf('Robert T. Miller   IBAN: DE89 3704 0044 0532 0130 00   Konto 1234 5678 90'), 'DE89 3704 0044 0532 0130 00', 'a printed IBAN names the account first');
});

t.test('a Swedish clearing number and the account number after its comma are read together, as the account', async (t) => {
  t.equal(accountOf('Kontonummer 8327-9, 680 358 201-1'), '8327-9, 680 358 201-1', 'Swedbank: a check digit after the clearing number');
  t.equal(accountOf('Kontonummer: 5000, 123 456 789'), '5000, 123 456 789');
  t.equal(accountOf('Kontonummer 8327-9,680358201-1'), '8327-9,680358201-1', 'a scan that lost the spaces');
  t.equal(accountOf('Konto-Nr. 1234567890, BLZ 37040044'), '1234567890', 'a number and another label after its comma');
});

t.test('the kind of account between the account word and its number sign ("Cuenta Corriente N°"): a fresh tester\'s Chilean statement had no account', async (t) => {
  t.equal(accountOf('Cuenta Corriente N° 00-123-45678-09'), '00-123-45678-09');
  t.equal(accountOf('Conto corrente n. 000012345678'), '000012345678');
  t.equal(accountOf('Compte courant n° 12345 67890 12345678901'), '12345 67890 12345678901');
});
