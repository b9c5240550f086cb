/**
 * @module test/engine/extract/statement-issuer-period
 * A statement's bank when its name carries no word "Bank" (a name with its legal form, a brand
 * starting in lower case, a brand printed at the head and again at the foot), and its period
 * when the two days are joined by "through" or another language's word for it.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement: the bank's line on top, the addressee, the period, four rows, a footer. */
const statement = (top: string, footer: string, period = 'Estratto conto dal 01.03.2024 al 31.03.2024', holder = 'Giulia Bianchi') => [
  top, '', `${holder}                                  IBAN: IT60 X054 2811 1010 0000 0123 456`, 'Via Roma 12', '20121 Milano', period,
  'Data         Descrizione                       Addebiti      Accrediti       Saldo',
  '01.03.2024   Saldo iniziale                                                  1.000,00',
  '04.03.2024   ENERGIA NORD S.p.A.               120,00                          880,00',
  '28.03.2024   STIPENDIO                                       1.500,00        2.380,00',
  '31.03.2024   Saldo finale                                                    2.380,00',
  '', footer,
];

t.test('a bank named with its legal form and no word "Bank" is the one at the head of the page', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([statement('Ponente Credito S.p.A.', 'Ponente Credito S.p.A. · Please check this statement.')]));
  t.equal(x.bankName, 'Ponente Credito S.p.A.');
  const alone = extractBankStatement(readingFromText([statement('Ponente Credito S.p.A.', 'Grazie.')])).formatted;
  t.equal(alone.bankName, 'Ponente Credito S.p.A.', 'printed once, at the head, it is still the bank');
});

t.test('a payee with a legal form in the rows, or a company that holds the account, is not the bank', async (t) => {
  const noIssuer = extractBankStatement(readingFromText([statement('', 'Grazie.')])).formatted;
  t.equal(noIssuer.bankName, null, 'ENERGIA NORD S.p.A. is a dated row');
  const company = extractBankStatement(readingFromText([statement('', 'Grazie.', undefined, 'Rossi Costruzioni S.p.A.')])).formatted;
  t.equal(company.accountHolderName, 'Rossi Costruzioni S.p.A.');
  t.equal(company.bankName, null, 'the holder is not its own bank');
});

t.test('a brand starting in lower case before "Bank" is a bank, with its legal form', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([statement('qBank S.A.', 'qBank S.A. · Please check this statement.')]));
  t.equal(x.bankName, 'qBank S.A.');
  const inText = extractBankStatement(readingFromText([statement('', 'Questions? Call qBank on 0800 123 456.')])).formatted;
  t.equal(inText.bankName, 'qBank', 'named once in a sentence, as "X Bank" would be');
});

t.test('a brand without "Bank" or a legal form is the bank when the head prints it and the foot prints it again', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([statement('Aurora bcx', 'Aurora bcx · Please check this statement.')]));
  t.equal(x.bankName, 'Aurora bcx');
  const once = extractBankStatement(readingFromText([statement('Aurora bcx', 'Grazie.')])).formatted;
  t.equal(once.bankName, null, 'a line printed once at the top may be a title: no bank');
  const titles = extractBankStatement(readingFromText([statement('Estratto conto', 'Estratto conto · pagina 1')])).formatted;
  t.equal(titles.bankName, null, 'a title repeated in the footer names no bank');
});

t.test('when a photo misreads the letterhead\'s type, the surer reading of the same name wins', async (t) => {
  const reading = readingFromText([statement('Aurora p', 'Aurora bcx · Please check this statement.')], { kind: 'image' });
  const head = reading.pages[0].lines[0];
  head.words[1].confidence = 0.3;
  t.equal(extractBankStatement(reading).formatted.bankName, 'Aurora bcx');
});

t.test('"through" and the other languages\' words between two days make the period, not the first and last rows', async (t) => {
  for (const to of ['through', 'thru', 'to', 'until', 'bis', 'bis zum', 'au', "jusqu'au", 'al', 'fino al', 'a', 'até', 'tot', 'tot en met', 't/m', 'do', 'hasta', '-', '–']) {
    const { formatted: x } = extractBankStatement(readingFromText([statement('Ponente Credito S.p.A.', '', `Statement period 01.03.2024 ${to} 31.03.2024`)]));
    t.equal(x.openingDate, '01.03.2024', to);
    t.equal(x.closingDate, '31.03.2024', to);
  }
  const named = extractBankStatement(readingFromText([statement('Ponente Credito S.p.A.', '', 'Statement period 1 March through 31 March 2024')])).formatted;
  t.equal(named.openingDate, '1 March');
  t.equal(named.closingDate, '31 March 2024');
});

t.test('a US period with "through" reads its days month first', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([[
    'Harbor Trust Bank', 'Emily R. Johnson                      Account Number: 0000 0012 3456 789', 'Currency: USD',
    'Checking Account Statement 10/01/2024 through 10/31/2024',
    'Date Description Withdrawals Deposits Balance',
    '10/01/2024 Beginning Balance                                       5,199.82',
    '10/03/2024 PAYROLL DIRECT DEP                       300.00         5,499.82',
    '10/29/2024 ATM WITHDRAWAL             100.00                       5,399.82',
    '10/31/2024 Ending Balance                                          5,399.82',
  ]]));
  t.equal(x.openingDate, '10/01/2024');
  t.equal(x.closingDate, '10/31/2024');
  t.equal(x.closingBalance, 5399.82);
});

t.test('a speck a scan read before the period\'s first day leaves the period, not the first and last rows', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([statement('Ponente Credito S.p.A.', '', 'Titulaire: Thomas Berger .01/03/2024 - 31/03/2024')], { kind: 'image' }));
  t.equal(x.openingDate, '01/03/2024');
  t.equal(x.closingDate, '31/03/2024');
});
