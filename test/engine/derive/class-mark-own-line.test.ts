/**
 * @module test/engine/derive/class-mark-own-line
 * A till's tax-class mark that OCR set on a line of its own, over its item's row ("A" or "(A)A"
 * over "Milk 1,29") or under it ("Soap 1,79" over "B"): the mark is the adjacent item's, when that
 * item prints no mark of its own and no other item claims the line; the class table gives its rate.
 * A letter alone that no unmarked item stands beside, or one the class table prints no rate for
 * over an item, is taken for nothing.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { itemClassMarks } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const rows = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]);
const HEAD = ['Dorfladen Kaiser', 'Hauptstr. 4, Freising', '06.03.2026 08:30'];
const FOOT = ['SUMME EUR 6,47', 'BAR 10,00', 'RUECKGELD 3,53', 'MwSt Netto MwSt Brutto', 'A 7% 4,37 0,31 4,68', 'B 19% 1,50 0,29 1,79'];
// (1,19 x 7 / 107 = 0,08; 3,49 x 7 / 107 = 0,23; 1,79 x 19 / 119 = 0,29)
const TAXED = [['Vollmilch 1L', 1.19, 0.08], ['Bauernbrot', 3.49, 0.23], ['Spuelmittel', 1.79, 0.29]];

t.test('a letter over the first item, a letter under the last', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.same(rows(derive([...HEAD, 'A', 'Vollmilch 1L 1,19', 'Bauernbrot 3,49 A', 'Spuelmittel 1,79', 'B', ...FOOT], kind)), TAXED, kind);
  }
});

t.test('"(A)A" (the bracketed mark read twice) over an item whose neighbour above has its own mark', async (t) => {
  t.same(rows(derive([...HEAD, 'Vollmilch 1L 1,19 A', '(A)A', 'Bauernbrot 3,49', 'Spuelmittel 1,79 B', ...FOOT])), TAXED);
});

t.test('every mark over its item', async (t) => {
  t.same(rows(derive([...HEAD, 'A', 'Vollmilch 1L 1,19', 'A', 'Bauernbrot 3,49', 'B', 'Spuelmittel 1,79', ...FOOT])), TAXED);
});

t.test('a letter alone the class table prints no rate for, over an item: none', async (t) => {
  const items = [{ description: 'Milk', totalAmount: 1.29 }, { description: 'Soap', totalAmount: 1.79 }];
  t.same(itemClassMarks(items, 'A\nMilk 1,29\nSoap 1,79 B\nA 7% 1,21 0,08 1,29\nB 19% 1,50 0,29 1,79'), ['A', 'B']);
  t.equal(itemClassMarks(items, 'C\nMilk 1,29\nSoap 1,79 B\nA 7% 1,21 0,08 1,29\nB 19% 1,50 0,29 1,79'), null);
  t.equal(itemClassMarks(items, 'Milk 1,29\nA\nTOTAL\nSoap 1,79 B\nA 7% 1,21 0,08 1,29\nB 19% 1,50 0,29 1,79')?.[0], 'A', 'under its item still');
});
