/**
 * @module test/engine/extract/statement-more-languages
 * The balance labels and table headings of Czech, Danish, Norwegian, Swedish, Finnish,
 * Hungarian and Romanian statements, and the Swiss German "Saldo Vortrag": the opening balance
 * is the printed one, never a row, and the rows' sides follow their debit and credit columns
 * ("Debet"/"Kredit", "Hævet"/"Indsat"). A signed amount column's sign printed after the figure
 * ("1.862,58+" a credit, "125,66-" a debit) or a credit's word after it ("19 518,62 (Kredit)").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const read = (lines: string[]) => extractBankStatement(readingFromText([lines])).formatted;
const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(9)}${text.padEnd(30)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(14)}`;

t.test('the opening and closing labels of more languages give the printed balances, and a credit column\'s first row is a credit', async (t) => {
  const cases: [string, string, string[]][] = [
    ['Počáteční zůstatek', 'Konečný zůstatek', ['Datum', 'Popis', 'Debet', 'Kredit', 'Zůstatek']],
    ['Primosaldo', 'Ultimosaldo', ['Dato', 'Tekst', 'Hævet', 'Indsat', 'Saldo']],
    ['Primo saldo', 'Ultimo saldo', ['Dato', 'Tekst', 'Hævet', 'Indsat', 'Saldo']],
    ['Ingående saldo', 'Utgående saldo', ['Datum', 'Text', 'Uttag', 'Insättning', 'Saldo']],
    ['Inngående saldo', 'Utgående saldo', ['Dato', 'Tekst', 'Ut', 'Inn', 'Saldo']],
    ['Alkusaldo', 'Loppusaldo', ['Päivämäärä', 'Selite', 'Nosto', 'Pano', 'Saldo']],
    ['Nyitó egyenleg', 'Záró egyenleg', ['Dátum', 'Leírás', 'Terhelés', 'Jóváírás', 'Egyenleg']],
    ['Sold inițial', 'Sold final', ['Data', 'Descriere', 'Debit', 'Credit', 'Sold']],
    ['Saldo Vortrag', 'Saldo neu', ['Datum', 'Text', 'Belastung', 'Gutschrift', 'Saldo']],
    ['Početno stanje', 'Završno stanje', ['Datum', 'Opis', 'Isplata', 'Uplata', 'Stanje']],
    ['Začetno stanje', 'Končno stanje', ['Datum', 'Opis', 'Breme', 'Dobro', 'Stanje']],
    ['Počiatočný zostatok', 'Konečný zostatok', ['Dátum', 'Popis', 'Debet', 'Kredit', 'Zostatok']],
    ['Pradinis likutis', 'Galutinis likutis', ['Data', 'Aprašymas', 'Debetas', 'Kreditas', 'Likutis']],
    ['Sākuma atlikums', 'Beigu atlikums', ['Datums', 'Apraksts', 'Debets', 'Kredīts', 'Atlikums']],
    ['Algsaldo', 'Lõppsaldo', ['Kuupäev', 'Selgitus', 'Deebet', 'Kreedit', 'Saldo']],
  ];
  for (const [open, close, [d, text, out, inn, bal]] of cases) {
    const x = read([
      'Moravská banka a.s.',
      col(d, text, out, inn, bal),
      col('', open, '', '', '23 051,42'),
      col('04.01.', 'Salary ACME Corp', '', '19 518,62', '42 570,04'),
      col('07.01.', 'Rent payment', '1 778,43', '', '40 791,61'),
      col('', close, '', '', '40 791,61'),
    ]);
    t.equal(x.openingBalance, 23051.42, open);
    t.equal(x.closingBalance, 40791.61, close);
    t.equal(x.tableItems.length, 2, `${open}: the balances are no rows`);
    t.same([x.tableItems[0]?.creditAmount, x.tableItems[1]?.debitAmount], [19518.62, 1778.43], `${open}: sides`);
  }
});

t.test('a sign printed after the figure in one amount column says its side: "+" a credit, "-" a debit', async (t) => {
  const x = read([
    'Sparkasse Rheinufer                 Kontoauszug',
    'Buchung   Vorgang                         Betrag',
    '          Alter Kontostand              3.820,41',
    '03.07.    Card payment SUPERMARKET      1.862,58+',
    '05.07.    Direct debit Electricity        125,66-',
    '12.07.    Standing order Gym              318,24+',
    '          Neuer Kontostand              5.875,57 EUR',
  ]);
  t.same(x.tableItems.map((r) => [r.creditAmount, r.debitAmount]), [[1862.58, 0], [0, 125.66], [318.24, 0]]);
  t.equal(x.openingBalance, 3820.41);
  t.equal(x.closingBalance, 5875.57);
});

t.test('a credit\'s word after the figure ("(Kredit)", "(Credit)") makes it a credit with no balance before it', async (t) => {
  for (const word of ['(Kredit)', '(Credit)', 'Kredit']) {
    const x = read([
      'Moravská banka a.s.',
      'Datum    Popis                                 Částka        Zůstatek',
      `04.01.   Salary ACME Corp             19 518,62 ${word}      42 570,04`,
      '07.01.   Rent payment                  1 778,43              40 791,61',
    ]);
    t.same(x.tableItems.map((r) => [r.creditAmount, r.debitAmount]), [[19518.62, 0], [0, 1778.43]], word);
  }
});
