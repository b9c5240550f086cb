/**
 * @module test/engine/derive/table-class-letters
 * Specification: a till's class table may define letters of its own beyond A to H, L, S, V and Z
 * ("N 0% 0,20 0,00 0,20" for a deposit outside VAT, "P 0% ..." for a Pfand). Where the table
 * prints such a letter at the head of a row whose figures hold at its rate, an item ending with
 * that letter is of that class, and every line's tax follows from its class's rate. Where no row
 * defines the letter (or its row's figures do not hold), it is no class, and the line taxes stay
 * null: nothing is guessed.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { tableLetterRates } from '../../../engine/parse/table-class-letters.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}
const taxes = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => i.taxAmount);
const nets = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => i.netAmount);

const slip = (deposit: string) => ['Pekaren Kvasok s.r.o.', 'Hlavna 4, Kosice', 'Doklad c. 5521', '03.03.2026 08:41',
  'Chlieb razny', '2 ks x 1,65 3,30 B', 'Vino biele 0,75l 8,40 A', 'Zaloha flasa 0,20 N', 'SPOLU EUR 11,90', 'Karta 11,90',
  'Sadzba Zaklad DPH Spolu', 'A 20% 7,00 1,40 8,40', 'B 10% 3,00 0,30 3,30', deposit];

t.test('a letter the class table defines with figures that hold: its items are of that class', async (t) => {
  const r = derive(slip('N 0% 0,20 0,00 0,20'));
  t.same(taxes(r), [0.3, 1.4, 0]);
  t.same(nets(r), [3, 7, 0.2]);
});

t.test('the same letter with no row that holds at its rate: no class, no line tax', async (t) => {
  t.same(taxes(derive(slip('N 0% 0,20 0,05 0,25'))), [null, null, null]);
  t.same(taxes(derive(slip('Dakujeme za nakup'))), [null, null, null]);
});

t.test('an Austrian bakery slip: P for the Pfand beside A and B', async (t) => {
  const r = derive(['Baeckerei Hofer GmbH', 'Linzer Strasse 9, 4020 Linz', 'Beleg 3310/2026', '11.04.2026 06:55',
    '3 x Semmel a 0,50 1,50 B', 'Apfelsaft 0,5l 2,40 A', 'Pfand Flasche 0,30 P', 'Summe EUR 4,20',
    'USt Netto Steuer Brutto', 'B 10% 1,36 0,14 1,50', 'A 20% 2,00 0,40 2,40', 'P 0% 0,30 0,00 0,30']);
  t.same(taxes(r), [0.14, 0.4, 0]);
});

t.test('tableLetterRates: rows of letters beyond A-H, L, S, V, Z, their figures holding', async (t) => {
  t.same([...tableLetterRates('N 0% 12,00 0,00 12,00\nP 0 % 1,00 0,00\nK 10% 5,00 0,50 5,50')], [['N', 0], ['P', 0], ['K', 0.1]]);
  // (a row whose tax is not the net at its rate, a letter given two rates, a small letter, the base letters: none)
  t.same([...tableLetterRates('N 0% 12,00 0,50 12,50\nK 10% 5,00 0,50\nK 20% 5,00 1,00\nn 0% 1,00 0,00\nA 20% 5,00 1,00')], []);
});
