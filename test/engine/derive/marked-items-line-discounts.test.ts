/**
 * @module test/engine/derive/marked-items-line-discounts
 * Specification: a promotion row under an item ("MULTIBUY SAVING -1.20", "Less 20% Promo -$2.00")
 * is that item's line discount also when the next item prints its name over its price row
 * ("LOOSE ONIONS" / "0.750 kg @ £1.00/kg 0.75 D"); the item's class or mark is then found by its
 * amount before the discount, and its tax is taken on the amount after it. A legend naming the
 * marked items the taxed ones ("* denotes taxable item") leaves the unmarked ones untaxed, the
 * marked ones at the one rate that makes the printed tax. "Less" names a discount only before a
 * percentage: "Less deposit paid" is a prepayment.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { discountWords } from '../../../engine/extract/discounts.ts';
import { taxedMark } from '../../../engine/derive/taxed-mark-legend.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}

t.test('a UK till: a multibuy saving under a class-marked item, the next name over its weighed row', async (t) => {
  const r = derive(['FRESH BASKET FOODS LTD', 'Market Place, Ripon HG4 1BP', 'VAT Reg GB 201 8876 45', 'WHOLE MILK 2PT 1.25 D', 'ORANGE JUICE 1L',
    '2 @ £1.80 3.60 A', 'MULTIBUY SAVING -1.20', 'LOOSE ONIONS', '0.750 kg @ £1.00/kg 0.75 D', 'KITCHEN ROLL 2PK 2.16 A', '5 ITEMS BALANCE DUE £6.56',
    'DEBIT CARD £6.56', 'VAT RATE NET VAT TOTAL', 'D 0% 2.00 0.00 2.00', 'A 20% 3.80 0.76 4.56', '12/03/2026 09:14 TILL 02']);
  t.same(r.tableItems.map((i) => i.totalAmount), [1.25, 2.4, 0.75, 2.16]);
  t.same(r.tableItems.map((i) => i.discountAmount), [0, 1.2, 0, 0]);
  t.same(r.tableItems.map((i) => i.taxAmount), [0, 0.4, 0, 0.36]);
});

const aussie = (legend: string) => derive(['COOGEE CORNER STORE PTY LTD', '201 Arden St, Coogee NSW 2034', 'ABN 98 765 432 109', 'TAX INVOICE', '14/03/2026 17:40',
  ' Wholemeal Bread $5.20', '*Dish Soap 500ml $6.60', '*Paper Towels', '   2 @ $5.00 $10.00', '   Less 20% Promo -$2.00', ' Apples Pink Lady',
  '   0.850 kg @ $6.00/kg $5.10', 'TOTAL $24.90', 'EFTPOS $24.90', 'Total includes GST $1.33', legend]);

t.test('an Australian till: starred taxable items, a percentage promotion under one', async (t) => {
  const r = aussie('* denotes taxable item');
  t.equal(r.discountAmount, 2);
  t.same(r.tableItems.map((i) => i.totalAmount), [5.2, 6.6, 8, 5.1]);
  t.same(r.tableItems.map((i) => i.taxAmount), [0, 0.6, 0.73, 0]);
  t.same(r.tableItems.map((i) => i.netAmount), [5.2, 6, 7.27, 5.1]);
});

t.test('the legend, and "less" before a percentage only', async (t) => {
  t.equal(taxedMark('TOTAL $24.90\n* denotes taxable item'), '*');
  t.equal(taxedMark('* = GST applies'), '*');
  t.equal(taxedMark('* = reduced tax rate item'), null);
  t.ok(discountWords('Less 20% Promo -$2.00'));
  t.notOk(discountWords('Less deposit paid 12/09/2026 -2,000.00'));
});
