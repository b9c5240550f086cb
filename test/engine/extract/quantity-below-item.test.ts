/**
 * @module test/engine/extract/quantity-below-item
 * A till that prints a quantity clause UNDER its item ("QUEIJO 4,98 A" over "  2 x 2,49"): the
 * clause gives that item its quantity and unit price when it makes the item's total and not the
 * next one's; a clause that makes the next item's total stays that item's (printed above it).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { clauseOfItemAbove } from '../../../engine/extract/quantity-below-item.ts';
import { readingFromText } from '../reading-from-text.ts';

const item = (totalAmount: number, quantity: number | null = null) => ({ description: 'X', quantity, unitPrice: null, totalAmount, taxAmount: null, netAmount: null, discountAmount: null });

function items(body: string[], total: string) {
  const lines = ['MERCEARIA DO PORTO', 'Rua Central 12', '4050-174 Porto', 'Data: 2025-03-14 18:42', '----------------------------------------', ...body,
    '----------------------------------------', `TOTAL EUR ${total}`];
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 260 })).formatted.multiple_receipts[0];
  return r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('a count or a weight clause under its item gives that item its quantity and unit price', async (t) => {
  t.same(items(['PAO INTEGRAL 1,89 A', 'QUEIJO FATIAS 4,98 A', '  2 x 2,49', 'VINHO BRANCO 4,99 C', 'BANANA 1,59 A', '  1,236 kg x 1,29'], '13,45'), [
    ['PAO INTEGRAL', null, null, 1.89], ['QUEIJO FATIAS', 2, 2.49, 4.98], ['VINHO BRANCO', null, null, 4.99], ['BANANA', 1.236, 1.29, 1.59]]);
});

t.test('the same clause above its item is still that item\'s', async (t) => {
  t.same(items(['PAO INTEGRAL 1,89 A', '2 x 2,49', 'QUEIJO FATIAS 4,98 A', 'VINHO BRANCO 4,99 C'], '11,86'), [
    ['PAO INTEGRAL', null, null, 1.89], ['QUEIJO FATIAS', 2, 2.49, 4.98], ['VINHO BRANCO', null, null, 4.99]]);
});

t.test('between two items, the clause goes to the one whose total it makes, the next one when both', async (t) => {
  t.ok(clauseOfItemAbove({ quantity: 2, unitPrice: 2.49 }, item(4.98), 4.99));
  t.notOk(clauseOfItemAbove({ quantity: 2, unitPrice: 2.49 }, item(4.98), 4.98), 'it makes the next total too: the next item keeps it');
  t.notOk(clauseOfItemAbove({ quantity: 2, unitPrice: 2.49 }, item(4.99), null), 'a cent off is no match');
  t.notOk(clauseOfItemAbove({ quantity: 2, unitPrice: 2.49 }, item(4.98, 2), null), 'the item has its own quantity');
  t.notOk(clauseOfItemAbove({ quantity: 2, unitPrice: 2.49 }, null, null), 'no item above');
});
