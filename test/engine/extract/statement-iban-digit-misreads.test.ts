/**
 * @module test/engine/extract/statement-iban-digit-misreads
 * An IBAN whose digits a scan or a photo read as letters (O for 0, I or l for 1, in its check
 * digits or its BBAN: "DE89 37O4 OO44 O532 Ol3O OO") is put back when exactly one reading of
 * those letters as digits holds the IBAN's mod-97 check and its country's format, and only then:
 * after an "IBAN" or an account label, after an account word, and printed without a label on a
 * Polish statement's head, as a scan and as a text layer. A letter the BBAN's format asks for (a
 * British bank code "NWBK", Ireland's "BOFI") stays a letter; an IBAN whose check fails after the
 * repair, or that holds as printed, is left as it was read.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { withIbanDigitsRepaired, withIbanRepaired } from '../../../engine/parse/iban.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement with the account line given, under the holder's name. */
const statement = (accountLine: string) => [
  'Harbour Bank plc                                   Account Statement', '', 'Jane Doe', accountLine,
  'Statement period: 01/03/2024 - 31/03/2024',
  'Date         Details                           Debits      Credits       Balance',
  '01/03/2024   Opening balance                                             1,000.00',
  '04/03/2024   ENERGY CO                         120.00                      880.00',
  '28/03/2024   SALARY                                        1,500.00      2,380.00',
  '31/03/2024   Closing balance                                             2,380.00',
];
const accountOf = (line: string, kind: 'pdf' | 'image' = 'image') => extractBankStatement(readingFromText([statement(line)], { kind })).formatted.accountNumber;

/** A Polish statement whose head prints the holder and, beside it, the account's IBAN with no label. */
const polish = (ibanLine: string) => [
  'Bank Polski Wschód S.A.                 Wyciąg z rachunku', 'ul. Długa 14', ibanLine, '30-001 Kraków             01.07.2024 - 28.07.2024',
  'Data          Opis operacji                  Kwota          Saldo', 'Saldo początkowe                                        7 525,20',
  '01.07.2024    Przelew wynagrodzenie          1 017,34   8 542,54', '04.07.2024    Płatność kartą                   -63,86   8 478,68',
  'Saldo końcowe                                           8 478,68',
];

t.test('digits read as letters are put back when the check then holds, wherever the account is printed', async (t) => {
  for (const kind of ['image', 'pdf'] as const) {
    t.equal(accountOf('IBAN: DE89 37O4 OO44 O532 Ol3O OO', kind), 'DE89 3704 0044 0532 0130 00', `${kind}: after "IBAN", O for 0 and l for 1`);
    t.equal(accountOf('Account number: FR14 2OO4 1O1O O5O5 OOO1 3M02 6O6', kind), 'FR14 2004 1010 0505 0001 3M02 606', `${kind}: after an account label, the key's letter kept`);
    t.equal(accountOf('Konto  NL91 ABNA O417 1643 OO', kind), 'NL91 ABNA 0417 1643 00', `${kind}: after an account word`);
    t.equal(accountOf('IBAN: IT60 X054 2811 1OIO OOOO O123 456', kind), 'IT60 X054 2811 1010 0000 0123 456', `${kind}: I for 1, the CIN letter kept`);
    t.equal(extractBankStatement(readingFromText([polish('Pan Piotr Zieliński        PL61 1O9O 1O14 OOOO O712 1981 2874')], { kind })).formatted.accountNumber,
      'PL61 1090 1014 0000 0712 1981 2874', `${kind}: printed without a label, its check then holding`);
  }
});

t.test('a digit read as a letter in the check digits, and a country code and digits both misread, are put back', async (t) => {
  t.equal(withIbanDigitsRepaired('IBAN: IEl7 BOFI 9058 3812 3456 78'), 'IBAN: IE17 BOFI 9058 3812 3456 78', 'an l for the 1 of the check digits');
  t.equal(withIbanDigitsRepaired('IBAN GB82 WEST 1234 5698 7654 32'), 'IBAN GB82 WEST 1234 5698 7654 32', 'nothing misread: as printed');
  t.equal(withIbanDigitsRepaired('IBAN GB82 WEST I234 5698 7654 32'), 'IBAN GB82 WEST 1234 5698 7654 32', 'an I for a 1 after the bank code');
  t.equal(withIbanDigitsRepaired('IBAN PL6l 1090 1014 0000 0712 1981 2874'), 'IBAN PL61 1090 1014 0000 0712 1981 2874', 'and a Polish one');
  t.equal(withIbanRepaired('1E29 AIBK 93l1 5212 3456 78', 'check'), 'IE29 AIBK 9311 5212 3456 78', "Ireland's I read as a 1 and a 1 as an l");
});

t.test('letters the BBAN asks for stay letters', async (t) => {
  t.equal(withIbanDigitsRepaired('GB29 NWBK 6O16 1331 9268 19'), 'GB29 NWBK 6016 1331 9268 19', 'the bank code of a British IBAN');
  t.equal(withIbanDigitsRepaired('IE17 BOFI 9O58 38l2 3456 78'), 'IE17 BOFI 9058 3812 3456 78', "Bank of Ireland's O and I");
});

t.test('no repair without the check: it fails after the repair, or holds as printed', async (t) => {
  t.equal(withIbanDigitsRepaired('IBAN: DE89 37O4 OO44 O532 Ol3O O1'), 'IBAN: DE89 37O4 OO44 O532 Ol3O O1', 'a wrong digit besides: the check fails whatever the letters read');
  t.not(accountOf('IBAN: DE89 37O4 OO44 O532 Ol3O O1'), 'DE89 3704 0044 0532 0130 01', 'never a repaired IBAN that fails its check');
  t.equal(withIbanDigitsRepaired('Ref DE89 3704 0044 0532 0130 00'), 'Ref DE89 3704 0044 0532 0130 00', 'holding as printed');
  t.equal(withIbanDigitsRepaired('ROOM 1O1 BOOKED FOR 2 NIGHTS'), 'ROOM 1O1 BOOKED FOR 2 NIGHTS', 'words that start like an IBAN and make none');
  t.equal(withIbanDigitsRepaired('DE89 37O4 OO44 O532 Ol3O OO12 345'), 'DE89 37O4 OO44 O532 Ol3O OO12 345', "groups that overrun the country's length");
});
