/**
 * @module test/engine/extract/size-figure-in-name
 * A bottle's size in its name, its litre's l read as a 1 ("Coca Cola 0,51 1,99" for 0,5l), is
 * the name's: the description keeps it, and it is no price or quantity when the row's other
 * figures make a row of their own (a fresh tester's "Coca Cola 0,51" came out as "Coca Cola").
 * A size whose unit was read ("Wasser 1,5l", "Milch 1L") stays too.
 * ../../../engine/extract/size-figure-in-name.ts.
 */
import t from 'tap';
import { sizeFigureInName } from '../../../engine/extract/size-figure-in-name.ts';
import { findAmounts } from '../../../engine/parse/amounts.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const SHOP = ['Markt Frisch GmbH', 'Hauptstr. 3, 80331 Muenchen', '12.03.2025 08:12'];
const items = (rows: string[]) => extractReceipt(readingFromText([[...SHOP, ...rows]], { kind: 'image', width: 260 })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

/** Whether the row's first figure is a size in its name, its last the amount. */
function sized(text: string): boolean {
  const am = findAmounts(text);
  return sizeFigureInName(text, am[0], am.slice(1, -1), am[am.length - 1].value);
}

t.test('a size read with a 1 for its l, the row made by the other figures', async (t) => {
  t.ok(sized('Coca Cola 0,51 1,99'), 'name and amount');
  t.ok(sized('Wasser 1,51 0,49'), 'a size larger than the amount');
  t.ok(sized('Coca Cola 0,51 2 1,99 3,98'), 'a count and a unit price making the amount');
  t.notOk(sized('Kaffee 4,10 8,20'), 'a unit price: two of them make the amount');
  t.notOk(sized('Kaffee 2,51 5,02'), 'ending in 1, a unit price all the same: two of them make the amount');
  t.notOk(sized('Kaffee 0,50 1,99'), 'no 1 for an l');
  t.notOk(sized('Cola 0,51 3 1,53'), 'a price the count after it makes the amount with');
  t.notOk(sized('Cola 1,51 2,00 1,10'), 'figures after it that make no row');
});

t.test('the description keeps the size, with its unit read or not', async (t) => {
  t.same(items(['Coca Cola 0,51 1,99', 'Wasser 1,5l 0,49', 'Milch 1L 1,19', 'SUMME EUR 3,67']),
    [['Coca Cola 0,51', null, null, 1.99], ['Wasser 1,5l', null, null, 0.49], ['Milch 1L', null, null, 1.19]]);
  t.same(items(['Coca Cola 0,51 2 1,99 3,98', 'Brot 2,50', 'SUMME EUR 6,48']), [['Coca Cola 0,51', 2, 1.99, 3.98], ['Brot', null, null, 2.5]]);
});
