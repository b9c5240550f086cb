/**
 * @module test/engine/extract/tax-at-rate-of-total
 * A tax line that prints its rate and no base ("VAT @ 20% £2.37") is read as the tax when it is
 * that rate of the total less it, even when the net printed below it is misread: a fresh
 * tester's café photo read "Net £11.85" as "fl1.85", and a tax derived as total - net (12.37)
 * replaced the printed one. A net that agrees with the printed tax still stands.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const receipt = (net: string) => [
  'THE OLD MILL BAKERY LTD', '3 Bridge Street, Totnes TQ9 5AA', 'VAT Reg No. GB 123 4567 89', '12/11/2026 09:14',
  '1 Sourdough Loaf £4.20', '2 x Cinnamon Bun @ £2.85 £5.70', '1 Oat Latte £3.90',
  'TOTAL £13.80', 'Card £13.80', 'VAT @ 20% £2.30', net, 'Thank you',
];

const read = (lines: string[]) => {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
};

t.test('the tax at its printed rate of the total wins over a misread net', async (t) => {
  for (const net of ['Net fl1.50', 'Net f1.50', 'Net 1.50']) {
    const r = read(receipt(net));
    t.same([r.totalAmount, r.taxAmount, r.netAmount], [13.8, 2.3, 11.5], net);
  }
});

t.test('a net that agrees with the tax is kept', async (t) => {
  const r = read(receipt('Net £11.50'));
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [13.8, 2.3, 11.5]);
});
