/**
 * @module test/engine/extract/name-opening
 * A row opening with its count, then a name whose first word joins a letter to the rest with an
 * apostrophe ("2 L'Or Espresso 4,10 8,20", "3 O'Neill Cap 9,00 27,00"), is an item like any
 * other: count, name, unit price, amount (a fresh tester's row was dropped: its name was not
 * seen to start after the count). So is a name opening with a one-letter size before its word, as
 * a fast-food till prints a meal's size ("2 L FiletOFish 21.18", "1 M Coke 3.50"), or a name
 * opening with a count glued to its word ("1 6Nuggets 7.10"): the letter is no count, the row no nameless figures (such rows were dropped, and the receipt's line taxes
 * with them). ../../../engine/extract/name-opening.ts.
 */
import t from 'tap';
import { opensName } from '../../../engine/extract/name-opening.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const SHOP = ['Markt Frisch GmbH', 'Hauptstr. 3, 80331 Muenchen', '12.03.2025 08:12'];
const items = (rows: string[]) => extractReceipt(readingFromText([[...SHOP, ...rows]], { kind: 'image', width: 260 })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

t.test('what opens a name after a count', async (t) => {
  for (const text of [" L'Or Espresso ", ' O’Neill Cap ', ' Coperto ', ' x Coperto ', '. Radler ', ' ×Cola ', ' L FiletOFish ', ' M Coke ', ' 6Nuggets ', ' 20pc Wings ']) t.ok(opensName(text), text);
  for (const text of [' 4,10 ', " L' ", ' - ', ' A ', ' L ', ' L 2 ', ' 6 ', ' 6x ']) t.notOk(opensName(text), text);
});

t.test('a counted row whose name opens with an apostrophe word', async (t) => {
  t.same(items(["2 L'Or Espresso 4,10 8,20", 'Brot 2,50', 'SUMME EUR 10,70']), [["L'Or Espresso", 2, 4.1, 8.2], ['Brot', null, null, 2.5]]);
  t.same(items(['Brot 2,50', "3 O'Neill Cap 9,00 27,00", 'SUMME EUR 29,50']), [['Brot', null, null, 2.5], ["O'Neill Cap", 3, 9, 27]]);
});

t.test('a size letter between the count and the name ("1 M Porridge 5.60", a Malaysian fast-food till) opens the name', async (t) => {
  t.ok(opensName(' M Porridge '));
  // (an X is the times sign of a quantity line, "2 X RM 1.23", no size)
  t.notOk(opensName(' X RM '));
  t.same(items(['1 M Porridge 5.60', '1 M Hot Chocolate 4.20', 'TOTAL 9.80']), [['M Porridge', 1, null, 5.6], ['M Hot Chocolate', 1, null, 4.2]]);
});

t.test('a name opening with a figure glued to its word ("1 9Nuggets 10.90") is named after the count', async (t) => {
  t.ok(opensName(' 9Nuggets '));
  t.same(items(['1 M Porridge 5.60', '1 9Nuggets 10.90', 'TOTAL 16.50']), [['M Porridge', 1, null, 5.6], ['9Nuggets', 1, null, 10.9]]);
});

t.test('a counted row whose name opens with a one-letter size', async (t) => {
  const rows = ['QTY ITEM                      TOTAL', '2 L FiletOFish                21.18', '1 M Coke                       3.50', 'Total                         24.68'];
  t.same(items(rows).map(([d, q, , a]) => [q, a, /FiletOFish|Coke/.test(String(d))]), [[2, 21.18, true], [1, 3.5, true]]);
});

t.test('a counted row whose name opens with a count glued to its word', async (t) => {
  const rows = ['QTY ITEM                      TOTAL', '1 6Nuggets                     7.10', '1 Small Cone                   1.00', 'Total                          8.10'];
  t.same(items(rows), [['6Nuggets', 1, null, 7.1], ['Small Cone', 1, null, 1]]);
});
