/**
 * @module test/engine/extract/statement-letterhead
 * A statement's letterhead and account line as one-line layouts print them: the bank's name and
 * the statement's title on the same line, a bank whose bank word is glued inside a compound
 * ("Nordmark Sparbank AG"), the account after labels joined by a slash ("IBAN/Acc:"), and the
 * currency given only by a column header ("Amount (RM)").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement: letterhead, holder with period, account line, header, three rows. */
const page = (head: string, account = 'IBAN: DE12 5001 0517 0648 4898 90', header = 'Datum        Verwendungszweck              Betrag        Saldo') => [
  head, 'Customer service 0800 123 456', 'Kontoinhaber: Pieter de Vries                 01.10.2024 - 31.10.2024', account, header,
  '              Alter Kontostand                                       5.690,43',
  '03.10.2024    Gehalt ACME                          +1.713,86         7.404,29',
  '05.10.2024    Kartenzahlung                          -167,40         7.236,89',
  '              Neuer Kontostand                                       7.236,89',
];

t.test('a statement title printed on the bank\'s line is not part of the bank\'s name', async (t) => {
  for (const [head, bank] of [
    ['Bank Perdana Berhad                                STATEMENT OF ACCOUNT', 'Bank Perdana Berhad'],
    ['Banque Populaire du Lac                            Relevé de compte', 'Banque Populaire du Lac'],
    ['Banque Populaire du Lac Releve de compte', 'Banque Populaire du Lac'],
    ['Banco Atlántico Sur                                Extracto de cuenta', 'Banco Atlántico Sur'],
    ['Banca Popolare Tirrenica                           Estratto conto', 'Banca Popolare Tirrenica'],
    ['Banco Lusitano do Norte                            Extrato de conta', 'Banco Lusitano do Norte'],
    ['Bank Noord                                         Rekeningafschrift', 'Bank Noord'],
    ['Bank Wisła                                         Wyciąg z rachunku', 'Bank Wisła'],
    ['Bank of Harbourside                                Statement', 'Bank of Harbourside'],
    ['Kontoauszug                                        Nordmark Sparbank AG', 'Nordmark Sparbank AG'],
  ]) {
    t.equal(extractBankStatement(readingFromText([page(head)])).formatted.bankName, bank, head.replace(/\s+/g, ' '));
  }
});

t.test('a bank word glued inside a compound keeps the words of the name before it', async (t) => {
  for (const [head, bank] of [
    ['Nordmark Sparbank AG Kontoauszug', 'Nordmark Sparbank AG'],
    ['Hessische Landesbank                               Kontoauszug', 'Hessische Landesbank'],
    ['Kreissparkasse', 'Kreissparkasse'],
  ]) {
    t.equal(extractBankStatement(readingFromText([page(head)])).formatted.bankName, bank, head.replace(/\s+/g, ' '));
  }
  const payee = extractBankStatement(readingFromText([page('Kontoauszug').concat(['Fragen? Ihre Sparbank hilft gern.'])])).formatted;
  t.equal(payee.bankName, 'Sparbank', 'in a sentence the words before the compound are not the name\'s');
});

t.test('labels joined by a slash name the account as either label alone would; a scan\'s dots between an IBAN\'s groups are its spaces', async (t) => {
  for (const [line, account] of [
    ['IBAN/Acc: DE12 5001 0517 0648 4898 90      Währung: EUR', 'DE12 5001 0517 0648 4898 90'],
    ['IBAN/Account No.: GB33 HMBP 2020 1555 5555 55', 'GB33 HMBP 2020 1555 5555 55'],
    ['Acc/IBAN: NL91 DELT 0417 1643 00 Valuta: EUR', 'NL91 DELT 0417 1643 00'],
    ['IBAN/Acc: 5140 1234 5678', '5140 1234 5678'],
    ['Konto/IBAN: DE12 5001 0517 0648 4898 90', 'DE12 5001 0517 0648 4898 90'],
    ['IBAN/ACC: FR76.1027 8060 4100.0202 5350 126', 'FR76 1027 8060 4100 0202 5350 126'],
  ]) {
    t.equal(extractBankStatement(readingFromText([page('Nordmark Sparbank AG', line)])).formatted.accountNumber, account, line.replace(/\s+/g, ' '));
  }
});

t.test('with nothing else to say, a column header\'s symbol gives the currency', async (t) => {
  const myr = extractBankStatement(readingFromText([page('Bank Perdana Berhad', 'Account No: 5140 1234 5678', 'Date         Description                    Amount (RM)        Balance')])).formatted;
  t.equal(myr.currencyCode, 'MYR');
  const eur = extractBankStatement(readingFromText([page('Bank Perdana Berhad', 'Account No: 5140 1234 5678', 'Date         Description                    Debit (EUR)        Balance')])).formatted;
  t.equal(eur.currencyCode, 'EUR');
  const none = extractBankStatement(readingFromText([page('Bank Perdana Berhad', 'Account No: 5140 1234 5678', 'Date         Description                    Amount             Balance')])).formatted;
  t.equal(none.currencyCode, null, 'a header without a symbol says nothing');
});
