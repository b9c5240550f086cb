/**
 * @module test/engine/extract/statement-heading-cells
 * A statement scan with space thousands and two-word column headings (Norwegian "Ut av konto" /
 * "Inn på konto", "Beløp ut" / "Beløp inn", "Uttak" / "Innskudd", Swedish "Uttag" / "Insättning",
 * Danish "Hævet" / "Indsat", "Debet" / "Kredit", French "Débit" / "Crédit"): each figure goes to the
 * column whose heading it is printed under, also when a scan read its thousands group as a text
 * run of its own ("8  500,00"), and the rows reconcile as a current account (opening + credits -
 * debits = closing). A dotted Norwegian account number ("1234.56.78901") is read whole, never the
 * period's first day on the line under it.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** One row: date, text, then the debit, credit and balance cells right-aligned under their headings. */
const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(12)}${text.padEnd(28)}${out.padStart(14)}${inn.padStart(14)}${bal.padStart(14)}`;
/** `split` reads each figure's thousands group apart, as two text runs. */
const gap = (figure: string, split: boolean) => (split ? figure.replace(/^(\d{1,3}) /, '$1  ') : figure);

const statement = (h: [string, string, string, string, string], split: boolean, open: string, close: string) => [
  'Fjordbanken ASA', '', 'Ola Nordmann', 'Storgata 5', '0155 Oslo', '',
  'Kontonummer 1234.56.78901', 'Periode 01.03.2026 - 31.03.2026', '',
  col(...h),
  col('', open, '', '', gap('12 345,67', split)),
  col('03.03.2026', 'Husleie', gap('8 500,00', split), '', '3 845,67'),
  col('15.03.2026', 'Lønn', '', gap('32 100,00', split), gap('35 945,67', split)),
  col('20.03.2026', 'Rema 1000', '456,20', '', gap('35 489,47', split)),
  col('', close, '', '', gap('35 489,47', split)),
];

t.test('figures go to the column whose heading they are printed under, their thousands read whole', async (t) => {
  const headings: [string, string, string, string, string, string, string][] = [
    ['Dato', 'Forklaring', 'Ut av konto', 'Inn på konto', 'Saldo', 'Inngående saldo', 'Utgående saldo'],
    ['Dato', 'Beskrivelse', 'Beløp ut', 'Beløp inn', 'Saldo', 'Inngående saldo', 'Utgående saldo'],
    ['Dato', 'Tekst', 'Uttak', 'Innskudd', 'Saldo', 'Inngående saldo', 'Utgående saldo'],
    ['Datum', 'Text', 'Uttag', 'Insättning', 'Saldo', 'Ingående saldo', 'Utgående saldo'],
    ['Dato', 'Tekst', 'Hævet', 'Indsat', 'Saldo', 'Primosaldo', 'Ultimosaldo'],
    ['Dato', 'Tekst', 'Debet', 'Kredit', 'Saldo', 'Inngående saldo', 'Utgående saldo'],
    ['Date', 'Libellé', 'Débit', 'Crédit', 'Solde', 'Ancien solde', 'Nouveau solde'],
  ];
  for (const [d, text, out, inn, bal, open, close] of headings) {
    for (const split of [false, true]) {
      const { formatted: x, fields } = extractBankStatement(readingFromText([statement([d, text, out, inn, bal], split, open, close)], { kind: 'image' }));
      const what = `${out} / ${inn}${split ? ', groups apart' : ''}`;
      t.same(x.tableItems.map((r) => [r.debitAmount, r.creditAmount]), [[8500, 0], [0, 32100], [456.2, 0]], what);
      t.same(x.tableItems.map((r) => r.description), ['Husleie', 'Lønn', 'Rema 1000'], `${what}: the group is no text`);
      t.same([x.openingBalance, x.closingBalance], [12345.67, 35489.47], what);
      t.equal(fields.reconciled?.value, true, `${what}: opening + credits - debits = closing`);
      t.equal(x.accountNumber, '1234.56.78901', `${what}: the account, not the period`);
    }
  }
});

t.test('a number ending a description (a phrase\'s space before it) stays text when a column\'s gap parts it from the figure', async (t) => {
  const x = extractBankStatement(readingFromText([[
    'Fjordbanken ASA', 'Periode 01.03.2026 - 31.03.2026',
    'Dato      Tekst                           Ut            Inn          Saldo',
    '          Inngående saldo                                          1 000,00',
    '03.03.2026 Bussbillett linje 12  450,00                             550,00',
    '          Utgående saldo                                            550,00',
  ]], { kind: 'image' })).formatted;
  t.same(x.tableItems.map((r) => [r.debitAmount, r.creditAmount, r.description]), [[450, 0, 'Bussbillett linje 12']]);
});
