/**
 * @module test/engine/extract/trailing-count
 * A till's count printed after the item's name with its times sign, before or after it ("Milch x2
 * 2,38", "Milch 2x 2,38"): the line's quantity, its unit price the total over it (1,19), and no
 * word of the name. A pack's size so printed whose total does not divide into whole cents by it
 * ("Eggs x6 2,30") stays in the name. Receipts written by the test.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';
import { trailingCount } from '../../../engine/extract/trailing-count.ts';

function items(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 300 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0].tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}
const HEAD = ['REWE Markt GmbH', 'Hauptstr. 5, 80331 Muenchen', 'Datum 12.03.2025 10:14'];

t.test('a count after the name, its times sign before or after it, is the quantity', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.same(items([...HEAD, 'Milch x2 2,38', 'Brot 3x 4,50', 'Butter 2,29', 'SUMME 9,17', 'Bar 10,00'], kind),
      [['Milch', 2, 1.19, 2.38], ['Brot', 3, 1.5, 4.5], ['Butter', 1, 2.29, 2.29]], kind);
  }
});

t.test('a pack size whose total it does not divide into whole cents stays in the name', async (t) => {
  t.same(items([...HEAD, 'Eier x6 2,30', 'Butter 2,29', 'SUMME 4,59', 'Bar 5,00']), [['Eier x6', 1, 2.3, 2.3], ['Butter', 1, 2.29, 2.29]]);
  t.equal(trailingCount('Eier x6', 2.3), null);
  t.same(trailingCount('Milch x 2', 2.38), { count: 2, name: 'Milch' });
  // (a dimension or a size after the sign is no count)
  t.equal(trailingCount('Schraube 4x40', 4), null);
  t.equal(trailingCount('Cola 6x0,33l', 3), null);
});
