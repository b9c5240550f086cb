/**
 * @module test/engine/derive/sales-tax-flags
 * Canadian tills flag each item with the sales taxes it bears ("G" GST, "P" PST / QST, "GP" both,
 * "H" HST) over a summary of each tax at its rate. Prices exclude the taxes: an item's tax is its
 * price x the sum of its taxes' rates, kept only where each tax's items add up to its printed
 * amount; a flag of unknown letter ("C") bears what the arithmetic alone gives it.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { salesTaxLineRates } from '../../../engine/derive/sales-tax-flags.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}

const rows = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]);

/** A hardware till: a hammer bearing both taxes, bread none, a magazine GST only. */
function till(flags: [string, string, string], gst = '0.75', pst = 'PST 7% 0.70', total = '19.45'): string[] {
  return ['MAPLE HARDWARE', 'Toronto ON', `HAMMER 10.00 ${flags[0]}`, `BREAD 3.00 ${flags[1]}`.trimEnd(), `MAGAZINE 5.00 ${flags[2]}`, 'SUBTOTAL 18.00', `GST 5% ${gst}`, pst, `TOTAL ${total}`, `VISA ${total}`];
}

t.test('"GP", "G" and no flag under GST 5 % and PST 7 %', async (t) => {
  const { r, fields } = derive(till(['GP', '', 'G']));
  t.same(rows(r), [['HAMMER', 10, 1.2, 10], ['BREAD', 3, 0, 3], ['MAGAZINE', 5, 0.25, 5]], 'the flags stay out of the descriptions, the amounts as printed');
  t.match(fields['tableItems[0].taxAmount'], { source: 'derived', rule: 'line tax = line net x the rates of the sales taxes its flag names' });
});

t.test('Quebec\'s QST 9.975 %, an item flagged "C" whose taxes the sums alone tell', async (t) => {
  const { r } = derive(till(['C', '', 'G'], '0.75', 'QST 9.975% 1.00', '19.75'));
  t.same(rows(r), [['HAMMER', 10, 1.5, 10], ['BREAD', 3, 0, 3], ['MAGAZINE', 5, 0.25, 5]]);
});

t.test('HST 13 % on the "H" items only, the unflagged ones bearing none (the sums say so)', async (t) => {
  const lines = ['MAPLE HARDWARE', 'Halifax NS', 'HAMMER 10.00 H', 'BREAD 3.00', 'SUBTOTAL 13.00', 'HST 13% 1.30', 'TOTAL 14.30', 'VISA 14.30'];
  const { r } = derive(lines);
  t.same(rows(r), [['HAMMER', 10, 1.3, 10], ['BREAD', 3, 0, 3]]);
});

t.test('never guess: taxes the flagged items do not make leave every line tax null', async (t) => {
  const { r } = derive(till(['GP', '', 'G'], '0.80', 'PST 7% 0.70', '19.50'));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null]);
  const hst = derive(['MAPLE HARDWARE', 'Halifax NS', 'HAMMER 10.00 H', 'BREAD 3.00', 'SUBTOTAL 13.00', 'HST 13% 1.50', 'TOTAL 14.50', 'VISA 14.50']);
  t.same(hst.r.tableItems.map((i) => i.taxAmount), [null, null], 'the one printed rate is not every line\'s when the flags differ');
  t.equal(salesTaxLineRates([{ description: 'HAMMER', totalAmount: 10 }, { description: 'SAW', totalAmount: 10 }], 'HAMMER 10.00 C\nSAW 10.00 N\nGST 5% 0.50', 20), null, 'two unknown flags of the same sum: either may bear the GST');
});
