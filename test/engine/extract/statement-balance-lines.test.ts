/**
 * @module test/engine/extract/statement-balance-lines
 * A balance line is never a transaction row: the short forms of the opening and closing balance
 * labels in our eight languages ("Saldo alt" / "Saldo neu", "Vorig saldo" / "Nieuw saldo",
 * "Solde au 01/11/2025"), and the lines that carry the balance from one page to the next
 * ("Übertrag", "Report", "A reporter", "Saldo a riportare", "Suma z przeniesienia"), and the
 * German and Swiss joined and hyphenated forms ("Anfangssaldo", "Schluss-Saldo", "Eröffnungssaldo").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** Rows running from 540,10 to 3.507,94. */
const ROWS = [
  '02.11.2025  Lastschrift Stadtwerke      -88,40     451,70',
  '04.11.2025  Gutschrift Gehalt        3.120,55   3.572,25',
  '05.11.2025  Kartenzahlung EDEKA         -64,31   3.507,94',
];
const HEADER = 'Datum       Buchungstext               Betrag      Saldo';

function read(pages: string[][]) {
  return extractBankStatement(readingFromText(pages)).formatted;
}

t.test('the short balance labels of our languages open and close the table and are no rows', async (t) => {
  const pairs: [string, string][] = [
    ['Saldo alt', 'Saldo neu'], ['Alter Saldo', 'Neuer Saldo'], ['Kontostand alt', 'Kontostand neu'],
    ['Vorig saldo', 'Nieuw saldo'], ['Saldo anterior', 'Saldo final'], ['Saldo precedente', 'Saldo finale'],
    ['Saldo poprzednie', 'Saldo końcowe'], ['Balance brought forward', 'Balance carried forward'], ['Ancien solde', 'Nouveau solde'],
    ['Saldo de apertura', 'Saldo de cierre'], ['Saldo otwarcia', 'Saldo zamknięcia'], ['Opening bal', 'Closing bal'],
  ];
  for (const [open, close] of pairs) {
    const x = read([['Volksbank Mittelhessen eG', HEADER, `${open.padEnd(40)}  540,10`, ...ROWS, `${close.padEnd(40)}  3.507,94`]]);
    t.equal(x.tableItems?.length, 3, `${open} / ${close}: three rows`);
    t.equal(x.openingBalance, 540.1, open);
    t.equal(x.closingBalance, 3507.94, close);
  }
});

t.test('a balance dated by its label ("Solde au 01/11/2025") opens the table before the rows and closes it after them', async (t) => {
  for (const [open, close] of [['Solde au 01.11.2025', 'Solde au 30.11.2025'], ['Saldo em 01.11.2025', 'Saldo em 30.11.2025'],
    ['Kontostand am 01.11.2025', 'Kontostand am 30.11.2025'], ['Saldo al 01.11.2025', 'Saldo al 30.11.2025'], ['Saldo na dzień 01.11.2025', 'Saldo na dzień 30.11.2025'],
    ['Balance as at 01.11.2025', 'Balance as at 30.11.2025']]) {
    const x = read([['Volksbank Mittelhessen eG', HEADER, `${open.padEnd(40)}  540,10`, ...ROWS, `${close.padEnd(40)}  3.507,94`]]);
    t.equal(x.tableItems?.length, 3, `${open}: three rows`);
    t.equal(x.openingBalance, 540.1, open);
    t.equal(x.closingBalance, 3507.94, close);
  }
});

t.test('two dated balances in a summary above the table: the earlier day opens, the later closes', async (t) => {
  const x = read([['Banque Exemple SA', 'Solde au 01.11.2025   540,10', 'Solde au 30.11.2025   3.507,94', HEADER, ...ROWS]]);
  t.equal(x.openingBalance, 540.1);
  t.equal(x.closingBalance, 3507.94);
  t.equal(x.tableItems?.length, 3);
});

/** A two-page statement whose balance is carried over the page break under `carried` and brought in under `brought`. */
function twoPages(carried: string, brought: string) {
  return read([
    ['Volksbank Mittelhessen eG', HEADER, `${'Saldo alt'.padEnd(40)}  540,10`, ...ROWS.slice(0, 2), `${carried.padEnd(40)}  3.572,25`],
    ['Volksbank Mittelhessen eG', `${brought.padEnd(40)}  3.572,25`, ROWS[2], `${'Saldo neu'.padEnd(40)}  3.507,94`],
  ]);
}

t.test('the lines carrying the balance over a page break are no rows, in our languages', async (t) => {
  for (const [carried, brought] of [['Übertrag', 'Übertrag'], ['A reporter', 'Report'], ['Saldo a riportare', 'Riporto'], ['Do przeniesienia', 'Suma z przeniesienia'],
    ['Transport', 'Transport'], ['Suma y sigue', 'Suma anterior'], ['A transportar', 'Transporte'], ['Naar volgende pagina', 'Van vorige pagina'],
    ['Carried forward', 'Brought forward']]) {
    const x = twoPages(carried, brought);
    t.equal(x.tableItems?.length, 3, `${carried} / ${brought}: three rows`);
    t.same(x.tableItems?.map((r) => r.date), ['02.11.2025', '04.11.2025', '05.11.2025'], carried);
    t.equal(x.openingBalance, 540.1, carried);
    t.equal(x.closingBalance, 3507.94, carried);
  }
});

t.test('"Transport" or "Report" is a row when its figure is not the balance carried', async (t) => {
  const x = read([['Volksbank Mittelhessen eG', HEADER, `${'Saldo alt'.padEnd(40)}  540,10`, ...ROWS.slice(0, 2), `${'Transport'.padEnd(40)}-12,00   3.560,25`]]);
  t.equal(x.tableItems?.length, 3);
  t.equal(x.tableItems?.[2].debitAmount, 12);
});

t.test('the German and Swiss opening and closing words ("Anfangssaldo", "Schluss-Saldo", "Eröffnungssaldo") and the other languages\' plain forms open and close the table and are no rows', async (t) => {
  const pairs: [string, string][] = [
    ['Anfangssaldo', 'Schlusssaldo'], ['Eröffnungssaldo', 'Schluss-Saldo'], ['Saldovortrag', 'Endsaldo'], ['Anfangs-Saldo', 'Abschlusssaldo'],
    ['Solde de début', 'Solde de fin'], ['Saldo inicial', 'Nuevo saldo'], ['Saldo iniziale', 'Nuovo saldo'], ['Saldo anterior', 'Novo saldo'],
    ['Aanvangssaldo', 'Afsluitsaldo'], ['Saldo na początek', 'Saldo na koniec'], ['Start balance', 'End balance'],
  ];
  for (const [open, close] of pairs) {
    const x = read([['Volksbank Mittelhessen eG', HEADER, `${open.padEnd(40)}  540,10`, ...ROWS, `${close.padEnd(40)}  3.507,94`]]);
    t.equal(x.tableItems?.length, 3, `${open} / ${close}: three rows`);
    t.equal(x.openingBalance, 540.1, open);
    t.equal(x.closingBalance, 3507.94, close);
  }
});
