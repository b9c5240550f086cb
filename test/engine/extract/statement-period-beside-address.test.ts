/**
 * @module test/engine/extract/statement-period-beside-address
 * A period printed as a first day after its word and a last day after its word ("Desde ...
 * Hasta ...", "Du ... au ...", "Van ... tot ...", "Vom ... bis ...", "Dal ... al ...", "Od ... do
 * ..."), on one line or over two, in a column of its own beside the holder's address: the
 * address's words to the left never hide the period, which wins over the first row's day.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A statement whose head prints the holder's address on the left and `right` beside its last lines; its rows are booked on the 4th and the 26th. */
const statement = (right: string[]) => {
  const left = ['Lucía Romero Vidal', 'Avenida del Puerto 12', '08039 Barcelona'];
  const head = left.map((l, i) => (right[i - left.length + right.length] ? `${l.padEnd(40)}${right[i - left.length + right.length]}` : l));
  return ['Banca Ejemplo', 'Extracto', ...head,
    'Fecha        Concepto                          Importe          Saldo',
    '             Saldo anterior                                   1.000,00',
    '04/06/2025   Recibo luz                        -60,00           940,00',
    '26/06/2025   Transferencia recibida            200,00         1.140,00',
    '             Saldo final                                      1.140,00'];
};
const period = (right: string[]) => { const x = extractBankStatement(readingFromText([statement(right)])).formatted; return [x.openingDate, x.closingDate]; };

t.test('the first day over the last, each after its word, beside an address', async (t) => {
  const cases: [string, string, string, string][] = [
    ['Desde', '01/06/2025', 'Hasta', '30/06/2025'], ['Du', '01/06/2025', 'au', '30/06/2025'], ['Van', '01-06-2025', 'tot', '30-06-2025'],
    ['Vom', '01.06.2025', 'bis', '30.06.2025'], ['Dal', '01/06/2025', 'al', '30/06/2025'], ['Od', '01.06.2025', 'do', '30.06.2025'],
    ['From:', '01/06/2025', 'To:', '30/06/2025'],
  ];
  for (const [from, open, to, close] of cases) {
    t.same(period([`${from.padEnd(8)}${open}`, `${to.padEnd(8)}${close}`]), [open, close], `${from} / ${to}, the last day beside the town`);
    t.same(period([`${from.padEnd(8)}${open}`, `${to.padEnd(8)}${close}`, '']), [open, close], `${from} / ${to}, beside the name and the street`);
  }
});

t.test('the two days on one line after their words, beside an address', async (t) => {
  for (const line of ['Desde 01/06/2025 Hasta 30/06/2025', 'Du 01/06/2025 au 30/06/2025', 'Van 01-06-2025 tot 30-06-2025', 'Vom 01.06.2025 bis 30.06.2025',
    'Dal 01/06/2025 al 30/06/2025', 'Od 01.06.2025 do 30.06.2025']) {
    const [open, close] = line.match(/\d{2}[./-]\d{2}[./-]\d{4}/g)!;
    t.same(period([line]), [open, close], line);
  }
});
