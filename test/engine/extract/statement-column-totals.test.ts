/**
 * @module test/engine/extract/statement-column-totals
 * The totals row a statement prints under its rows ("Totals", "Totaal", "Umsatztotal", "Totale
 * movimenti", "Total des opérations", "Razem") adds up the paid-out and paid-in columns: it is no
 * transaction, and the balances reconcile without it, in any language and number format, with
 * the closing balance printed on it or not. A dateless movement that only happens to equal a
 * column's sum, without a total's word, stays a movement.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

interface Lang { header: [string, string, string, string, string]; open: string; close: string; total: string; fmt: (x: number) => string; period: string }
const dot = (x: number) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const comma = (x: number) => x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const apos = (x: number) => x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, "'");
const LANGS: Lang[] = [
  { header: ['Date', 'Description', 'Paid out', 'Paid in', 'Balance'], open: 'Balance brought forward', close: 'Balance carried forward', total: 'Totals', fmt: comma, period: 'Statement period 01/02/2026 to 28/02/2026' },
  { header: ['Datum', 'Omschrijving', 'Af', 'Bij', 'Saldo'], open: 'Beginsaldo', close: 'Eindsaldo', total: 'Totaal', fmt: dot, period: 'Periode 01-02-2026 t/m 28-02-2026' },
  { header: ['Datum', 'Text', 'Belastung', 'Gutschrift', 'Saldo'], open: 'Saldovortrag', close: 'Schlusssaldo', total: 'Umsatztotal', fmt: apos, period: 'Periode 01.02.2026 - 28.02.2026' },
  { header: ['Data', 'Descrizione', 'Dare', 'Avere', 'Saldo'], open: 'Saldo iniziale', close: 'Saldo finale', total: 'Totale movimenti', fmt: dot, period: 'Periodo dal 01/02/2026 al 28/02/2026' },
  { header: ['Date', 'Libellé', 'Débit', 'Crédit', 'Solde'], open: 'Ancien solde', close: 'Nouveau solde', total: 'Total des opérations', fmt: dot, period: 'Période du 01/02/2026 au 28/02/2026' },
  { header: ['Data', 'Opis', 'Obciążenia', 'Uznania', 'Saldo'], open: 'Saldo początkowe', close: 'Saldo końcowe', total: 'Razem', fmt: dot, period: 'Okres: 01.02.2026 - 28.02.2026' },
];

/** A statement of rows [day, description, out, in] from `opening`, with a totals line made by `totals(outSum, inSum, closing)`. */
function statement(lang: Lang, opening: number, rows: [number, string, number, number][], totals: (o: string, i: string, c: string) => string) {
  let bal = opening, out = 0, inn = 0;
  const [hd, hs, ho, hi, hb] = lang.header;
  // each column's heading ends where its figures end, as statements set them
  const lines = ['Example Bank', lang.period, '', `${hd.padEnd(12)}${hs.padEnd(28)}${ho.padStart(10)}  ${hi.padStart(10)}  ${hb.padStart(10)}`, `            ${lang.open.padEnd(28 + 24)}${lang.fmt(opening).padStart(10)}`];
  for (const [d, text, o, i] of rows) {
    bal = Math.round((bal - o + i) * 100) / 100; out += o; inn += i;
    lines.push(`${String(d).padStart(2, '0')}/02/2026  ${text.padEnd(28)}${o ? lang.fmt(o).padStart(10) : ' '.repeat(10)}  ${i ? lang.fmt(i).padStart(10) : ' '.repeat(10)}  ${lang.fmt(bal).padStart(10)}`);
  }
  lines.push(totals(lang.fmt(out), lang.fmt(inn), lang.fmt(bal)));
  lines.push(`            ${lang.close.padEnd(28 + 24)}${lang.fmt(bal).padStart(10)}`);
  return { reading: readingFromText([lines]), closing: bal };
}

const ROWS: [number, string, number, number][] = [
  [2, 'Water direct debit', 38.5, 0], [3, 'Card payment grocer', 64.18, 0], [6, 'Transfer from J Smith', 0, 150],
  [10, 'Rent standing order', 925, 0], [25, 'Salary', 0, 2286.42], [27, 'Cash withdrawal', 60, 0],
];

t.test('a totals row with both column sums is no transaction, and the balances reconcile', async (t) => {
  for (const lang of LANGS) {
    const { reading, closing } = statement(lang, 2418.37, ROWS, (o, i) => `            ${lang.total.padEnd(28)}${o.padStart(10)}  ${i.padStart(10)}`);
    const x = extractBankStatement(reading);
    t.equal(x.formatted.tableItems.length, ROWS.length, `${lang.total}: only the movements are rows`);
    t.equal(x.formatted.closingBalance, closing, lang.total);
    t.equal(x.fields.reconciled.value, true, `${lang.total}: opening + movements = closing`);
  }
});

t.test('a totals row that also prints the closing balance, or only one column sum after its word, is no transaction', async (t) => {
  for (const lang of LANGS) {
    const withClose = statement(lang, 1843.2, ROWS, (o, i, c) => `            ${lang.total.padEnd(28)}${o.padStart(10)}  ${i.padStart(10)}  ${c.padStart(10)}`);
    t.equal(extractBankStatement(withClose.reading).formatted.tableItems.length, ROWS.length, `${lang.total} with the closing balance`);
    const debitsOnly = ROWS.map(([d, s, o]) => [d, s, o || 12.5, 0] as [number, string, number, number]);
    const one = statement(lang, 1843.2, debitsOnly, (o) => `            ${lang.total.padEnd(28)}${o.padStart(10)}`);
    const x = extractBankStatement(one.reading);
    t.equal(x.formatted.tableItems.length, ROWS.length, `${lang.total} with one sum`);
    t.equal(x.fields.reconciled.value, true, `${lang.total} with one sum reconciles`);
  }
});

t.test('a dateless movement that equals a column sum but prints no total word stays a movement', async (t) => {
  const lang = LANGS[0];
  const rows: [number, string, number, number][] = [[2, 'Card payment grocer', 40, 0], [3, 'Card payment baker', 10, 0]];
  // a second card payment of 50.00 on the same day, printed without its date, after two of 40 and 10
  const { reading } = statement(lang, 500, rows, () => `            ${'Card payment butcher'.padEnd(28)}${'50.00'.padStart(10)}  ${''.padStart(10)}  ${'400.00'.padStart(10)}`);
  const items = extractBankStatement(reading).formatted.tableItems;
  t.equal(items.length, 3);
  t.equal(items[2].debitAmount, 50);
});
