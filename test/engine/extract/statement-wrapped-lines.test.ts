/**
 * @module test/engine/extract/statement-wrapped-lines
 * A transaction's wrapped second line ("Card 1234 ****", "SEPA mandate ...", "Ref. ...",
 * "Verwendungszweck ...") continues that row's description, in smaller grey type and indented
 * or not, under a table header in any of our eight languages, before a row of its own date, a
 * row without one, a closing balance, or with no header recognised at all.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import type { DocumentReading } from '../../../engine/types.ts';
import { readingFromText } from '../reading-from-text.ts';

/** The wrapped lines (those starting with one of `starts`) set in smaller type, as statements print them. */
function smaller(r: DocumentReading, starts: RegExp): DocumentReading {
  for (const l of r.pages[0].lines) {
    if (!starts.test(l.text)) continue;
    l.box.h = 9; l.box.y += 1;
    for (const w of l.words) { w.box.h = 9; w.box.y += 1; w.box.w *= 0.8; }
  }
  return r;
}
const WRAPPED = /^(Card 1234|SEPA|Ref\.|Verwendungszweck)/;
const rowsOf = (lines: string[]) => extractBankStatement(smaller(readingFromText([lines]), WRAPPED)).formatted.tableItems.map((i) => [i.description, i.debitAmount, i.creditAmount]);

const HEADERS = [
  'Date        Description                 Debit      Credit      Balance', 'Buchungstag Verwendungszweck             Soll       Haben       Saldo',
  'Date        Libellé                     Débit      Crédit      Solde', 'Fecha       Concepto                    Cargo      Abono       Saldo',
  'Data        Descrizione                 Addebiti   Accrediti   Saldo', 'Data        Descrição                   Débito     Crédito     Saldo',
  'Datum       Omschrijving                Af         Bij         Saldo', 'Data        Opis                        Obciążenia Uznania     Saldo',
];

t.test('under a header of each language, every wrapped line stays with its row, whether a dated row, a row without a date or a closing balance follows', async (t) => {
  for (const header of HEADERS) {
    const lines = ['Voorbeeld Bank N.V.', 'Period 01/04/2025 to 30/04/2025', '', header,
      '01/04/2025  Opening balance                                       1,000.00',
      '03/04/2025  Card payment TESCO          25.00                    975.00',
      '            Card 1234 ****',
      '05/04/2025  Direct debit                50.00                    925.00',
      '              SEPA mandate DE98ZZZ09999999999',
      '            Salary ACME                            500.00      1,425.00',
      '              Ref. 20250412-778',
      '07/04/2025  Transfer                               100.00      1,525.00',
      '              Verwendungszweck Miete April',
      '            Closing balance                                     1,525.00'];
    t.same(rowsOf(lines), [
      ['Card payment TESCO Card 1234 ****', 25, 0], ['Direct debit SEPA mandate DE98ZZZ09999999999', 50, 0],
      ['Salary ACME Ref. 20250412-778', 0, 500], ['Transfer Verwendungszweck Miete April', 0, 100],
    ], header.split(/\s+/)[1]);
  }
});

t.test('with no header recognised, a line indented under a row continues it; the prose under the table does not', async (t) => {
  const lines = ['Voorbeeld Bank N.V.', 'Period 01/04/2025 to 30/04/2025', '',
    '            Opening balance                                       1,000.00',
    '03/04/2025  Card payment TESCO          25.00                    975.00',
    '            Card 1234 ****',
    '07/04/2025  Transfer                               100.00      1,075.00',
    '              Verwendungszweck Miete April',
    '            Closing balance                                     1,075.00',
    'Please check this statement.'];
  t.same(rowsOf(lines), [['Card payment TESCO Card 1234 ****', 25, 0], ['Transfer Verwendungszweck Miete April', 0, 100]]);
  // the smaller line starting under the date, left of the description
  const under = lines.map((l) => l.replace('            Card 1234 ****', 'Card 1234 ****'));
  t.same(rowsOf(under), [['Card payment TESCO Card 1234 ****', 25, 0], ['Transfer Verwendungszweck Miete April', 0, 100]], 'smaller, under the date');
});

t.test('a line in the row\'s own type and column over a row without a date still leads into that row', async (t) => {
  const lines = ['Voorbeeld Bank N.V.', 'Period 01/04/2025 to 30/04/2025', '', HEADERS[0],
    '01/04/2025  Opening balance                                       1,000.00',
    '03/04/2025  Card payment TESCO          25.00                    975.00',
    '            Direct debit BRITISH GAS',
    '            Account 4471                50.00                    925.00',
    '            Closing balance                                       925.00'];
  t.same(rowsOf(lines), [['Card payment TESCO', 25, 0], ['Direct debit BRITISH GAS Account 4471', 50, 0]]);
});

t.test('a note in the row\'s own type at a page\'s foot, or a section title over a new header, is no part of the last row', async (t) => {
  const page1 = ['Voorbeeld Bank N.V.', 'Period 01/04/2025 to 30/04/2025', '', HEADERS[0],
    '01/04/2025  Opening balance                                       1,000.00',
    '03/04/2025  Card payment TESCO          25.00                    975.00',
    '            Continued overleaf',
  ];
  const page2 = ['Card transactions', HEADERS[0],
    '07/04/2025  Transfer                               100.00      1,075.00',
    '            Closing balance                                     1,075.00'];
  const rows = extractBankStatement(readingFromText([page1, page2])).formatted.tableItems.map((i) => i.description);
  t.same(rows, ['Card payment TESCO', 'Transfer']);
});

t.test('a rule drawn with dashes or equals signs under the last row is no part of its description', async (t) => {
  for (const rule of ['-'.repeat(70), '='.repeat(70), '_'.repeat(70)]) {
    const rows = rowsOf([
      'Account statement', 'Period: 01.10.2025 - 31.10.2025',
      'Date        Description                 Debit      Credit      Balance', rule,
      '01.10.2025  Opening balance                                     4 120,77',
      '04.10.2025  Card payment Grocer            143,28               3 977,49',
      '27.10.2025  Fuel station 4411              251,03               3 726,46',
      rule,
      '31.10.2025  Closing balance                                     3 726,46',
    ]);
    t.same(rows, [['Card payment Grocer', 143.28, 0], ['Fuel station 4411', 251.03, 0]], rule.slice(0, 3));
  }
});
