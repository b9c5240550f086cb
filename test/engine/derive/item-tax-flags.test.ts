/**
 * @module test/engine/derive/item-tax-flags
 * A US till prints its sales tax with no rate ("SUBTOTAL 23.47", "SALES TAX 1.94", "TOTAL 25.41").
 * The items' tax is derived only where the page shows every item taxed at its one rate: the same
 * taxable flag ("T", "TX") after every item's price, or no flag on any item, one tax line, and the
 * items adding up exactly to the subtotal. Then the tax is shared in proportion to the line totals,
 * the rounding remainder kept so the items' taxes add up to the printed tax. A mix of flags, or
 * several tax lines without flags, leaves the items' tax null: never guessed (a tester's US
 * receipts kept their item tax null, so validation was false).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { itemTaxFlags, taxedAlike } from '../../../engine/derive/item-tax-flags.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function us(flags: [string, string, string, string], summary = ['SUBTOTAL 23.47', 'SALES TAX 1.94', 'TOTAL 25.41']): string[] {
  return ['CORNER MARKET', '123 Main St', 'Springfield, IL 62701', 'Receipt# 4471', '05/12/2025 10:11',
    `MILK 1 GAL 4.29 ${flags[0]}`.trim(), `BREAD 3.49 ${flags[1]}`.trim(), `CHEESE 7.99 ${flags[2]}`.trim(), `APPLES 7.70 ${flags[3]}`.trim(), ...summary, 'VISA 25.41'];
}

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 260 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields, formatted: d.formatted };
}

t.test('the flag after each item\'s price', async (t) => {
  const items = [{ description: 'BREAD', totalAmount: 3.49 }, { description: 'SOAP', totalAmount: 4.99 }];
  t.same(itemTaxFlags(items, 'BREAD 3.49 T\nSOAP 4.99 TX\nTOTAL 8.48'), ['T', 'TX']);
  t.same(itemTaxFlags(items, 'BREAD 3.49\nSOAP 4.99 N\nTOTAL 8.48'), ['', 'N']);
  t.equal(itemTaxFlags(items, 'BREAD 3.49\nTOTAL 8.48'), null, 'an item whose line is not found');
  t.equal(taxedAlike(['T', 'T'], false), true);
  t.equal(taxedAlike(['T', 'TX'], false), false, 'two flags');
  t.equal(taxedAlike(['T', ''], true), false, 'flagged and not');
  t.equal(taxedAlike(['N', 'N'], true), false, 'no taxable flag');
  t.equal(taxedAlike(['', ''], true), true);
  t.equal(taxedAlike(['', ''], false), false);
});

t.test('no rate printed, every item flagged T: the sales tax shared by the line totals, adding up to it', async (t) => {
  const { r, fields } = derive(us(['T', 'T', 'T', 'T']));
  t.same(r.tableItems.map((i) => [i.totalAmount, i.taxAmount, i.netAmount]), [[4.29, 0.35, 4.29], [3.49, 0.29, 3.49], [7.99, 0.66, 7.99], [7.7, 0.64, 7.7]]);
  t.match(fields['tableItems[0].taxAmount'], { source: 'derived', rule: 'every line taxed alike: the document tax shared in proportion to the line totals (prices exclude tax)' });
});

t.test('no flags at all, one tax line, the items adding up exactly to the subtotal: the same, and the receipt validates', async (t) => {
  const { r, formatted } = derive(us(['', '', '', '']));
  t.same(r.tableItems.map((i) => i.taxAmount), [0.35, 0.29, 0.66, 0.64]);
  t.equal(Math.round(r.tableItems.reduce((s, i) => s + i.taxAmount!, 0) * 100) / 100, 1.94);
  t.equal(validateResult('receipt', formatted).valid, true);
});

t.test('a mix of flags, several tax lines without flags, or items that miss the subtotal: the items\' tax stays null', async (t) => {
  t.same(derive(us(['T', 'N', 'T', 'T'])).r.tableItems.map((i) => i.taxAmount), [null, null, null, null], 'T and N');
  t.same(derive(us(['T', '', 'T', 'T'])).r.tableItems.map((i) => i.taxAmount), [null, null, null, null], 'T and none');
  t.same(derive(us(['', '', '', ''], ['SUBTOTAL 23.47', 'STATE TAX 1.20', 'CITY TAX 0.74', 'TOTAL 25.41'])).r.tableItems.map((i) => i.taxAmount), [null, null, null, null], 'two taxes, no marks');
  t.same(derive(us(['', '', '', ''], ['SUBTOTAL 24.47', 'SALES TAX 1.94', 'TOTAL 26.41'])).r.tableItems.map((i) => i.taxAmount), [null, null, null, null], 'the items do not make the subtotal');
});

t.test('prices that include the tax, no flag, one tax line, the lines making the total: shared when the tax is a VAT rate in use of the rest (a fifteenth tester\'s Indonesian and Australian tills)', async (t) => {
  const id = ['TOKO SERBA JAYA', 'Jl. Malioboro No. 77', 'NPWP 01.234.567.8-541.000', '18.10.25 19:33', 'No. Struk 4021-118872',
    'BERAS PANDAN WANGI 5KG 78.500', 'INDOMIE GORENG 31.000', 'MINYAK GORENG 2L 36.900', 'KOPI KAPAL API 28.400', 'TOTAL BELANJA 174.800', 'TUNAI 200.000', 'KEMBALI 25.200', 'DPP 157.477 PPN 17.323'];
  const a = derive(id);
  t.same(a.r.tableItems.map((i) => i.taxAmount), [7779.49, 3072.16, 3656.86, 2814.49], 'PPN at 11 % of the base, shared by the lines');
  t.ok(validateResult('receipt', a.formatted).valid);
  const au = ['BUSHLAND HARDWARE PTY LTD', 'Katoomba NSW 2780', 'Receipt No: 118-40922', '05/04/2025 10:33', 'HOSE FITTING 14.94', 'GARDEN GLOVES 12.47', 'POTTING MIX 19.98', 'TOTAL $47.39', 'CASH 60.00', 'CHANGE 12.61', 'Total includes GST $4.31'];
  t.same(derive(au).r.tableItems.map((i) => i.taxAmount), [1.36, 1.13, 1.82], 'GST at 10 % of 43.08');
  const exempt = [...au.slice(0, -1), 'Total includes GST $2.20'];
  t.same(derive(exempt).r.tableItems.map((i) => i.taxAmount), [null, null, null], 'a tax that is no rate in use of the rest (some line exempt): never shared');
});
