/**
 * @module test/engine/derive/name-over-price-row
 * An item whose name is printed over its price row ("UNLEADED 95" over "40.10 L @ 199.9 c/L
 * $80.16", "KUMARA" over "1.250 kg @ 4.99 /kg $6.24") on a page that prints one tax included in
 * the total and no rate ("Includes GST $7.81"): the item's line is the price row under its name,
 * no item carries a flag, and the tax, a VAT rate in use of the total less it, is shared by the
 * lines (README, derived values: prices that include the one tax). A twentieth tester's
 * Australian fuel slip kept every line tax null because the fuel's name line printed no price.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { itemTaxFlags } from '../../../engine/derive/item-tax-flags.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
  return { r: d.multiple_receipts[0], valid: validateResult('receipt', d).valid };
}
const taxes = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => [i.description, i.taxAmount, i.netAmount]);

t.test('Australian fuel slip: the grade over its litres, GST included, no rate printed', async (t) => {
  const lines = ['OUTBACK FUELS', 'Outback Fuels Pty Ltd', 'Dubbo NSW 2830', 'TAX INVOICE', 'Invoice: 771203 Pump 3', '14/03/2026 06:40', 'DIESEL', '55.40 L @ 201.9 c/L $111.85', 'Chocolate Milk 600ml $4.20',
    'TOTAL AUD $116.05', 'Includes GST $10.55', 'EFTPOS $116.05'];
  for (const kind of ['pdf', 'image'] as const) {
    const d = derive(lines, kind);
    t.same(taxes(d.r), [['DIESEL', 10.17, 101.68], ['Chocolate Milk 600ml', 0.38, 3.82]], kind);
    t.ok(d.valid, `${kind}: valid`);
  }
});

t.test('New Zealand grocer: a weighed item under its name, GST included at 15 %', async (t) => {
  const lines = ['HARBOUR FRESH', 'Nelson', '14/03/2026 11:20', 'KUMARA', '1.250 kg @ 4.99 /kg $6.24', 'Bread Loaf $3.50', 'TOTAL $9.74', 'GST included $1.27', 'EFTPOS $9.74'];
  t.same(taxes(derive(lines).r), [['KUMARA', 0.81, 5.43], ['Bread Loaf', 0.46, 3.04]]);
});

t.test('the line under a name is the item\'s only when it ends with the item\'s total', async (t) => {
  const text = 'DIESEL\n55.40 L @ 201.9 c/L $111.85\nMilk $4.20';
  t.same(itemTaxFlags([{ description: 'DIESEL', totalAmount: 111.85 }, { description: 'Milk', totalAmount: 4.2 }], text), ['', '']);
  t.equal(itemTaxFlags([{ description: 'DIESEL', totalAmount: 99.99 }, { description: 'Milk', totalAmount: 4.2 }], text), null, 'another total');
});

t.test('a size on the name\'s line is no price: the flag is the price row\'s under it', async (t) => {
  const text = 'Green Tea 1.5L\n4901234567894 5.00*1 5.00 S\nRice Crackers 10g\n4901234567895 3.50*2 7.00 S';
  t.same(itemTaxFlags([{ description: 'Green Tea 1.5L', totalAmount: 5 }, { description: 'Rice Crackers 10g', totalAmount: 7 }], text), ['S', 'S'], 'not the "5" of 1.5L read whole');
  t.same(itemTaxFlags([{ description: 'Kenyer', totalAmount: 31000 }], 'Kenyer 31.000 B'), ['B'], 'a thousands group is still a whole price');
});
