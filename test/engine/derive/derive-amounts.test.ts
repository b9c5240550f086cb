/**
 * @module test/engine/derive/derive-amounts
 * Which document-level money fields the printed ones determine, and which they do not.
 */
import t from 'tap';
import { deriveAmounts } from '../../../engine/derive/derive-amounts.ts';

const none = { totalAmount: null, netAmount: null, taxAmount: null, discountAmount: null };

t.test('a total alone on a page that names no tax: tax 0, net = total, discount 0', async (t) => {
  const { money, derived } = deriveAmounts({ ...none, totalAmount: 12.9 }, false);
  t.same(money, { totalAmount: 12.9, netAmount: 12.9, taxAmount: 0, discountAmount: 0 });
  t.same(derived.map((d) => [d.path, d.rule]), [
    ['discountAmount', 'no discount printed'], ['taxAmount', 'no tax printed'], ['netAmount', 'net = total - tax'],
  ]);
});

t.test('a page that names a tax it was not read keeps tax and net unknown', async (t) => {
  const { money } = deriveAmounts({ ...none, totalAmount: 20.5 }, true);
  t.equal(money.taxAmount, null);
  t.equal(money.netAmount, null);
  t.equal(money.discountAmount, 0, 'the discount is still not printed');
});

t.test('the printed tax gives the net (EN 16931 BR-CO-15), to the cent', async (t) => {
  const { money, derived } = deriveAmounts({ ...none, totalAmount: 20.5, taxAmount: 3.42 }, true);
  t.equal(money.netAmount, 17.08);
  t.same(derived.find((d) => d.path === 'netAmount')?.from, ['totalAmount', 'taxAmount']);
});

t.test('the printed net gives the tax; a net above the total gives nothing', async (t) => {
  t.equal(deriveAmounts({ ...none, totalAmount: 1234.57, netAmount: 1037.45 }, true).money.taxAmount, 197.12);
  t.equal(deriveAmounts({ ...none, totalAmount: 10, netAmount: 12 }, true).money.taxAmount, null);
});

t.test('net and tax without a total give the total', async (t) => {
  t.equal(deriveAmounts({ ...none, netAmount: 140, taxAmount: 29.4 }, true).money.totalAmount, 169.4);
});

t.test('printed values are never changed, and nothing is derived without a total or a pair', async (t) => {
  const printed = { totalAmount: 10, netAmount: 9, taxAmount: 2, discountAmount: 0.5 };
  const r = deriveAmounts(printed, true);
  t.same(r.money, printed);
  t.same(r.derived, []);
  t.same(deriveAmounts({ ...none, taxAmount: 2 }, true).derived, []);
});

t.test('paths carry the receipt prefix of a multi-receipt result', async (t) => {
  const { derived } = deriveAmounts({ ...none, totalAmount: 5 }, false, 'multiple_receipts[1].');
  t.ok(derived.every((d) => d.path.startsWith('multiple_receipts[1].') && d.from.every((f) => f.startsWith('multiple_receipts[1].'))));
});

t.test('a net read equal to the total on a page that names a tax derives no tax of 0 (a subtotal of tax-inclusive prices)', async (t) => {
  const named = deriveAmounts({ totalAmount: 29.88, netAmount: 29.88, taxAmount: null, discountAmount: null }, true);
  t.equal(named.money.taxAmount, null);
  const unnamed = deriveAmounts({ totalAmount: 29.88, netAmount: 29.88, taxAmount: null, discountAmount: null }, false);
  t.equal(unnamed.money.taxAmount, 0, 'a page that names no tax: the net is the total and the tax 0');
});
