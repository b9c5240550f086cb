/**
 * @module test/engine/extract/statement-bank-names
 * A statement's bank named in full: its legal form after a comma ("Prairie Trust Bank, N.A."),
 * the town of a Polish cooperative bank ("Bank Spółdzielczy w Żywcu"), partners joined by "&"
 * ("Fenwick & Hale Bank"), institutions that are banks without the word ("Coral Coast
 * Credit Union"), and a registered name kept whole ("Barclays Bank UK PLC", "Oversea-Chinese
 * Banking Corporation Limited"); a letterhead in capitals ("THISTLE & MOOR BANK") and the
 * Finnish -pankki.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { bankNamesIn } from '../../../engine/extract/bank-name.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement: the bank's line on top (with its title), the holder, the account, four rows. */
const statement = (bank: string) => [
  `${bank}                                   Account Statement`, 'Customer service 0800 123 4567', '',
  'Jane Doe                               Statement period: 01/03/2024 - 31/03/2024', '27 Orchard Close', 'Account Number: 12345678',
  'Date         Details                           Debits      Credits       Balance',
  '01/03/2024   Opening balance                                             1,000.00',
  '04/03/2024   ENERGY CO                         120.00                      880.00',
  '28/03/2024   SALARY                                        1,500.00      2,380.00',
  '31/03/2024   Closing balance                                             2,380.00',
];
const bankOf = (bank: string) => extractBankStatement(readingFromText([statement(bank)])).formatted.bankName;

t.test('a legal form after the name, with or without a comma, is part of it', async (t) => {
  for (const bank of ['Prairie Trust Bank, N.A.', 'Harbour Bank, plc', 'Alpen Bank AG', 'Bank Seri Nusantara Berhad', 'Meridian Bank Ltd.', 'Banco Ejemplo, S.A.', 'Caja Levante, S.C.C.', 'Caixa Rural Sur, S.C.C.']) t.equal(bankOf(bank), bank);
  t.equal(bankOf('Shannon Bank DAC'), 'Shannon Bank DAC', 'an Irish designated activity company (Companies Act 2014, Part 16)');
  t.same(bankNamesIn('Example Bank SAVINGS'), ['Example Bank'], 'a word that starts like a legal form is not one');
});

t.test('a Polish cooperative bank keeps its town ("... w <Town>")', async (t) => {
  t.equal(bankOf('Bank Spółdzielczy w Żywcu'), 'Bank Spółdzielczy w Żywcu');
  t.equal(bankOf('Bank Spółdzielczy we Wrocławiu'), 'Bank Spółdzielczy we Wrocławiu');
});

t.test('partners joined by "&" are one name', async (t) => {
  t.equal(bankOf('Fenwick & Hale Bank'), 'Fenwick & Hale Bank');
});

t.test('a credit union or a savings and loan is a bank', async (t) => {
  t.equal(bankOf('Coral Coast Credit Union'), 'Coral Coast Credit Union');
  t.equal(bankOf('Lakeside Savings and Loan Association'), 'Lakeside Savings and Loan Association');
});

t.test('a name ends at its legal form, so the footer\'s clean reading wins over a misread letterhead', async (t) => {
  t.same(bankNamesIn('Bank Seri Nusantara Berhad Registered office: London'), ['Bank Seri Nusantara Berhad']);
  const lines = [...statement('Bank Seri Nusantara BarrdNT'), '', 'Bank Seri Nusantara Berhad Registered office: Kuala Lumpur'];
  t.equal(extractBankStatement(readingFromText([lines], { kind: 'image' })).formatted.bankName, 'Bank Seri Nusantara Berhad');
});

t.test('a registered name is kept whole: two legal forms, "Banking Corporation", a bracketed country, words between "Bank" and its form', async (t) => {
  for (const bank of ['Barclays Bank UK PLC', 'Oversea-Chinese Banking Corporation Limited', 'Malayan Banking Berhad', 'Standard Chartered Bank (Singapore) Limited',
    'Bank of Ireland (UK) plc', 'Bank of America, N.A.', 'Powszechna Kasa Oszczędności Bank Polski S.A.', 'Coöperatieve Rabobank U.A.',
    'The Hongkong and Shanghai Banking Corporation Limited']) t.equal(bankOf(bank), bank);
  t.same(bankNamesIn('Jan Kowalski                          Barclays Bank UK PLC'), ['Barclays Bank UK PLC'], 'the name in the next column is no part of it');
});

t.test('a country\'s or region\'s name or adjective after "Bank" is part of the name, with no legal form after it', async (t) => {
  for (const bank of ['PKO Bank Polski', 'ING Bank Śląski', 'Nordwest Bank Polska', 'Credito Bank Italiano', 'Alpha Bank España', 'Caja Bank Español', 'Atlântico Bank Português', 'Volks Bank Nederland', 'Kredit Bank Deutschland']) {
    t.equal(bankOf(bank), bank, bank);
    t.same(bankNamesIn(`${bank} | Wyciąg z rachunku`), [bank], `${bank} before a title`);
  }
  t.same(bankNamesIn('Example Bank Transfer'), ['Example Bank'], 'another word after "Bank" is not the name\'s');
});

t.test('a compound bank word followed by more words of the registered name and its legal form is named whole', async (t) => {
  for (const bank of ['Maybank Islamic Berhad', 'Nordbank Islamic Berhad', 'Seabank Private Limited', 'Landesbank Nord AG']) t.equal(bankOf(bank), bank);
  t.same(bankNamesIn('Maybank Islamic Berhad STATEMENT OF ACCOUNT'), ['Maybank Islamic Berhad']);
  t.same(bankNamesIn('Sparbank Transfer to savings'), ['Sparbank'], 'without a legal form the words after it are not the name\'s');
});

t.test('column headings of the transactions table never form a bank name ("Débit Crédit Solde")', async (t) => {
  for (const heads of ['Date Libellé Débit Crédit Solde', 'Fecha Concepto Caja Saldo', 'Data Descrizione Banca Saldo', 'Date Description Debit Credit Balance']) t.same(bankNamesIn(heads), [], heads);
  t.same(bankNamesIn('Crédit Mutuel Rivière'), ['Crédit Mutuel Rivière'], 'a heading word with a name is a bank');
  // a statement of a bank named without "Bank", its table's headings repeated on a second page
  const page = (n: number) => [
    'Lumière Paribas                                 RELEVÉ DE COMPTE', `                                                 ${n} / 2`,
    'Titulaire: Jan de Jong                N° de compte: FR76 3000 4000 3014 5934 8735 625',
    'Date          Libellé                          Débit        Crédit        Solde',
    ...(n === 1 ? ['              Solde précédent                                            1 892,90', '01/08/2023    PRÉLÈVEMENT EDF                  69,78                     1 823,12']
      : ['02/08/2023    VIREMENT SALAIRE                              2 000,00       3 823,12', '              Nouveau solde                                              3 823,12']),
    'Lumière Paribas · SA au capital de 2 499 597 122 EUR',
  ];
  const { formatted: x } = extractBankStatement(readingFromText([page(1), page(2)]));
  t.equal(x.bankName, 'Lumière Paribas');
});

t.test('a Nordic, Czech or Hungarian legal form ending the name is kept, as "Berhad" is', async (t) => {
  for (const bank of ['Skärgårdsbanken AB', 'Fjordbanken A/S', 'Moravská banka a.s.', 'Vestlandbanken ASA', 'Saaristopankki Bank Oyj', 'Alföld Bank Zrt.']) t.equal(bankOf(bank), bank);
});

t.test('a compound bank word starting the letterhead keeps the place after it, up to the title', async (t) => {
  t.same(bankNamesIn('Kantonalbank Seeland Kontoauszug'), ['Kantonalbank Seeland']);
  t.same(bankNamesIn('Fjordbanken Nord Kontoudskrift'), ['Fjordbanken Nord']);
  t.same(bankNamesIn('Landesbank Nord'), ['Landesbank Nord']);
  t.same(bankNamesIn('Sparbank Transfer 12,00 EUR'), ['Sparbank'], 'words followed by more than a title are not the name\'s');
  t.equal(bankOf('Kantonalbank Seeland'), 'Kantonalbank Seeland');
});

t.test('a street named after a bank is an address, never the bank\'s name', async (t) => {
  for (const line of ['1 Bank Street, London EC2', '14 Bank Road', 'Bank St. 5', 'Bankstraße 3']) t.same(bankNamesIn(line), [], line);
  const page = statement('Moravská banka a.s.');
  page.splice(1, 0, '1 Bank Street, London EC2');
  t.equal(extractBankStatement(readingFromText([page])).formatted.bankName, 'Moravská banka a.s.');
});

t.test('a title that opens with the word "Bank" does not double the bank word of the name before it', async (t) => {
  // ("Standard Bank" and its "Bank Statement" title on one line came back as "Standard Bank Bank")
  const lines = ['Harbour Bank Bank Statement', ...statement('').slice(1)];
  t.equal(extractBankStatement(readingFromText([lines])).formatted.bankName, 'Harbour Bank', 'the bank name of the statement');
  t.same(bankNamesIn('Harbour Bank Bank Statement'), ['Harbour Bank']);
  t.same(bankNamesIn('Bank of Corvale Bank Statement'), ['Bank of Corvale']);
  t.same(bankNamesIn('Fenwick & Hale Bank Bankauszug'), ['Fenwick & Hale Bank']);
  t.same(bankNamesIn('Harbour Bank Statement'), ['Harbour Bank'], 'the one bank word of the name stays');
});

t.test('a bank printed in capitals on its letterhead is named as printed; a row in capitals names none', async (t) => {
  for (const bank of ['THISTLE & MOOR BANK', 'GREAT LAKES CREDIT UNION', 'NORDMARK SPARKASSE', 'SAIMAA OSUUSPANKKI', 'VISTULA BANK SPÓŁDZIELCZY']) t.equal(bankOf(bank), bank);
  t.same(bankNamesIn('BANK TRANSFER RENT      120.00'), [], 'a row with its figure');
  t.same(bankNamesIn('THANK YOU FOR BANKING WITH US'), [], 'a sentence in capitals names no bank');
  t.same(bankNamesIn('Thank You For Banking With Us'), [], '"Banking" is no "Bank" cut short');
});

t.test('a Finnish cooperative or savings bank (-pankki) is a bank', async (t) => {
  t.equal(bankOf('Saimaa Osuuspankki'), 'Saimaa Osuuspankki');
  t.equal(bankOf('Järvi Säästöpankki'), 'Järvi Säästöpankki');
});

t.test('a name that goes on after "Bank" with "of" and its place, or a particle and the body it belongs to, is named whole', async (t) => {
  for (const bank of ['Harbour Bank of Westmark', 'Prairie Bank of North Dakota', 'Coastal Bank of the Islands', 'Alpen Bank der steirischen Raiffeisenkassen AG', 'Nordmark Bank des Landes Holstein AG', 'Meridian Bank of Norland Limited']) {
    t.equal(bankOf(bank), bank, bank);
  }
  t.same(bankNamesIn('Harbour Bank of Westmark ABN 48 123 123 124'), ['Harbour Bank of Westmark'], 'a label in capitals after the place is not the place\'s');
  t.same(bankNamesIn('Harbour Bank of Westmark Account Statement'), ['Harbour Bank of Westmark'], 'the title after it is not');
  t.same(bankNamesIn('Alpen Bank der Kunde 120,00'), ['Alpen Bank'], 'a particle without a legal form after its words names no body');
  t.same(bankNamesIn('Harbour Bank of Westmark        Jane Doe'), ['Harbour Bank of Westmark'], 'the name in the next column is no part of the place');
  t.same(bankNamesIn('Bank of Westmark        Jane Doe'), ['Bank of Westmark'], 'nor of "Bank of" alone');
});

t.test('the country of a branch after the group\'s legal form is part of the name', async (t) => {
  for (const bank of ['Nordsundbank AB Lietuva', 'Vesibank AS Eesti', 'Alpen Bank AG Österreich']) t.equal(bankOf(bank), bank, bank);
  t.same(bankNamesIn('Nordsundbank AB Transfer'), ['Nordsundbank AB'], 'another word after the form is not the name\'s');
});

t.test('a capital I that OCR read as a lower-case l at the head of a place or a name is put back', async (t) => {
  t.same(bankNamesIn('Bank of lreland'), ['Bank of Ireland']);
  t.same(bankNamesIn('Harbour lrish Bank plc'), ['Harbour Irish Bank plc']);
  t.same(bankNamesIn('Bank of london'), [], 'an l before a vowel is read as printed');
  const lines = statement('Bank of lndustria');
  t.equal(extractBankStatement(readingFromText([lines], { kind: 'image' })).formatted.bankName, 'Bank of Industria');
});

t.test('a branch\'s name with its country after the legal form is registered: it beats the group\'s name in the footer', async (t) => {
  const lines = ['Nordsundbank AB Lietuva', 'Saskaitos israsas', 'Account holder: Jane Doe', 'IBAN: LT12 1000 0111 0100 1000',
    'Date         Details                           Debits      Credits       Balance',
    '01/03/2024   Opening balance                                             1,000.00',
    '04/03/2024   ENERGY CO                         120.00                      880.00',
    '', 'Nordsundbank AB, Gedimino pr. 1, Vilnius'];
  t.equal(extractBankStatement(readingFromText([lines])).formatted.bankName, 'Nordsundbank AB Lietuva');
});
