/**
 * @module test/engine/extract/statement-date-colon-balance
 * A statement's balance printed after its date with the label's colon glued to the figure, as a
 * photo reads it ("Ingående saldo 2024-06-01:18 412,07 SEK"): the balance is the whole figure,
 * not its last group after the "time" the colon made ("01:18").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const statement = (open: string, close: string) => [
  'Fjordbanken AB', 'Kontoutdrag', 'Kontohavare: Anna Berg', 'Kontonummer: SE35 5000 0000 0549 1000 0003',
  'Period: 2024-06-01 - 2024-06-30', open,
  'Datum Text Uttag Insattning Saldo',
  '2024-06-03 Hyra 12 000,00 6 412,07',
  '2024-06-25 Lon 25 300,50 31 712,57',
  close,
];

t.test('the opening and closing balances glued to their dates by a colon are read whole', async (t) => {
  const { formatted: x, fields } = extractBankStatement(readingFromText([statement('Ingaende saldo 2024-06-01:18 412,07 SEK', 'Utgaende saldo 2024-06-30:31 712,57 SEK')], { kind: 'image' }));
  t.equal(x.openingBalance, 18412.07);
  t.equal(x.closingBalance, 31712.57);
  t.equal(fields.reconciled.value, true, 'the rows reconcile them');
});
