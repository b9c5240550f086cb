/**
 * @module test/engine/derive/class-rates-by-sum
 * Items marked with a tax class ("Brezel 18,82 A") and rate rows that print no class letter
 * ("USt 20% 15,68 3,14"): the items of a class add up to one row's gross, which gives the class
 * its rate, and each item's tax and net are derived from it with their rule. Only a mapping the
 * sums determine; two classes of one sum, or a row no class adds up to, leave the line tax null.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classRatesBySum } from '../../../engine/derive/class-rates-by-sum.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function till(items: string[], rows: string[]): string[] {
  return ['STADTBAECKEREI', '05.06.2026 20:42', ...items, `Gesamt € ${total(items)}`, 'Satz Netto Steuer', ...rows, 'Vielen Dank!'];
}
const total = (items: string[]) => items.map((l) => Number(/(\d+,\d{2})/.exec(l)![1].replace(',', '.'))).reduce((s, v) => s + v, 0).toFixed(2).replace('.', ',');

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}

t.test('each class\'s rate from the row its items add up to, the line tax derived and named', async (t) => {
  const { r, fields } = derive(till(['Semmel 18,82 A', 'Tee 20,30 B'], ['USt 20% 15,68 3,14', 'USt 10% 18,45 1,85']));
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [39.12, 34.13, 4.99]);
  t.same(r.tableItems.map((i) => [i.description, i.netAmount, i.taxAmount]), [['Semmel', 15.68, 3.14], ['Tee', 18.45, 1.85]]);
  t.match(fields['tableItems[1].taxAmount'], { source: 'derived', rule: 'line tax from its tax class letter, the class rate told by its items\' sum (prices include tax)' });
  t.match(fields['tableItems[1].netAmount'], { source: 'derived', rule: 'line net = line total - line tax' });
  // (several items of a class: their sum is the row's gross; the rows in either order; three figures per row)
  const two = derive(till(['Semmel 10,00 A', 'Tee 20,30 B', 'Kuchen 8,82 A'], ['USt 10% 18,45 1,85 20,30', 'USt 20% 15,68 3,14 18,82'])).r;
  t.same(two.tableItems.map((i) => i.taxAmount), [1.67, 1.85, 1.47]);
});

t.test('the sums must determine the mapping: otherwise no line tax', async (t) => {
  // two classes of the same sum: which is which is not printed
  t.same([...classRatesBySum([11, 11], ['A', 'B'], 'VAT 10% 10.00 1.00\nVAT 10% 10.00 1.00')], []);
  t.same([...classRatesBySum([12, 11], ['A', 'B'], 'VAT 20% 10.00 2.00\nVAT 10% 10.00 1.00')], [['A', 0.2], ['B', 0.1]]);
  // a row no class adds up to, or a class no row's gross equals
  t.same([...classRatesBySum([12, 11], ['A', 'B'], 'VAT 20% 10.00 2.00\nVAT 10% 10.00 1.00\nVAT 5% 10.00 0.50')], []);
  t.same([...classRatesBySum([12, 11.5], ['A', 'B'], 'VAT 20% 10.00 2.00\nVAT 10% 10.00 1.00')], []);
  // a row whose tax is not its rate of the net is no rate row
  t.same([...classRatesBySum([12, 11], ['A', 'B'], 'VAT 20% 10.00 2.00\nVAT 10% 9.00 2.00')], []);
  const { r } = derive(till(['Semmel 18,82 A', 'Tee 20,30 B'], ['USt 20% 15,68 3,14', 'USt 10% 18,45 1,85', 'USt 13% 10,00 1,30']));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null]);
});

t.test('an item whose name stands alone over its quantity clause and marked total ("Kaffee" / "2 x 21,40 42,80 B") has its class too', async (t) => {
  const { r } = derive(['KAUFHAUS AM MARKT', '19.07.2026 10:23', 'Brezel 4,83 A', 'Kaffee', '2 x 21,40 42,80 B', 'Apfelschorle 2,20 A', 'Schnitzel 6,76 B', 'Vollkornbrot 1,95 A',
    'SUMME € 58,54', 'Satz Netto Steuer', 'MwSt 19% 7,55 1,43', 'MwSt 7% 46,32 3,24', 'Bezahlt Karte 58,54']);
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.taxAmount]), [['Brezel', 1, 0.77], ['Kaffee', 2, 2.8], ['Apfelschorle', 1, 0.35], ['Schnitzel', 1, 0.44], ['Vollkornbrot', 1, 0.31]]);
});
