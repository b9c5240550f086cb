/**
 * @module test/engine/extract/discount-word-slip
 * A discount row is never an item, its word misread or not: "0isc 30.00% -20.97" (Disc, its D read
 * as a 0) under an item takes 30 % off that item, and a till's zero row recording the promotion
 * under the discount's words ("DISCOUNT 30% BODY [ZR]" over "DIS30 1 * 0.00 0.00") is no goods.
 * A fresh tester's slip listed both as items, the first with a negative price and a line tax of
 * its own. ../../../engine/extract/discount-word-slip.ts, ../../../engine/extract/discounts.ts.
 */
import t from 'tap';
import { mendedDiscountWord } from '../../../engine/extract/discount-word-slip.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const WORDS = ['discount', 'disc', 'sconto', 'rabatt', 'bon'];

t.test('a discount word whose first letter was read as a look-alike digit', async (t) => {
  t.equal(mendedDiscountWord('0isc 30.00% -20.97', WORDS), 'disc 30.00% -20.97');
  t.equal(mendedDiscountWord('0ISCOUNT 5.00-', WORDS), 'DISCOUNT 5.00-');
  t.equal(mendedDiscountWord('5conto cassa -1,00', WORDS), 'sconto cassa -1,00');
  t.equal(mendedDiscountWord('8on -2,00', WORDS), 'bon -2,00');
  t.equal(mendedDiscountWord('Cola 0ml 1,99', WORDS), 'Cola 0ml 1,99', 'no discount word');
  t.equal(mendedDiscountWord('7isc -1,00', WORDS), '7isc -1,00', 'a 7 is no look-alike of a D');
  t.equal(mendedDiscountWord('X0isc -1,00', WORDS), 'X0isc -1,00', 'inside a word: a code');
});

const shop = ['BEAUTY CORNER SDN BHD', 'LOT 12, JALAN BESAR', 'GST ID : 000123456789', 'DATE : 14/05/2018 19:02', 'CASHIER : AMY'];
const receipt = (rows: string[]) => extractReceipt(readingFromText([[...shop, ...rows]], { kind: 'image', width: 300 })).formatted.multiple_receipts[0];

t.test('a misread discount row under an item, and the promotion\'s zero row, are no items', async (t) => {
  const r = receipt(['ROSE BODY LOTION [SR]', 'BL0001200 1 * 45.00 45.00', '0isc 30.00% -13.50', 'DISCOUNT 30% BODY [ZR]', 'DIS30 1 * 0.00 0.00',
    'Item Count 2', 'Total Sales Incl. GST 31.50', 'VISA 31.50']);
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount, i.discountAmount]), [['ROSE BODY LOTION [SR]', 1, 45, 31.5, 13.5]]);
  t.equal(r.discountAmount, 13.5, 'the discount is the document\'s too');
});

t.test('a discount word in another language, misread, its minus trailing: no item', async (t) => {
  const items = (rows: string[]) => extractReceipt(readingFromText([['Markt Frisch GmbH', 'Hauptstr. 3, 80331 Muenchen', '12.03.2025 08:12', ...rows]], { kind: 'image', width: 260 }))
    .formatted.multiple_receipts[0].tableItems.map((i) => i.description);
  t.same(items(['Kaffee 4,10', '5conto 1,00-', 'Brot 2,50', 'SUMME EUR 5,60']), ['Kaffee', 'Brot']);
});

t.test('a labelled zero discount on its own row stays the document\'s, a column heading\'s figure below it none', async (t) => {
  const r = receipt(['Description', 'Unit Price Qty Discount Amount Tax', 'GREEN TEA 2.80', 'RM 2.80 2 0.00 RM5.60 SR', 'Total Excl GST RM5.60', 'Discount: RM0.00', 'Total Sales: RM5.60']);
  t.equal(r.discountAmount, 0);
});
