/**
 * @module test/engine/extract/statement-side-column
 * A side column, one heading joining the paid-out and paid-in words with a slash ("Af/Bij",
 * "Soll/Haben", "Debit/Credit", "Cargo/Abono", "D/C", "S/H", "Dr/Cr") beside one amount column:
 * the word each row prints there signs its amount and is no part of its description, before
 * or after the amount column, with or without a wrapped line under the row.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const read = (lines: string[]) => {
  const x = extractBankStatement(readingFromText([lines]));
  return { rows: x.formatted.tableItems.map((i) => [i.description, i.debitAmount, i.creditAmount]), reconciled: x.fields.reconciled?.value };
};

/** A statement whose side column holds `out` / `in` on its rows under `header`. */
const statement = (header: string, out: string, inn: string, open: string, close: string) => {
  const o = out.padEnd(7), i = inn.padEnd(7);
  return ['Voorbeeld Bank', 'Periode 01-04-2025 t/m 30-04-2025', `${open.padEnd(48)}1.000,00`, header,
    `02-04-2025  Supermarkt Centrum              ${o} 45,10`,
    `08-04-2025  Werkgever Holding               ${i} 2.200,00`,
    '            Salaris april',
    `15-04-2025  Energie Noord                   ${o} 130,00`,
    '            Termijn april',
    `22-04-2025  Terugbetaling vriend            ${i} 20,00`,
    `${close.padEnd(48)}3.044,90`];
};

t.test('the side word before the amount column signs each row and leaves its description (NL, DE, EN, ES, FR)', async (t) => {
  const cases: [string, string, string, string, string][] = [
    ['Datum       Omschrijving                    Af/Bij  Bedrag (EUR)', 'Af', 'Bij', 'Beginsaldo', 'Eindsaldo'],
    ['Datum       Buchungstext                    Soll/Haben Betrag', 'Soll', 'Haben', 'Alter Saldo', 'Neuer Saldo'],
    ['Datum       Buchungstext                    S/H     Betrag', 'S', 'H', 'Alter Saldo', 'Neuer Saldo'],
    ['Date        Details                         Dr/Cr   Amount', 'DR', 'CR', 'Opening balance', 'Closing balance'],
    ['Date        Description                     Debit/Credit Amount', 'Debit', 'Credit', 'Opening balance', 'Closing balance'],
    ['Fecha       Concepto                        Cargo/Abono Importe', 'Cargo', 'Abono', 'Saldo anterior', 'Saldo final'],
    ['Date        Libellé                         D/C     Montant', 'D', 'C', 'Ancien solde', 'Nouveau solde'],
  ];
  for (const [header, out, inn, open, close] of cases) {
    const { rows, reconciled } = read(statement(header, out, inn, open, close));
    t.same(rows, [
      ['Supermarkt Centrum', 45.1, 0], ['Werkgever Holding Salaris april', 0, 2200], ['Energie Noord Termijn april', 130, 0], ['Terugbetaling vriend', 0, 20],
    ], header);
    t.equal(reconciled, true, header);
  }
});

t.test('a row may print the side word\'s first letter, and the side column may follow the amount column', async (t) => {
  const initials = read(statement('Datum       Omschrijving                    Af/Bij  Bedrag', 'A', 'B', 'Beginsaldo', 'Eindsaldo'));
  t.same(initials.rows.map((r) => r.slice(1)), [[45.1, 0], [0, 2200], [130, 0], [0, 20]], 'A / B');
  t.same(initials.rows.map((r) => r[0]), ['Supermarkt Centrum', 'Werkgever Holding Salaris april', 'Energie Noord Termijn april', 'Terugbetaling vriend']);
  const after = ['Voorbeeld Bank', 'Periode 01-04-2025 t/m 30-04-2025', `${'Beginsaldo'.padEnd(48)}1.000,00`,
    'Datum       Omschrijving                    Bedrag     Af/Bij',
    '02-04-2025  Supermarkt Centrum                   45,10  Af',
    '08-04-2025  Werkgever Holding                 2.200,00  Bij',
    '15-04-2025  Energie Noord                       130,00  Af',
    `${'Eindsaldo'.padEnd(48)}3.024,90`];
  const r = read(after);
  t.same(r.rows, [['Supermarkt Centrum', 45.1, 0], ['Werkgever Holding', 0, 2200], ['Energie Noord', 130, 0]]);
  t.equal(r.reconciled, true);
});

t.test('separate paid-out and paid-in headings stay two amount columns', async (t) => {
  const lines = ['Voorbeeld Bank', 'Periode 01-04-2025 t/m 30-04-2025', `${'Beginsaldo'.padEnd(60)}1.000,00`,
    'Datum       Omschrijving                    Af          Bij         Saldo',
    '02-04-2025  Supermarkt Centrum              45,10                    954,90',
    '08-04-2025  Werkgever Holding                           2.200,00   3.154,90',
    `${'Eindsaldo'.padEnd(60)}3.154,90`];
  t.same(read(lines).rows, [['Supermarkt Centrum', 45.1, 0], ['Werkgever Holding', 0, 2200]]);
});

t.test('a joined heading over the figures themselves, with a balance column, is their amount column', async (t) => {
  for (const header of ['Date        Description                     Debit/Credit     Balance', 'Datum       Omschrijving                    Af/Bij           Saldo']) {
    const lines = ['Example Bank', 'Period 01/04/2025 to 30/04/2025', `${'Opening balance'.padEnd(56)}1,000.00`, header,
      '02/04/2025  Grocery store                          -45.10        954.90',
      '08/04/2025  Salary                              2,200.00      3,154.90',
      '15/04/2025  Energy                                130.00      3,024.90',
      `${'Closing balance'.padEnd(56)}3,024.90`];
    const r = read(lines);
    t.same(r.rows, [['Grocery store', 45.1, 0], ['Salary', 0, 2200], ['Energy', 130, 0]], header);
    t.equal(r.reconciled, true, header);
  }
});

t.test('a description running under the side heading keeps its words: only the word next to the figure signs it', async (t) => {
  const lines = ['Banca Ejemplo', 'Periodo 01/04/2025 - 30/04/2025', `${'Saldo anterior'.padEnd(48)}1.000,00`,
    'Fecha       Concepto              Cargo/Abono  Importe',
    '02/04/2025  TRANSF. A FAVOR DE COMUNIDAD A B C 60,00',
    '08/04/2025  NOMINA                A            500,00',
    `${'Saldo final'.padEnd(48)}1.440,00`];
  const r = read(lines);
  t.same(r.rows, [['TRANSF. A FAVOR DE COMUNIDAD A B', 60, 0], ['NOMINA', 0, 500]]);
  t.equal(r.reconciled, true);
});
