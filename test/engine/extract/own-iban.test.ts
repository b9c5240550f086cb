/**
 * @module test/engine/extract/own-iban
 * An IBAN printed without its label on a statement is its account when its mod-97 check holds
 * and its line does not name it as another party's (a payee, a beneficiary, a counter-account,
 * "to" / "an" / "na rachunek" right before it) or is a transaction row.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { ownIban } from '../../../engine/extract/own-iban.ts';
import { readingFromText } from '../reading-from-text.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';

const own = (texts: string[]) => ownIban(flattenLines(readingFromText([texts])))?.value ?? null;

/** A Polish statement whose head prints the holder and, beside it, the account's IBAN with no label. */
const polish = (ibanLine: string) => [
  'Bank Polski Wschód S.A.                 Wyciąg z rachunku', 'ul. Długa 14', ibanLine, '30-001 Kraków             01.07.2024 - 28.07.2024',
  'Data          Opis operacji                  Kwota          Saldo',
  'Saldo początkowe                                        7 525,20',
  '01.07.2024    Przelew wynagrodzenie          1 017,34   8 542,54',
  '04.07.2024    Płatność kartą                   -63,86   8 478,68',
  'Saldo końcowe                                           8 478,68',
];

t.test('an unlabelled IBAN whose check holds is the statement\'s account', async (t) => {
  const { formatted: x } = extractBankStatement(readingFromText([polish('Pan Piotr Zieliński        PL61 1090 1014 0000 0712 1981 2874')]));
  t.equal(x.accountNumber, 'PL61 1090 1014 0000 0712 1981 2874');
  t.equal(own(['CH93 0076 2011 6238 5295 7']), 'CH93 0076 2011 6238 5295 7', 'alone on its line, in groups of any size');
  t.equal(own(['Jan van Dijk       NL91 ABNA 0417 1643 00']), 'NL91 ABNA 0417 1643 00', '"van" in the holder\'s name is no direction');
});

t.test('an IBAN whose check fails, or another party\'s, is not the account', async (t) => {
  t.equal(own(['Pan Piotr Zieliński   PL52 1020 2124 0000 2691 3609 9456']), null, 'the check fails');
  t.equal(own(['Beneficiary: ACME Ltd   GB82 WEST 1234 5698 7654 32']), null);
  t.equal(own(['Empfänger Stadtwerke GmbH DE89 3704 0044 0532 0130 00']), null);
  t.equal(own(['Przelew na rachunek PL61 1090 1014 0000 0712 1981 2874']), null);
  t.equal(own(['Transfer to GB82 WEST 1234 5698 7654 32']), null);
  t.equal(own(['03.07.2024  Überweisung DE89 3704 0044 0532 0130 00   120,00   1.380,00']), null, 'a transaction row\'s IBAN is the other party\'s');
  const { formatted: x } = extractBankStatement(readingFromText([polish('Pan Piotr Zieliński')]));
  t.equal(x.accountNumber, null, 'none printed: none read');
});

/** A row of two columns: `left` from the margin, `right` from character 45. */
const row = (left: string, right: string) => `${left.padEnd(45)}${right}`;

t.test('an IBAN under a line naming another party, or beside a direct debit or transfer, is that party\'s', async (t) => {
  t.equal(own([row('Anna Schmidt', 'Ihr Vermieter: Haus & Grund eG'), row('Ringstr. 4, 50667 Köln', 'DE89 3704 0044 0532 0130 00')]), null, 'a party\'s label on the line above');
  t.equal(own(['Landlord: Harbour Lettings Ltd', 'DE89 3704 0044 0532 0130 00']), null, 'a party\'s label over it, alone');
  t.equal(own([row('Kontoauszug 3/2024', 'Lastschrift Stadtwerke Köln'), row('', 'DE89 3704 0044 0532 0130 00')]), null, 'a direct debit over it');
  for (const words of ['Lastschrift Stadtwerke Köln', 'Überweisung an Max Bauer', 'Direct debit Thames Water', 'Standing order Harbour Lettings', 'Prélèvement EDF', 'Domiciliación Iberdrola', 'Addebito Enel', 'Przelew Tauron']) {
    t.equal(own([`${words}   DE89 3704 0044 0532 0130 00`]), null, `"${words}" on its line`);
  }
  t.equal(own(['Account holder: Anna Schmidt', 'DE89 3704 0044 0532 0130 00']), 'DE89 3704 0044 0532 0130 00', 'the holder\'s label over it keeps it the holder\'s');
  t.equal(own(['Anna Schmidt', 'Kontoinhaber: Anna Schmidt', 'DE89 3704 0044 0532 0130 00']), 'DE89 3704 0044 0532 0130 00');
});

t.test('of several unlabelled IBANs, the one on or under the holder\'s line is the account', async (t) => {
  const head = [
    'Sparkasse Rheinland', row('Kontoauszug 3/2024', 'Zahlung an Stadtwerke Köln'), row('', 'DE89 3704 0044 0532 0130 00'),
    'Anna Schmidt', 'DE44 5001 0517 5407 3249 31', 'Ringstr. 4, 50667 Köln', '',
    'Datum       Buchungstext                      Betrag        Saldo',
    '01.03.2024  Anfangssaldo                                 1.250,00',
    '04.03.2024  Kartenzahlung REWE                -45,20    1.204,80',
    '31.03.2024  Endsaldo                                     1.204,80',
  ];
  const { formatted: x } = extractBankStatement(readingFromText([head]));
  t.equal(x.accountHolderName, 'Anna Schmidt');
  t.equal(x.accountNumber, 'DE44 5001 0517 5407 3249 31');
});
