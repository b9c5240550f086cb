/**
 * @module test/engine/derive/class-rates-by-tax
 * UK tills mark each item "V" / "S" (VAT-able, 20 %) or "Z" / "E" (zero-rated, exempt) after its
 * price. With the classes named in the summary ("V = VAT 20% 0.60", "Z = 0%", "S 20.00% ...") or
 * with one VAT line only, each item's tax follows from its mark, kept only where the arithmetic
 * leaves one reading; a zero-rated item never takes the only printed rate.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classRatesByTax } from '../../../engine/derive/class-rates-by-tax.ts';
import { classRates } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A UK corner-shop till: two VAT-able items and a zero-rated loaf, then `summary`. */
function till(marks: [string, string, string], summary: string[], vat = '0.60'): string[] {
  return ['CORNER STORES LTD', '12 High St, Leeds', `MILK 1L 1.20 ${marks[0]}`, `BREAD 1.00 ${marks[1]}`, `CRISPS 2.40 ${marks[2]}`, 'TOTAL 4.60', 'CARD 4.60', ...summary.map((l) => l.replace('{vat}', vat)), 'Thank you'];
}

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}

const rows = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]);

t.test('the summary names the classes: "V = VAT 20% 0.60", "Z = 0%"', async (t) => {
  const lines = till(['V', 'Z', 'V'], ['V = VAT 20% {vat}', 'Z = 0%']);
  t.same([...classRates(lines.join('\n'))], [['V', 0.2], ['Z', 0]]);
  const { r, fields } = derive(lines);
  t.same(rows(r), [['MILK 1L', 1.2, 0.2, 1], ['BREAD', 1, 0, 1], ['CRISPS', 2.4, 0.4, 2]], 'the marks stay out of the descriptions, the amounts as printed');
  t.match(fields['tableItems[1].taxAmount'], { source: 'derived', rule: 'line tax from its tax class letter and the class rate printed (prices include tax)' });
});

t.test('a "VAT RATE VAT NET" table with "S 20.00%" rows', async (t) => {
  const { r } = derive(till(['S', 'Z', 'S'], ['VAT RATE VAT NET', 'S 20.00% {vat} 3.00', 'Z 0.00% 0.00 1.00']));
  t.same(rows(r), [['MILK 1L', 1.2, 0.2, 1], ['BREAD', 1, 0, 1], ['CRISPS', 2.4, 0.4, 2]]);
});

t.test('the zero-rated class has no summary line: its items carry no tax, never the only printed rate', async (t) => {
  const { r, fields } = derive(till(['V', 'Z', 'V'], ['V = VAT 20% {vat}']));
  t.same(rows(r), [['MILK 1L', 1.2, 0.2, 1], ['BREAD', 1, 0, 1], ['CRISPS', 2.4, 0.4, 2]]);
  t.match(fields['tableItems[1].taxAmount'], { rule: 'line tax from its tax class letter, the class rate told by the document tax (prices include tax)' });
});

t.test('one VAT line and no rate: the VAT is 20 % of the V items only, so the marks are determined', async (t) => {
  const { r } = derive(till(['V', 'Z', 'V'], ['VAT {vat}']));
  t.same(rows(r), [['MILK 1L', 1.2, 0.2, 1], ['BREAD', 1, 0, 1], ['CRISPS', 2.4, 0.4, 2]]);
  t.same([...classRatesByTax([1.2, 1, 2.4], ['V', 'Z', 'V'], new Map(), 0.6, [])], [['V', 0.2], ['Z', 0]]);
});

t.test('never guess: a VAT that no one class makes, or that two readings make, leaves the line tax null', async (t) => {
  const { r } = derive(till(['V', 'Z', 'V'], ['VAT {vat}'], '0.90'));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null]);
  const rated = derive(till(['V', 'Z', 'V'], ['V = VAT 20% {vat}'], '0.90'));
  t.same(rated.r.tableItems.map((i) => i.taxAmount), [null, null, null], 'the rated class\'s items do not make the tax: the zero-rated line is no 0 %');
  t.same([...classRatesByTax([6, 6], ['A', 'B'], new Map(), 1, [0.2])], [], 'two classes of the same sum: either may bear the rate');
  t.same([...classRatesByTax([6, 6], ['A', 'A'], new Map(), 1, [0.2])], [], 'one class: nothing to tell apart');
});
