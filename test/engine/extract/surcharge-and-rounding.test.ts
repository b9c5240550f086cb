/**
 * @module test/engine/extract/surcharge-and-rounding
 * A surcharge with a percentage is a charge, not tax ("Sunday Surcharge 15% $5.48"): the tax is
 * the tax line's ("Includes GST $3.82", in the total), and the net the total less it. A cash
 * rounding between the sum and the total ("Rundung 0.02", "Rounding Adj 0.03") is never tax.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function money(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf' }));
  const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
  return [r.totalAmount, r.netAmount, r.taxAmount];
}

t.test('Australian café: a percentage surcharge, the GST included in the total', async (t) => {
  t.same(money(['Harbour Lane Cafe', 'HLC Foods Pty Ltd', 'ABN 12 345 678 901', 'TAX INVOICE', 'Receipt #123   07/03/2026 09:10', '------------------------',
    '2 x Long Black @ $4.50              $9.00', '1 x Eggs Benedict                 $21.00', '1 x Banana Bread                   $6.50', '------------------------',
    'Subtotal                          $36.50', 'Sunday Surcharge 15%               $5.48', 'Total                             $41.98', 'Includes GST                       $3.82', 'Visa                              $41.98']),
  [41.98, 38.16, 3.82]);
  t.same(money(['Bayside Bistro', 'Bayside Dining Pty Ltd', 'ABN 98 765 432 109', 'TAX INVOICE', '08/03/2026 19:30',
    '1 x Fish and Chips                $26.00', '2 x Lemon Squash @ $5.00          $10.00',
    'Subtotal                          $36.00', 'Public Holiday Surcharge 10%       $3.60', 'Total                             $39.60', 'Incl. GST                          $3.60', 'Mastercard                        $39.60']),
  [39.6, 36, 3.6], 'the surcharge and the GST of the same figure');
});

t.test('a cash rounding is no tax', async (t) => {
  t.same(money(['Bäckerei Hug', 'Seestr. 3, 6000 Luzern', '07.03.2026 08:10  Kasse 1', 'Gipfeli                 2.40', 'Zopf 500g               6.90',
    'Zwischensumme           9.30', 'Rundung                 0.02', 'Total CHF               9.32', 'Bar                    10.00', 'Rückgeld                0.68']), [9.32, 9.3, 0]);
  t.same(money(['Kedai Runcit Ali', 'Jalan Ampang 5, KL', '07/03/2026 10:00', 'Roti Gardenia           4.20', 'Milo 1kg               21.90',
    'Sub Total              26.10', 'Rounding Adj            0.03', 'Total                  26.13']), [26.13, 26.1, 0]);
});
