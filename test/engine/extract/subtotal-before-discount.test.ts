/**
 * @module test/engine/extract/subtotal-before-discount
 * A subtotal that names the discount it comes before ("Sub Total Before Discount RM 29.70",
 * "Zwischensumme vor Rabatt", "Sous-total avant remise") is the amount the discount would come
 * off, never the discount: with no discount printed the receipt's discount is 0 and its lines
 * bear none (it had been read as a discount of the whole bill, leaving every line's unknown).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function run(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0];
}

t.test('a subtotal before discount is no discount', async (t) => {
  for (const label of ['Sub Total Before Discount RM', 'Zwischensumme vor Rabatt EUR', 'Sous-total avant remise EUR', 'Subtotal antes del descuento']) {
    const r = run(['RESTORAN MAJU', 'Invoice: 9820', 'Date: 09/03/2018', 'Nasi Lemak 1 12.90 12.90', 'Teh Tarik 1 6.90 6.90', `${label} 19.80`, 'Service Charge RM 0.00', 'TOTAL RM 19.80', 'CASH RM 20.00']);
    t.equal(r.discountAmount, 0, label);
    t.same(r.tableItems.map((i) => i.discountAmount), [0, 0], `${label}: the lines bear none`);
  }
  // a discount printed under it is still the discount
  t.equal(run(['RESTORAN MAJU', 'Date: 09/03/2018', 'Nasi Lemak 1 12.90 12.90', 'Teh Tarik 1 6.90 6.90', 'Sub Total Before Discount RM 19.80', 'Discount RM -1.80', 'TOTAL RM 18.00']).discountAmount, 1.8);
});
