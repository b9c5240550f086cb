/**
 * @module test/engine/extract/statement-holder-with-address
 * A holder printed with its address on one line, the parts set apart by commas: after a label
 * in any of our languages ("Majitel účtu: Jana Dvořáková, Kounicova 18, 602 00 Brno"), after a
 * salutation ("Mr Daniel Okafor, 19 Elm Grove, Leeds LS6 2AH") or alone at the head ("Emily R.
 * Sandoval, 4410 NE Fremont St, Portland, OR 97213"): the name is the part before the first
 * comma when what follows is an address; a name written "Surname, First name" stays whole.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { nameBeforeAddress } from '../../../engine/extract/name-before-address.ts';
import { readingFromText } from '../reading-from-text.ts';

const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(12)}${text.padEnd(30)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(12)}`;

/** A statement whose second line is `holderLine`. */
const statement = (holderLine: string) => [
  'Riverside Credit Union                 Checking Statement',
  holderLine,
  'Account number 0048812377',
  'Statement period 01.03.2026 - 31.03.2026',
  col('Date', 'Description', 'Withdrawals', 'Deposits', 'Balance'),
  col('', 'Beginning balance', '', '', '1,000.00'),
  col('03.03.2026', 'CARD PAYMENT GROCER', '50.00', '', '950.00'),
  col('', 'Ending balance', '', '', '950.00'),
  ...Array(20).fill(''),
];
const holder = (line: string) => extractBankStatement(readingFromText([statement(line)])).formatted.accountHolderName;

t.test('after a holder\'s label, the name is cut before its address', async (t) => {
  t.equal(holder('Majitel účtu: Jana Dvořáková, Kounicova 18, 602 00 Brno'), 'Jana Dvořáková');
  t.equal(holder('Kontoinhaber: Anna Schmidt, Hauptstraße 5, 80331 München'), 'Anna Schmidt');
  t.equal(holder('Titular de la cuenta: Lucía Gómez, Calle Mayor 12, 28013 Madrid'), 'Lucía Gómez');
  t.equal(holder('Account holder: Daniel Okafor, 19 Elm Grove, Leeds LS6 2AH'), 'Daniel Okafor');
});

t.test('an addressee with its address on one line, with or without a salutation', async (t) => {
  t.equal(holder('Mr Daniel Okafor, 19 Elm Grove, Leeds LS6 2AH'), 'Daniel Okafor');
  t.equal(holder('Emily R. Sandoval, 4410 NE Fremont St, Portland, OR 97213'), 'Emily R. Sandoval');
});

t.test('a comma that no address follows cuts nothing', async (t) => {
  t.equal(nameBeforeAddress('Smith, John'), null);
  t.equal(nameBeforeAddress('ACME, Inc.'), null);
  t.equal(nameBeforeAddress('Jana Dvořáková'), null);
  t.equal(nameBeforeAddress('Mr Daniel Okafor, 19 Elm Grove, Leeds LS6 2AH'), 'Mr Daniel Okafor');
});
