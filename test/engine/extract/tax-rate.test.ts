/**
 * @module test/engine/extract/tax-rate
 */
import t from 'tap';
import { rateCheckedTaxes } from '../../../engine/extract/tax-rate.ts';
import { TAX_LABELS } from '../../../engine/extract/amount-roles.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const taxes = (lines: string[]) => rateCheckedTaxes(flattenLines(readingFromText([lines], { kind: 'image' })), TAX_LABELS, []).map((c) => c.value);

t.test('a figure that is the printed rate of another figure of the line is its tax', async (t) => {
  t.same(taxes(['VAT 20%    45.00    9.00']), [9], 'rate of a net base');
  t.same(taxes(['163036.96 VAT 15% 1249950.00']), [163036.96], 'rate share of a tax-inclusive figure, printed before its label');
  t.same(taxes(['GST @6%   113.21   6.79']), [6.79]);
});

t.test('no rate, no tax label, or figures that do not agree: nothing', async (t) => {
  t.same(taxes(['VAT    45.00    9.00']), [], 'no rate printed');
  t.same(taxes(['Service charge 10%   124995.00  1249950.00']), [], 'a rate without a tax label');
  t.same(taxes(['VAT 20%    45.00    7.00']), [], 'the arithmetic does not hold');
});

t.test('on a receipt, the rate-checked figure is the tax even when the label is followed by the base', async (t) => {
  const r = extractReceipt(readingFromText([[
    'LIFESTYLE BISTRO',
    '1/8/2022 11:44 PM',
    'Platter                     1249950.00',
    'Total Due                   R1374945.00',
    '163036.96 VAT 15%           1249950.00',
  ]], { kind: 'image' }));
  const rec = (r.formatted as unknown as { multiple_receipts: Array<{ taxAmount: number | null }> }).multiple_receipts[0];
  t.equal(rec.taxAmount, 163036.96);
});
