/**
 * @module test/engine/extract/statement-day-month-rows
 * Rows dated with a day and month only ("04-06", "04.06.", "04/06", "01.07"), the year taken from the
 * statement's period, with or without a table header the rules recognise.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const statement = (d: string[], header: string) => ['Voorbeeld Bank N.V.', 'Rekeningafschrift', 'Periode 01-06-2025 t/m 30-06-2025', '', header,
  '         Beginsaldo                                  405,41',
  `${d[0]}   Betaalautomaat AH              -25,00        380,41`,
  `${d[1]}   Salaris ACME                 +1.500,00      1.880,41`,
  `${d[2]}   Huur                           -800,00      1.080,41`,
  '         Eindsaldo                                 1.080,41'];

t.test('rows dated "dd-mm", "dd.mm." or "dd/mm" are read, each with its day in the period\'s year', async (t) => {
  for (const header of ['Datum   Omschrijving                 Bedrag        Saldo', 'Boeking Tekst']) {
    for (const d of [['04-06', '06-06', '09-06'], ['04.06.', '06.06.', '09.06.'], ['04/06', '06/06', '09/06']]) {
      const { formatted: x, fields } = extractBankStatement(readingFromText([statement(d, header)]));
      t.same(x.tableItems.map((i) => [i.date, i.description, i.debitAmount, i.creditAmount]),
        [[d[0], 'Betaalautomaat AH', 25, 0], [d[1], 'Salaris ACME', 0, 1500], [d[2], 'Huur', 800, 0]], `${d[0]} / ${header.split(' ')[0]}`);
      t.same([0, 1, 2].map((i) => fields[`tableItems[${i}].date_iso`]?.value), ['2025-06-04', '2025-06-06', '2025-06-09'], d[0]);
    }
  }
});

t.test('rows dated "dd.mm" with no closing dot ("01.07 Przelew") are dated in the period\'s year, the day no part of the description', async (t) => {
  const page = ['Bank Polski Wschód S.A.                 Wyciąg z rachunku', 'Okres: 01.07.2024 - 28.07.2024',
    'Data    Opis operacji                  Obciążenia   Uznania        Saldo',
    'Saldo początkowe                                                 7 525,20',
    '01.07   Przelew wynagrodzenie                        1 017,34    8 542,54',
    '04.07   Płatność kartą Biedronka          63,86                  8 478,68',
    '12.07   Wypłata z bankomatu              400,00                  8 078,68',
    'Saldo końcowe                                                    8 078,68'];
  const { formatted: x, fields } = extractBankStatement(readingFromText([page]));
  t.same(x.tableItems.map((i) => [i.date, i.description, i.debitAmount, i.creditAmount]),
    [['01.07', 'Przelew wynagrodzenie', 0, 1017.34], ['04.07', 'Płatność kartą Biedronka', 63.86, 0], ['12.07', 'Wypłata z bankomatu', 400, 0]]);
  t.same([0, 1, 2].map((i) => fields[`tableItems[${i}].date_iso`]?.value), ['2024-07-01', '2024-07-04', '2024-07-12']);
});
