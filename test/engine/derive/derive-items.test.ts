/**
 * @module test/engine/derive/derive-items
 * Which line-item fields a line and its document determine.
 */
import t from 'tap';
import { deriveItems, wholeUnitMoney } from '../../../engine/derive/derive-items.ts';
import type { ReceiptItem } from '../../../schemas/results.ts';

const line = (description: string, totalAmount: number | null, more: Partial<ReceiptItem> = {}): ReceiptItem => ({
  description, totalAmount, quantity: null, unitPrice: null, taxAmount: null, netAmount: null, discountAmount: null, ...more,
});
const doc = (m: Partial<{ totalAmount: number | null; netAmount: number | null; taxAmount: number | null; discountAmount: number | null }>) =>
  ({ totalAmount: null, netAmount: null, taxAmount: null, discountAmount: null, ...m });

t.test('a line with one price: quantity 1 and that price per unit', async (t) => {
  const { items, derived } = deriveItems([line('SAUSAGE AND MASH', 12.9)], doc({ totalAmount: 12.9, taxAmount: 0, discountAmount: 0 }), []);
  t.same(items[0], { description: 'SAUSAGE AND MASH', totalAmount: 12.9, quantity: 1, unitPrice: 12.9, taxAmount: 0, netAmount: 12.9, discountAmount: 0 });
  t.ok(derived.some((d) => d.path === 'tableItems[0].quantity' && d.rule === 'quantity 1 for a line with one price'));
});

t.test('quantity and line total give the unit price; quantity and unit price give the total', async (t) => {
  const { items } = deriveItems([line('A', 7.5, { quantity: 3 }), line('B', null, { quantity: 2, unitPrice: 1.25 })], doc({}), []);
  t.equal(items[0].unitPrice, 2.5);
  t.equal(items[1].totalAmount, 2.5);
});

t.test('a quantity is derived only when it comes out whole', async (t) => {
  t.equal(deriveItems([line('A', 7.5, { unitPrice: 2.5 })], doc({}), []).items[0].quantity, 3);
  t.equal(deriveItems([line('A', 7.5, { unitPrice: 2 })], doc({}), []).items[0].quantity, null);
});

t.test('the only printed rate on tax-inclusive lines (they sum to the total)', async (t) => {
  const { items } = deriveItems([line('FISH', 12), line('SODA', 8)], doc({ totalAmount: 20, taxAmount: 3.33 }), [0.2]);
  t.same(items.map((i) => [i.taxAmount, i.netAmount]), [[2, 10], [1.33, 6.67]]);
});

t.test('the only printed rate on tax-exclusive lines (they sum to the net)', async (t) => {
  const { items } = deriveItems([line('Consulting', 100), line('Travel', 40)], doc({ totalAmount: 169.4, netAmount: 140, taxAmount: 29.4 }), [0.21]);
  t.same(items.map((i) => [i.taxAmount, i.netAmount]), [[21, 100], [8.4, 40]]);
});

t.test('several rates without item marks leave the line tax unknown', async (t) => {
  const { items } = deriveItems([line('Bread', 2), line('Wine', 10)], doc({ totalAmount: 12, taxAmount: 2.04 }), [0.07, 0.19]);
  t.same(items.map((i) => [i.taxAmount, i.netAmount]), [[null, null], [null, null]]);
});

t.test('lines that add up to neither net nor total leave the line tax unknown', async (t) => {
  const { items } = deriveItems([line('A', 5), line('B', 5)], doc({ totalAmount: 30, netAmount: 25, taxAmount: 5 }), [0.2]);
  t.equal(items[0].taxAmount, null);
});

t.test('a single line carries the document tax when it is the whole bill', async (t) => {
  const { items } = deriveItems([line('Laptop', 104624.58, { quantity: 8, unitPrice: 13078.07 })], doc({ totalAmount: 123457, netAmount: 104624.58, taxAmount: 18832.42 }), [0.18, 0.09]);
  t.same([items[0].taxAmount, items[0].netAmount], [18832.42, 104624.58]);
});

t.test('a document with a discount the lines already include does not zero the lines\' discounts', async (t) => {
  // the line adds up to the total itself, not to the total plus the discount: the discount may be inside it
  t.equal(deriveItems([line('A', 4)], doc({ totalAmount: 4, discountAmount: 1 }), []).items[0].discountAmount, null);
});

t.test('a document discount printed below the lines: a line whose quantity x unit price is its total has no discount of its own', async (t) => {
  // lines 300 + 200 = the net 450 plus the discount 50: the allowance is the document's (EN 16931 BT-92)
  const { items, derived } = deriveItems([line('Chairs', 300, { quantity: 3, unitPrice: 100 }), line('Desk', 200, { quantity: 1, unitPrice: 200 })], doc({ totalAmount: 535.5, netAmount: 450, taxAmount: 85.5, discountAmount: 50 }), [0.19]);
  t.same(items.map((i) => i.discountAmount), [0, 0]);
  t.ok(derived.some((d) => d.path === 'tableItems[1].discountAmount' && d.rule === 'no line discount: the document discount is taken below the lines'));
  // a line whose printed quantity x unit price is not its total (a share of something taken off it): not determined
  const other = deriveItems([line('Chairs', 270, { quantity: 3, unitPrice: 100 }), line('Desk', 230)], doc({ totalAmount: 535.5, netAmount: 450, taxAmount: 85.5, discountAmount: 50 }), [0.19]);
  t.same(other.items.map((i) => i.discountAmount), [null, 0]);
  // lines that already add up to the net (the discount inside them): not determined
  t.same(deriveItems([line('Chairs', 300, { quantity: 3, unitPrice: 100 })], doc({ totalAmount: 357, netAmount: 300, taxAmount: 57, discountAmount: 50 }), []).items[0].discountAmount, null);
});

t.test('a basket discount printed below the lines: a line that prints no allowance has none (EN 16931 BT-136 = 0, the discount BT-92)', async (t) => {
  // one price per line, the lines adding up to the total plus the basket's discount ("SUBTOTAL 17.88", "MEMBER DISCOUNT -1.50", "TOTAL 16.38")
  const { items, derived } = deriveItems([line('MILK', 3.49), line('BREAD', 2.39), line('COFFEE', 12)], doc({ totalAmount: 16.38, discountAmount: 1.5, taxAmount: 0 }), []);
  t.same(items.map((i) => i.discountAmount), [0, 0, 0]);
  t.ok(derived.some((d) => d.path === 'tableItems[0].discountAmount' && d.rule === 'no line discount: the document discount is taken below the lines'));
  // the total paid after the one cash rounding printed ("Stat-Great Saving -9.60", "Total RM Incl. of GST 31.47", "Rounding Adj -0.02", "Total RM 31.45")
  t.same(deriveItems([line('70g P.Copy', 41.07, { quantity: 3, unitPrice: 13.69 })], doc({ totalAmount: 31.45, discountAmount: 9.6, taxAmount: 1.78 }), [], '', undefined, false, [], [-0.02]).items.map((i) => i.discountAmount), [0]);
  // prices excluding tax: the lines add up to the net plus the discount
  t.same(deriveItems([line('Service', 200), line('Parts', 100)], doc({ totalAmount: 324, netAmount: 270, taxAmount: 54, discountAmount: 30 }), [0.2]).items.map((i) => i.discountAmount), [0, 0]);
});

t.test('a line whose quantity x unit price exceeds its total by the document discount bears it (EN 16931 BT-131 = BT-129 x BT-146 - BT-136)', async (t) => {
  // "2x Hey Song 4.30 7.60" / "(Disc: 1.0000)" / "Discount 1.00" / "Total Amount 7.60": the lines add up to the total, the discount inside the line
  const { items, derived } = deriveItems([line('Hey Song', 7.6, { quantity: 2, unitPrice: 4.3 }), line('Tea', 2, { quantity: 1, unitPrice: 2 })], doc({ totalAmount: 9.6, discountAmount: 1, taxAmount: 0 }), []);
  t.same(items.map((i) => i.discountAmount), [1, 0]);
  t.ok(derived.some((d) => d.path === 'tableItems[0].discountAmount' && d.rule === 'line discount = quantity x unit price - line total'));
  // the differences do not make the document discount: not told
  t.same(deriveItems([line('Hey Song', 7.6, { quantity: 2, unitPrice: 4.3 }), line('Tea', 2)], doc({ totalAmount: 9.6, discountAmount: 1.5, taxAmount: 0 }), []).items.map((i) => i.discountAmount), [null, null]);
});

t.test('the only line under a document discount below it carries the document tax', async (t) => {
  // "70g P.Copy 3pc @ 13.69 41.07", "Stat-Great Saving -9.60", "Total RM Incl. of GST 31.47", "Rounding Adj -0.02", "Total RM 31.45", GST 1.78
  const { items } = deriveItems([line('70g P.Copy', 41.07, { quantity: 3, unitPrice: 13.69 })], doc({ totalAmount: 31.45, discountAmount: 9.6, taxAmount: 1.78 }), [0.06], '', undefined, false, [], [-0.02]);
  t.same(items.map((i) => [i.discountAmount, i.taxAmount, i.netAmount]), [[0, 1.78, 39.29]]);
  // two lines: how the document's tax falls on each is not printed
  t.same(deriveItems([line('A', 20, { quantity: 1, unitPrice: 20 }), line('B', 21.07, { quantity: 1, unitPrice: 21.07 })], doc({ totalAmount: 31.45, discountAmount: 9.6, taxAmount: 1.78 }), [0.06, 0], '', undefined, false, [], [-0.02]).items.map((i) => i.taxAmount), [null, null]);
});

t.test('a line tax derived in a whole-unit currency is whole, like the money it is printed in', async (t) => {
  // ISO 4217 minor unit 0 (yen, won, króna, Chilean peso); the forint printed whole on its page
  const lines = () => [line('Onigiri', 1420), line('Bento', 5426)];
  const jpy = doc({ totalAmount: 6846, taxAmount: 622 });
  const { items } = deriveItems(lines(), jpy, [0.1], '', undefined, true);
  t.same(items.map((i) => [i.taxAmount, i.netAmount]), [[129, 1291], [493, 4933]], '1420 x 0.1 / 1.1 = 129.09..., 5426 x 0.1 / 1.1 = 493.27...');
  t.same(deriveItems(lines(), jpy, [0.1]).items.map((i) => i.taxAmount), [129.09, 493.27], 'in cents when the currency has them');
  const huf = doc({ totalAmount: 6846, taxAmount: 1456 });
  t.same(deriveItems([line('Kenyer', 3420), line('Sajt', 3426)], huf, [0.27], '', undefined, true).items.map((i) => i.taxAmount), [727, 728], '3420 x 0.27 / 1.27 = 727.09..., 3426 -> 728.36...');
  t.same(deriveItems([line('Kenyer', 3420), line('Sajt', 3426)], huf, [0.27], '', { marks: ['A', 'A'], rates: new Map() }, true).items.map((i) => i.taxAmount), [727, 729], 'one class sharing the document tax: 1456 x 3420 / 6846 = 727.4, 728.6');
});

t.test('which documents round their line taxes to whole units', async (t) => {
  const whole = doc({ totalAmount: 6846, netAmount: 5391, taxAmount: 1455 });
  for (const code of ['JPY', 'KRW', 'ISK', 'CLP', 'HUF']) t.ok(wholeUnitMoney(code, whole), code);
  t.notOk(wholeUnitMoney('HUF', doc({ totalAmount: 6846.5, taxAmount: 1455.5 })), 'a forint page that prints fillér keeps cents');
  t.notOk(wholeUnitMoney('EUR', whole), 'a currency with cents');
  t.notOk(wholeUnitMoney(null, whole), 'no currency read');
});
