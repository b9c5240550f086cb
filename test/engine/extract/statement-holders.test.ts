/**
 * @module test/engine/extract/statement-holders
 * A statement's holder, bank and currency as European statements print them: the holder after
 * a label in six languages ("Titular de la cuenta:", "Intestato a:", "Właściciel rachunku:"),
 * savings and cooperative banks that are not called "X Bank", a currency given only by the
 * IBAN's country, and the addressee after a salutation of each language served ("D.", "Dña.",
 * "Sig.ra", "Dhr.", "Pani"), which addresses the holder and is no part of the name.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';
import { withoutAcademicTitles } from '../../../engine/extract/academic-title.ts';

const page = (bank: string, holderLine: string, iban: string, title: string) => [
  bank, holderLine, `IBAN: ${iban}`, title, 'Periodo del 01.03.2025 al 28.03.2025', 'Descripción                 Importe       Saldo',
  'Saldo inicial                            4.196,05', '04.03. Transferencia       +347,12     4.543,17', '06.03. Pago con tarjeta    -163,16     4.380,01',
  '13.03. Recibo             +1.369,29     5.749,30', 'Saldo final                              5.749,30',
];

t.test('the holder after a label in other languages, without the label\'s own words', async (t) => {
  for (const [label, title] of [['Titular de la cuenta:', 'Extracto de cuenta'], ['Titulaire du compte :', 'Relevé de compte'], ['Intestato a:', 'Estratto conto'], ['Właściciel rachunku:', 'Wyciąg bankowy'], ['Inhaber:', 'Kontoauszug']]) {
    const { formatted: x } = extractBankStatement(readingFromText([page('Banco Ejemplo S.A.', `${label} Lucía Navarro`, 'ES93 5973 4484 9211 7429 9559', title)]));
    t.equal(x.accountHolderName, 'Lucía Navarro', label);
    t.equal(x.openingBalance, 4196.05, label);
    t.equal(x.closingBalance, 5749.3, label);
  }
});

t.test('savings, cooperative and building-society banks are named in full', async (t) => {
  for (const bank of ['Sparkasse Lindental', 'Caja Rural del Sur', 'Cassa di Risparmio del Lago', 'Caixa Rural do Norte', 'Crédit Mutuel Rivière', 'Banque Populaire du Lac', 'Voorbeeld Bank N.V.', 'Northgate Building Society']) {
    const { formatted: x } = extractBankStatement(readingFromText([page(bank, 'Titular: Lucía Navarro', 'ES93 5973 4484 9211 7429 9559', 'Extracto de cuenta')]));
    t.equal(x.bankName, bank);
  }
});

t.test('the currency is the IBAN country\'s when no code or sign is printed', async (t) => {
  for (const [iban, code] of [['PL32 2528 1204 6757 4026 3251 1234', 'PLN'], ['DE42 6289 4769 8920 8643 38', 'EUR'], ['GB29 NWBK 6016 1331 9268 19', 'GBP']]) {
    const { formatted: x } = extractBankStatement(readingFromText([page('Banco Ejemplo S.A.', 'Titular: Lucía Navarro', iban, 'Extracto de cuenta')]));
    t.equal(x.currencyCode, code, iban);
  }
});

t.test('a "+" before an amount in a signed column is its sign: the row is a credit and the "+" no part of the description', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([page('Banco Ejemplo S.A.', 'Titular: Lucía Navarro', 'ES93 5973 4484 9211 7429 9559', 'Extracto de cuenta')]));
  t.same(x.tableItems.map((i) => [i.date, i.description, i.debitAmount, i.creditAmount]), [['04.03.', 'Transferencia', 0, 347.12], ['06.03.', 'Pago con tarjeta', 163.16, 0], ['13.03.', 'Recibo', 0, 1369.29]]);
});

t.test('with no account-number label, the printed IBAN is the account number', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([page('Banco Ejemplo S.A.', 'Titular: Lucía Navarro', 'ES93 5973 4484 9211 7429 9559', 'Extracto de cuenta')]));
  t.equal(x.accountNumber, 'ES93 5973 4484 9211 7429 9559');
});

t.test('the addressee under a salutation printed on its own line (DIN 5008 "Frau", "Pani", "Madame") is the holder, whatever the street line looks like', async (t) => {
  for (const [salute, street, town] of [['Frau', 'Elm Street 4', '00-950 Warszawa'], ['Pani', 'ul. Długa 14', '30-001 Kraków'], ['Madame', '14 rue Oberkampf', '75011 Paris'], ['Herrn', 'Postfach', 'Leipzig']]) {
    const lines = ['Sparkasse Lindental', '', salute, 'Lena Hoffmann', street, town, ...page('Sparkasse Lindental', '', 'DE59 9890 3951 3019 1451 2923', 'Kontoauszug').slice(2)];
    const { formatted: x } = extractBankStatement(readingFromText([lines]));
    t.equal(x.accountHolderName, 'Lena Hoffmann', `${salute} / ${street}`);
  }
});

t.test('the holder after a bare "Name:" at a line\'s start, up to the next column, patronymic and all', async (t) => {
  const lines = [
    'Bank Perdana Berhad                       STATEMENT / PENYATA AKAUN', 'Customer service 0800 123 4567',
    'Name: NUR AISYAH BINTI KAMARUDDIN                         Statement Date: 01/09/2023 - 30/09/2023',
    '27 Orchard Close                                                                 Currency: MYR', 'Account No: 3904-756-118358',
    'Date         Transaction                       Debit       Credit        Balance',
    '01/09/2023   Beginning Balance                                           3,624.42',
    '02/09/2023   SALARY ACME LTD                               2,601.95      6,226.37',
    '                                               Ending Balance            6,226.37',
  ];
  const { formatted: x } = extractBankStatement(readingFromText([lines], { kind: 'image' }));
  t.equal(x.accountHolderName, 'NUR AISYAH BINTI KAMARUDDIN');
  t.equal(x.accountNumber, '3904-756-118358');
});

t.test('a salutation of each language served before the name on one line introduces the holder, and is no part of the name ("D. Javier Morales" is "Javier Morales")', async (t) => {
  for (const salute of ['D.', 'Dña.', 'Sr.', 'Sra.', 'Herr', 'Frau', 'M.', 'Mme', 'Mr', 'Mrs', 'Ms', 'Pan', 'Pani', 'Dhr.', 'Mevr.', 'Sig.', 'Sig.ra']) {
    const lines = ['Banco Meridional', 'Apartado 55', `${salute} Javier Morales                IBAN ES91 2100 0418 4502 0005 1332`,
      'Maple Ave 77                         01/10/2025 - 28/10/2025', 'Extracto de cuenta', ...page('Banco Meridional', '', 'ES91 2100 0418 4502 0005 1332', '').slice(4)];
    const { formatted: x } = extractBankStatement(readingFromText([lines]));
    t.equal(x.accountHolderName, 'Javier Morales', salute);
  }
});

t.test('a first name that is also a salutation ("Don") and a couple addressed together stay as printed', async (t) => {
  for (const name of ['Don Henley', 'Herr und Frau Müller', 'M. et Mme Dupont']) {
    const lines = ['Banco Meridional', 'Apartado 55', `${name}                       IBAN ES91 2100 0418 4502 0005 1332`,
      'Maple Ave 77                         01/10/2025 - 28/10/2025', 'Extracto de cuenta', ...page('Banco Meridional', '', 'ES91 2100 0418 4502 0005 1332', '').slice(4)];
    t.equal(extractBankStatement(readingFromText([lines])).formatted.accountHolderName, name);
  }
});

t.test('an academic or professional title before or after the holder\'s name is no part of it, the name stays whole', async (t) => {
  // (a fresh tester's Czech statement printed "Ing. Jana Svobodová" after its holder label and over its address)
  for (const [printed, want] of [['Ing. Jana Svobodová', 'Jana Svobodová'], ['Dr Anna Schmidt', 'Anna Schmidt'], ['Prof. Dr. Karl Weber', 'Karl Weber'], ['Mgr. Petr Novák, Ph.D.', 'Petr Novák'], ['Dipl.-Ing. Eva Malá', 'Eva Malá'], ['MUDr. Tomáš Dvořák', 'Tomáš Dvořák']]) {
    const { formatted: x } = extractBankStatement(readingFromText([page('Banco Ejemplo S.A.', `Titular de la cuenta: ${printed}`, 'ES93 5973 4484 9211 7429 9559', 'Extracto de cuenta')]));
    t.equal(x.accountHolderName, want, printed);
  }
  // (a salutation and a title together: "Frau Dr. Anna Frei" addressed over her street)
  const saluted = ['Banco Meridional', 'Apartado 55', 'Frau Dr. Anna Frei                       IBAN ES91 2100 0418 4502 0005 1332',
    'Maple Ave 77                         01/10/2025 - 28/10/2025', 'Extracto de cuenta', ...page('Banco Meridional', '', 'ES91 2100 0418 4502 0005 1332', '').slice(4)];
  t.equal(extractBankStatement(readingFromText([saluted])).formatted.accountHolderName, 'Anna Frei', 'Frau Dr. Anna Frei');
  const labelled = ['Banka Vltava', 'Ing. Jana Svobodová', 'Lindenweg 4', '10115 Berlin', 'Majitel účtu Ing. Jana Svobodová', 'IBAN CZ14 9072 1061 5899 2887 1503 82', ...page('Banka Vltava', '', 'CZ14 9072 1061 5899 2887 1503 82', '').slice(4)];
  t.equal(extractBankStatement(readingFromText([labelled])).formatted.accountHolderName, 'Jana Svobodová', 'after the holder label');
  t.equal(withoutAcademicTitles('Dr Who'), 'Dr Who', 'a title goes only while two words of the name stay');
  t.equal(withoutAcademicTitles('Ingrid Bergman'), 'Ingrid Bergman');
  // (a company named after its founder keeps the title: a breaker's holder "Dr. Oetker Nahrungsmittel KG")
  t.equal(withoutAcademicTitles('Dr. Oetker Nahrungsmittel KG'), 'Dr. Oetker Nahrungsmittel KG');
  t.equal(withoutAcademicTitles('Prof. Weber Consulting GmbH'), 'Prof. Weber Consulting GmbH');
});

t.test('the Czech and Slovak holder labels ("Majitel účtu", "Majiteľ") introduce the holder', async (t) => {
  for (const label of ['Majitel uctu:', 'Majitel účtu:', 'Majiteľ účtu:', 'Majitel:']) {
    const lines = ['Ceska sporitelna, a.s.', 'Vypis z uctu', `${label} Ing. Jan Novak`, 'IBAN CZ65 0800 0000 1920 0014 5399', 'Pocatecni zustatek CZK 10 000,00',
      '05.03.2026 Platba kartou -1 200,00', '10.03.2026 Mzda +35 000,00', 'Konecny zustatek CZK 43 800,00'];
    t.equal(extractBankStatement(readingFromText([lines])).formatted.accountHolderName, 'Jan Novak', label);
  }
});
