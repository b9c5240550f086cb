/**
 * @module test/engine/derive/class-letter-opening-name
 * German discounters' tills print the item's VAT class letter first, bare, before the name ("B
 * Brot 3,49", "A Milch 1,19"), over a class table rating each letter ("A 7,0% ...", "B 19,0% ...").
 * The letter is the item's class (its tax follows from the class's rate) and no word of its name.
 * Where the table rates no such letter, a capital opening a name ("A Bag of Sweets") stays in it.
 * Receipts written by the test.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}
const rows = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]);

t.test('a bare class letter before the name is the item\'s class, no word of its name', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const r = derive(['ALDI SUED', 'Hauptstr. 5, 80331 Muenchen', 'Datum 12.03.2025 10:14', 'B Brot 3,49', 'A Milch 1,19', 'A Butter 2,29', 'SUMME 6,97', 'Bar 10,00',
      'Rueckgeld 3,03', 'A 7,0% 3,48 0,23 3,25', 'B 19,0% 3,49 0,56 2,93'], kind);
    t.same(rows(r), [['Brot', 3.49, 0.56], ['Milch', 1.19, 0.08], ['Butter', 2.29, 0.15]], kind);
  }
});

t.test('a capital opening a name where no class table rates it stays in the name', async (t) => {
  const r = derive(['CORNER SHOP', '12 High St, Leeds', 'A Bag of Sweets 1.20', 'Milk 0.90', 'TOTAL 2.10', 'CASH 5.00']);
  t.same(r.tableItems.map((i) => i.description), ['A Bag of Sweets', 'Milk']);
});
