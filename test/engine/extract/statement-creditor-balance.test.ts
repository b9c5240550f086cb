/**
 * @module test/engine/extract/statement-creditor-balance
 * A balance dated by its label with the creditor's side between ("SOLDE CREDITEUR AU 28/02/2025",
 * "Saldo creditore al", "Saldo acreedor a", "Saldo credor em"): the opening before the rows and
 * the closing after them, not a row of the table; and the account's number after the account
 * word and its number sign ("Compte n° 12345678901", "Cuenta nº", "Conta n.º").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const statement = (label: string, account: string) => [
  'Banque Populaire du Lac', '', 'Relevé de compte courant', 'Du 01/03/2025 au 31/03/2025', account, '',
  'Date        Libellé                          Débit        Crédit',
  `            ${label} 28/02/2025                  1 500,00`,
  '03/03/2025  PRLV SFR                          30,00',
  '10/03/2025  VIR SALAIRE                                   2 000,00',
  `            ${label} 31/03/2025                  3 470,00`,
];

t.test('a dated balance with the creditor\'s side opens and closes the statement, and is no row', async (t) => {
  for (const label of ['SOLDE CREDITEUR AU', 'Solde créditeur au', 'Saldo creditore al', 'Saldo acreedor a', 'Saldo credor em']) {
    const { formatted: x } = extractBankStatement(readingFromText([statement(label, 'IBAN FR76 3000 6000 0112 3456 7890 189')]));
    t.equal(x.openingBalance, 1500, `${label}: opening`);
    t.equal(x.closingBalance, 3470, `${label}: closing`);
    t.equal(x.tableItems.length, 2, `${label}: two rows`);
  }
});

t.test('the account word, then its number sign, labels the account\'s number', async (t) => {
  for (const label of ['Compte n°', 'Compte nº', 'Cuenta nº', 'Conta n.º']) {
    const { formatted: x } = extractBankStatement(readingFromText([statement('Solde au', `${label} 12345678901`)]));
    t.equal(x.accountNumber, '12345678901', label);
  }
});
