/**
 * @module test/engine/extract/statement-page-continuation
 * The note under a page's last row that the rows go on over the page ("continued overleaf",
 * "pokračování na další straně", "Fortsetzung auf der nächsten Seite", "suite au verso",
 * "continua", "ciąg dalszy") is no text of that row, in any of our languages; a description that
 * merely holds such a word keeps it.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { pageContinuation } from '../../../engine/extract/page-continuation.ts';
import { readingFromText } from '../reading-from-text.ts';

const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(12)}${text.padEnd(30)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(12)}`;

/** Two pages; the first ends with `note` indented under its last row. */
const pages = (note: string) => [
  [
    'Nordbank plc                    Account Statement',
    'Statement period 01/02/2026 - 28/02/2026',
    col('Date', 'Description', 'Paid out', 'Paid in', 'Balance'),
    col('', 'Balance brought forward', '', '', '1,000.00'),
    col('02/02/2026', 'CARD PAYMENT GROCER', '50.00', '', '950.00'),
    col('16/02/2026', 'FASTER PAYMENT FROM A SMITH', '', '120.00', '1,070.00'),
    `${' '.repeat(30)}${note}`,
  ],
  [
    'Nordbank plc                    Account Statement',
    col('Date', 'Description', 'Paid out', 'Paid in', 'Balance'),
    col('20/02/2026', 'DIRECT DEBIT POWER CO', '70.00', '', '1,000.00'),
    col('', 'Balance carried forward', '', '', '1,000.00'),
  ],
];

t.test('the continuation note of each language is no part of the last row', async (t) => {
  const notes = ['continued overleaf', 'Continued on next page...', 'pokračování na další straně', 'Fortsetzung auf der nächsten Seite', 'suite au verso',
    'continua', 'Segue alla pagina successiva', 'Continúa en la página siguiente', 'ciąg dalszy na następnej stronie', 'Folytatás a következő oldalon', 'z.o.z.', 'jatkuu seuraavalla sivulla'];
  for (const note of notes) {
    const x = extractBankStatement(readingFromText(pages(note))).formatted;
    t.same(x.tableItems.map((r) => r.description), ['CARD PAYMENT GROCER', 'FASTER PAYMENT FROM A SMITH', 'DIRECT DEBIT POWER CO'], note);
  }
});

t.test('a wrapped line that only holds such a word among others stays the row\'s', async (t) => {
  const x = extractBankStatement(readingFromText(pages('CONTINUED CARE REF 7731'))).formatted;
  t.equal(x.tableItems[1].description, 'FASTER PAYMENT FROM A SMITH CONTINUED CARE REF 7731');
  t.notOk(pageContinuation('CONTINUED CARE REF 7731'));
  t.ok(pageContinuation('... continued overleaf'));
});
