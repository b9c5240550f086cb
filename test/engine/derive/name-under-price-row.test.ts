/**
 * @module test/engine/derive/name-under-price-row
 * An item whose name is printed UNDER its price row, a Malaysian stationer's code row
 * ("TK-18 4 1.59 0.00 6.36*" over "- STAPLER REFILL 24/6"): the item's line, where its tax flag is
 * read, is the price row over its name. With no item flagged apart, one tax line and the lines
 * adding up to the net (prices exclude tax) and net + tax the total before the one cash rounding
 * printed ("ROUNDING -0.03"), the document tax is shared by the lines (README,
 * derived values, no rate printed). Before, the item's line was not found under its name and every
 * line tax stayed null.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { itemTaxFlags } from '../../../engine/derive/item-tax-flags.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('the flag of a price row printed over its name', async (t) => {
  t.same(itemTaxFlags([{ description: 'STAPLER REFILL 24/6', totalAmount: 6.36 }, { description: 'GLUE STICK 8G', totalAmount: 3.9 }],
    'TK-18 4 1.59 0.00 6.36*\n- STAPLER REFILL 24/6\n9551234567890 3 1.30 0.00 3.90 *\n- GLUE STICK 8G'), ['', '']);
  t.equal(itemTaxFlags([{ description: 'STAPLER REFILL', totalAmount: 6.36 }], 'TK-18 4 1.59 0.00 6.35*\n- STAPLER REFILL'), null, 'another total');
});

t.test('a stationer\'s receipt: code rows over their names, one tax line, the lines making the net', async (t) => {
  const lines = ['KEDAI BUKU CAHAYA', '(880022-P)', '15, JALAN PASAR BESAR', '83000 BATU PAHAT, JOHOR', 'GST REG NO : 000112233445', 'TAX INVOICE', 'CASH',
    'Receipt No.: CS1803/10422 Date: 11/03/2018', 'ITEM QTY U/P DISC% AMOUNT', '(RM)', 'TK-18 4 1.59 0.00 6.36*', '- STAPLER REFILL 24/6', '9551234567890 3 1.30 0.00 3.90 *', '- GLUE STICK 8G',
    'Total Qty. : 7 10.26', 'SUB-TOTAL (EX) 10.26', 'TOTAL TAX 0.62', 'ROUNDING -0.03', 'TOTAL 10.85', 'CASH 20.00', 'CHANGE 9.15'];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
  const r = d.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount, i.taxAmount, i.netAmount]),
    [['STAPLER REFILL 24/6', 4, 1.59, 6.36, 0.38, 6.36], ['GLUE STICK 8G', 3, 1.3, 3.9, 0.24, 3.9]]);
  t.ok(validateResult('receipt', d).valid);
});
