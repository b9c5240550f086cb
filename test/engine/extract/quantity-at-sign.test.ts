/**
 * @module test/engine/extract/quantity-at-sign
 * The US and South African tills' quantity line "2 @ 17.99" (two at 17.99 each), printed under
 * or above its item, the line total on the name's line or on the "@" line: the item gets
 * quantity 2 and unit price 17.99, and stays one item, never two (a tester's unseen slips kept
 * the line total as the unit price, or dropped the item whose name was printed under its
 * quantity line). A currency sign before the unit price ("2 @ R17.99") and a per-unit word after
 * it ("2 @ 17.99 EA") are part of the clause (engine/extract/quantity-clause.ts); names printed
 * under their quantity lines are read from below only when the whole block prints them so
 * (engine/extract/name-below-clause.ts).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { namesBelowClauses } from '../../../engine/extract/name-below-clause.ts';
import { quantityClause } from '../../../engine/extract/quantity-clause.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(body: string[], total: string, kind: 'pdf' | 'image') {
  const lines = ['KLOOF SUPERMARKET', '12 Kloof Street, Cape Town', '2025/05/12 12:30', ...body, `TOTAL ${total}`, 'CASH 200.00'];
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0].tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

const COKE = ['COKE 330ML', 2, 17.99, 35.98];
const BREAD = ['BREAD', 1, 15.99, 15.99];

t.test('a quantity line under its item, the total on the name\'s line or on the @ line', async (t) => {
  for (const [body, want] of [
    [['COKE 330ML            35.98', '  2 @ 17.99', 'BREAD                 15.99'], [COKE, BREAD]],
    [['COKE 330ML', '  2 @ 17.99           35.98', 'BREAD                 15.99'], [COKE, BREAD]],
    [['BREAD                 15.99', 'COKE 330ML            35.98', '  2 @ 17.99'], [BREAD, COKE]],
    [['COKE 330ML            35.98', '  2 @ R17.99', 'BREAD                 15.99'], [COKE, BREAD]],
    [['COKE 330ML            35.98', '  2 @ 17.99 EA', 'BREAD                 15.99'], [COKE, BREAD]],
    [['COKE 330ML            35.98 T', '  2 @ $17.99', 'BREAD                 15.99 T'], [COKE, BREAD]],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.same(items([...body], '51.97', kind), want, `${body.join(' / ')} (${kind})`);
});

t.test('a quantity line above its item, the total on the name\'s line or on the @ line', async (t) => {
  for (const [body, want] of [
    [['  2 @ 17.99', 'COKE 330ML            35.98', 'BREAD                 15.99'], [COKE, BREAD]],
    [['  2 @ 17.99           35.98', 'COKE 330ML', 'BREAD                 15.99'], [COKE, BREAD]],
    [['BREAD                 15.99', '  2 @ 17.99           35.98', 'COKE 330ML'], [BREAD, COKE]],
    [['  2 @ R17.99          35.98', 'COKE 330ML'], [COKE]],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.same(items([...body], body.length === 2 ? '35.98' : '51.97', kind), want, `${body.join(' / ')} (${kind})`);
});

t.test('a block of quantity lines above their names, and the same block with names above', async (t) => {
  const want = [COKE, ['BANANAS', 3, 2.66, 7.98], BREAD];
  for (const kind of ['pdf', 'image'] as const) {
    t.same(items(['  2 @ 17.99           35.98', 'COKE 330ML', '  3 @ 2.66             7.98', 'BANANAS', 'BREAD                 15.99'], '59.95', kind), want, `names below (${kind})`);
    t.same(items(['COKE 330ML', '  2 @ 17.99           35.98', 'BANANAS', '  3 @ 2.66             7.98', 'BREAD                 15.99'], '59.95', kind), want, `names above (${kind})`);
    t.same(items(['COKE 330ML', '  2 @ 17,99           35,98', 'BANANAS', '  3 @ 2,66             7,98', 'BREAD                 15,99'], '59,95', kind), want, `names above, decimal commas (${kind})`);
  }
});

t.test('the @ clause', async (t) => {
  t.match(quantityClause('  2 @ 17.99', null), { quantity: 2, unitPrice: 17.99 });
  t.match(quantityClause('  2 @ R17.99', null), { quantity: 2, unitPrice: 17.99 });
  t.match(quantityClause('3 @ 2.66 each', null), { quantity: 3, unitPrice: 2.66 });
  t.match(quantityClause('2 @ 1,25 ', 2.5), { quantity: 2, unitPrice: 1.25 });
  t.equal(quantityClause('2 @ 17.99', 36.98), null, 'the product must make the amount');
  t.equal(quantityClause('2 @ 2/5.00', null), null, 'a "2 for 5.00" offer is no unit price');
});

t.test('names are read from below only when the whole block prints them so', async (t) => {
  const rows = (texts: string[]) => flattenLines(readingFromText([texts]));
  const nameLine = (l: { text: string }) => /\p{L}{3,}/u.test(l.text) && !/\d[.,]\d{2}/.test(l.text);
  t.same([...namesBelowClauses(rows(['2 @ 17.99 35.98', 'COKE', '3 @ 2.66 7.98', 'BANANAS']), nameLine, false).keys()], [0, 2]);
  t.same([...namesBelowClauses(rows(['COKE', '2 @ 17.99 35.98', 'BANANAS', '3 @ 2.66 7.98']), nameLine, false).keys()], [], 'names above');
  t.same([...namesBelowClauses(rows(['2 @ 17.99 35.98', 'BANANAS', '3 @ 2.66 7.98']), nameLine, false).keys()], [], 'the first name lost: the last quantity line has no name below');
});
