/**
 * @module test/engine/extract/holder-label
 * The holder printed on the row under its label, in our eight languages, and the holder of an
 * address block with no label: a field's label beside or under the holder's ("Sort code",
 * "IBAN", "Numer rachunku") is never the name.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { isFieldLabel } from '../../../engine/extract/holder-label.ts';
import { readingFromText } from '../reading-from-text.ts';

const table = [
  'Date        Description                 Debit      Credit      Balance',
  '01/04/2025  Opening balance                                       1,000.00',
  '03/04/2025  Card payment                25.00                    975.00',
  '05/04/2025  Salary                                 500.00      1,475.00',
  '30/04/2025  Closing balance                                     1,475.00',
];
const holderOf = (head: string[]) => extractBankStatement(readingFromText([[...head, '', ...table]])).formatted.accountHolderName;

const LABELS: [string, string, string][] = [
  ['Account holder:', 'Sort code:', 'Jan Kowalski'], ['Kontoinhaber:', 'IBAN:', 'ACME GmbH'], ['Titular:', 'Periodo:', 'Lucía García'],
  ['Titulaire du compte :', 'IBAN :', 'Claire Martin'], ['Intestatario:', 'Periodo:', 'Maria Rossi'], ['Rekeninghouder:', 'Periode:', 'Jan de Vries'],
  ['Właściciel rachunku:', 'Numer rachunku:', 'Jan Kowalski'], ['Titular da conta:', 'Período:', 'João Silva'],
  ['Kontoeier:', 'Kontonummer:', 'Ingrid Johansen'], ['Kontohaver:', 'Periode:', 'Mette Nielsen'], ['Kontohavare:', 'IBAN:', 'Erik Lindqvist'],
  ['Tilinomistaja:', 'Tilinumero:', 'Aino Virtanen'],
];

t.test('the holder on the line after a label alone on its line', async (t) => {
  for (const [label, , name] of LABELS) {
    t.equal(holderOf(['Voorbeeld Bank N.V.', label, name, 'IBAN: NL91 ABNA 0417 1643 00', 'Period 01/04/2025 to 30/04/2025']), name, label);
  }
});

t.test('the holder under its label when another label stands beside it: the neighbour is no name', async (t) => {
  for (const [label, other, name] of LABELS) {
    const head = ['Voorbeeld Bank N.V.', `${label.padEnd(40)}${other}`, `${name.padEnd(40)}20-00-00`, 'Period 01/04/2025 to 30/04/2025'];
    t.equal(holderOf(head), name, `${label} / ${other}`);
  }
});

t.test('a label with its value beside the holder\'s label is no name either: the name under it is', async (t) => {
  t.equal(holderOf(['Voorbeeld Bank N.V.', `${'Kontoinhaber:'.padEnd(40)}IBAN: DE89 3704 0044 0532 0130 00`, 'ACME GmbH', 'Periode 01.04.2025 bis 30.04.2025']), 'ACME GmbH');
  t.equal(holderOf(['Voorbeeld Bank N.V.', 'Account holder:', 'Sort code:   20-00-00', 'Period 01/04/2025 to 30/04/2025']), null, 'a label under the label is not taken');
});

t.test('the holder of an address block with no label, above a house-number line and a postcode line, whatever stands in the right column', async (t) => {
  const blocks: [string, string, string][] = [['Jan Kowalski', 'Długa 14', '30-001 Kraków'], ['Lucía García', 'C/ Mayor 5, 2º', '28013 Madrid'], ['Jan de Vries', 'Kerkstraat 12', '1017 GC Amsterdam']];
  for (const [name, street, town] of blocks) {
    const head = ['Voorbeeld Bank N.V.', '', `${''.padEnd(46)}IBAN`, `${name.padEnd(46)}PL61 1090 1014 0000 0712 1981 2874`, `${street.padEnd(46)}BIC`, `${town.padEnd(46)}WBKPPLPP`, 'Period 01/04/2025 to 30/04/2025'];
    t.equal(holderOf(head), name, street);
  }
});

t.test('field labels in our languages', async (t) => {
  for (const l of ['Sort code', 'IBAN', 'Periode', 'Numer rachunku', 'Kontonummer:', 'Período', 'Numéro de compte']) t.ok(isFieldLabel(l), l);
  for (const n of ['Jan Kowalski', 'ACME GmbH', 'Maria Rossi']) t.notOk(isFieldLabel(n), n);
});

t.test('the addressee under a salutation is the next line in the salutation\'s column: a right-hand column\'s label beside or between is no name', async (t) => {
  const heads = [
    ['Voorbeeld Bank N.V.', '', 'Frau', `${''.padEnd(46)}IBAN`, 'Lena Hoffmann', 'Długa 14', '30-001 Kraków'],
    ['Voorbeeld Bank N.V.', '', `${'Frau'.padEnd(46)}IBAN`, `${'Lena Hoffmann'.padEnd(46)}DE89 3704 0044 0532 0130 00`, 'Hauptstraße 5', '10115 Berlin'],
  ];
  for (const head of heads) t.equal(holderOf([...head, 'Period 01/04/2025 to 30/04/2025']), 'Lena Hoffmann', head[3]);
});

t.test("the bank's customer, labelled at the start of its line with a colon, is the holder; a customer service line is no label", async (t) => {
  for (const [label, name] of [['Cliente:', 'Maria Rossi'], ['Client :', 'Claire Martin'], ['Kunde:', 'Max Muster'], ['Klant:', 'Jan de Vries'], ['Klient:', 'Jan Kowalski']]) {
    t.equal(holderOf(['Voorbeeld Bank N.V.', `${label} ${name}`, 'IBAN: NL91 ABNA 0417 1643 00', 'Period 01/04/2025 to 30/04/2025']), name, label);
    t.equal(holderOf(['Voorbeeld Bank N.V.', label, name, 'Period 01/04/2025 to 30/04/2025']), name, `${label} over the name`);
  }
  t.not(holderOf(['Banco Ejemplo S.A.', 'Servicio al cliente: 900 100 200', 'Atención Comercial', 'Period 01/04/2025 to 30/04/2025']), 'Atención Comercial');
});
