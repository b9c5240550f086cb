/**
 * @module test/engine/extract/statement-iban-under-label
 * A statement's head that prints its account's IBAN on the line under its label ("Número de
 * cuenta" or "IBAN / Cuenta" on one line, "ES91 2100 0418 4502 0005 1332" on the next, perhaps
 * beside another column's text) gives the whole IBAN, read to its country's length, not one of
 * its groups. All IBANs here hold their mod-97 check.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A row of two columns: `left` from the margin, `right` from character 45. */
const row = (left: string, right: string) => `${left.padEnd(45)}${right}`;

/** A one-page statement: the bank and title, the holder, two head lines given, then the rows. */
const statement = (labelLine: string, valueLine: string) => [
  'Banco Ejemplo S.A.                                 Extracto', 'Ana García', labelLine, valueLine,
  'Fecha        Concepto                            Importe       Saldo',
  '01/03/2024   Saldo anterior                                    1.000,00',
  '04/03/2024   IBERDROLA                           -120,00         880,00',
  '31/03/2024   Saldo final                                         880,00',
];
const accountOf = (label: string, value: string) => extractBankStatement(readingFromText([statement(label, value)])).formatted.accountNumber;

t.test('an IBAN under its account label is read whole', async (t) => {
  const es = 'ES91 2100 0418 4502 0005 1332';
  t.equal(accountOf('IBAN / Cuenta', es), es, 'alone under a joined label');
  t.equal(accountOf(row('IBAN / Cuenta', 'Periodo'), row(es, '01/03/2024 - 31/03/2024')), es, 'beside another column\'s text');
  t.equal(accountOf(row('Calle Mayor 5', 'Número de cuenta'), row('28013 Madrid', es)), es, 'in the right column, under an address line');
  t.equal(accountOf(row('Anschrift', 'Kontonummer'), row('Ringstr. 4, 50667 Köln', 'DE89 3704 0044 0532 0130 00')), 'DE89 3704 0044 0532 0130 00', 'German');
  t.equal(accountOf(row('12 rue de la Paix', 'Numéro de compte'), row('75002 Paris', 'FR76 3000 6000 0112 3456 7890 189')), 'FR76 3000 6000 0112 3456 7890 189', 'French, a last group of three');
  t.equal(accountOf(row('Konto/IBAN', 'Zeitraum'), row('DE89 3704 0044 0532 0130 00', '01.03.2024 - 31.03.2024')), 'DE89 3704 0044 0532 0130 00', 'German, joined label');
});

t.test('a plain number under its label is read as before', async (t) => {
  t.equal(accountOf(row('Account number', 'Sort code'), row('34692228', '20-45-77')), '34692228');
});
