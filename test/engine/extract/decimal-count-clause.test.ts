/**
 * @module test/engine/extract/decimal-count-clause
 * A Malaysian hardware till prints its quantity with two zero decimals before the times sign
 * ("1.00 X 15.90 15.90 SR" under the item's name): the count is the quantity and the figure after
 * the sign the unit price. Before, the row's two figures making its total were ordered by their
 * decimals, and the item came back as 15.9 pieces at 1.00.
 */
import t from 'tap';
import { quantityClause } from '../../../engine/extract/quantity-clause.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a count with zero decimals before the times sign', async (t) => {
  t.same(quantityClause('1.00 X 15.90 ', 15.9), { quantity: 1, unitPrice: 15.9, start: 0, end: 12 });
  t.same(quantityClause('3.00 X 2.00 ', 6)?.quantity, 3);
  t.equal(quantityClause('1.50 X 15.90 ', 23.85), null, 'a count with cents is no count');
});

t.test('the quantity and unit price of a row under its name', async (t) => {
  const lines = ['HOME MASTER HARDWARE & ELECTRICAL', 'NO.113G, JALAN SETIA GEMILANG', '40170 BANDAR SETIA ALAM, SELANGOR', 'GST Reg No. :001637511168', 'TAX INVOICE',
    'Invoice No.: CS 23304', 'Date 29/12/2017 11:41', 'RM Code', 'WALL PLUG 6MM', '3.00 X 2.00 6.00 SR', 'TAPE 24MM', '1.00 X 15.90 15.90 SR', 'Subtotal 21.90',
    'Total Incl. of GST 21.90', 'Payment 21.90', 'Change Due 0.00'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const r = (x.formatted as { multiple_receipts: { tableItems: { description: string | null; quantity: number | null; unitPrice: number | null; totalAmount: number | null }[] }[] }).multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['WALL PLUG 6MM', 3, 2, 6], ['TAPE 24MM', 1, 15.9, 15.9]]);
});
