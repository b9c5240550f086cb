/**
 * @module test/engine/derive/tax-classes
 * Several tax rates, and every item marked with its tax class ("BUTTER 2,92 A") whose rate the
 * class table prints ("A= 7,0% ..."): each line's tax is determined, derived with its rule.
 * Without the marks (or with a mark the table does not rate) the line tax stays null.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classRates, itemClassMarks } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A German till roll as bench/lib/synth/till.ts prints one: prices marked A (7 %) or B (19 %). */
function till(marks: [string, string]): string[] {
  return ['KORNFELD DELTA OHG', 'Lindenweg 8', '04109 Leipzig', `BUTTER 2,92 ${marks[0]}`, 'TOMATEN 5,42 B', `KAFFEE 3,99 ${marks[1]}`, '--------------------------------',
    'ZU ZAHLEN EUR 12,33', 'Geg. EC-Cash 12,33', 'MwSt% Netto MwSt Brutto', 'A= 7,0% 6,46 0,45 6,91', 'B= 19,0% 4,55 0,87 5,42', '14.05.2025 19:27 Kasse 2', 'Bon-Nr. 2926'];
}

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}

t.test('the class table and the item marks', async (t) => {
  const text = till(['A', 'A']).join('\n');
  t.same([...classRates(text)], [['A', 0.07], ['B', 0.19]]);
  t.same(itemClassMarks([{ description: 'BUTTER', totalAmount: 2.92 }, { description: 'TOMATEN', totalAmount: 5.42 }], text), ['A', 'B']);
  t.equal(itemClassMarks([{ description: 'BROT', totalAmount: 2.92 }], text), null, 'no line names the item');
});

t.test('each item\'s tax from its class rate, derived and named', async (t) => {
  const { r, fields } = derive(till(['A', 'A']));
  t.same(r.tableItems.map((i) => [i.description, i.taxAmount, i.netAmount]), [['BUTTER', 0.19, 2.73], ['TOMATEN', 0.87, 4.55], ['KAFFEE', 0.26, 3.73]]);
  t.equal(r.taxAmount, 1.32);
  t.match(fields['tableItems[1].taxAmount'], { source: 'derived', rule: 'line tax from its tax class letter and the class rate printed (prices include tax)' });
});

t.test('an item marked with a class the table does not rate: no line tax at all', async (t) => {
  const { r } = derive(till(['A', 'C']));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null]);
});
