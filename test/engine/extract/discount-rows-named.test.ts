/**
 * @module test/engine/extract/discount-rows-named
 * Discount rows: a Portuguese "DESC." row naming the item above it is that line's discount (EN
 * 16931 BG-27), never an item; a negative redeemed-points, voucher or loyalty row after the
 * subtotal is the document's discount (BG-20, BT-92). With such a document discount the class
 * table's 0 % class still tells its lines' tax (0); the others' share of the discount is unprinted.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}

t.test('Portuguese till: DESC. naming the item above it comes off that item', async (t) => {
  const r = derive(['Frutaria Sol Nascente', 'Sol Nascente Alimentar, Lda.', 'NIF 512 345 678', 'Data: 2026-03-05  Hora: 12:00',
    '(A) QUEIJO FRESCO 200G               2,19', '(C) SABONETE LIQUIDO 500ML           2,79', '(C) AGUA COM GAS 1,5L                1,29', 'DESC. CARTAO AGUA COM GAS       -0,30',
    '(B) SUMO LARANJA 1L                  1,99', '----------------------------------', 'TOTAL                            7,96 EUR', 'MULTIBANCO                       7,96',
    'Taxa      Base   IVA  Total', '(A)  6%   2,07  0,12   2,19', '(B) 13%   1,76  0,23   1,99', '(C) 23%   3,07  0,71   3,78', 'Total     6,90  1,06   7,96']);
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.discountAmount, i.taxAmount]), [
    ['QUEIJO FRESCO 200G', 2.19, 0, 0.12], ['SABONETE LIQUIDO 500ML', 2.79, 0, 0.52], ['AGUA COM GAS 1,5L', 0.99, 0.3, 0.19], ['SUMO LARANJA 1L', 1.99, 0, 0.23]]);
  t.equal(r.discountAmount, 0.3);
});

t.test('UK chemist: points redeemed after the subtotal are the document discount', async (t) => {
  const r = derive(['Hillside Chemist', 'Hillside Health Ltd', '3 Mill Lane, Leeds LS1 1AA', 'VAT Reg No. 123 4567 89',
    'Paracetamol 500mg 32             1.49 S', 'Hand Cream 75ml                  3.99 S', 'Plasters Assorted 40             2.50 S', 'Prescription Charge              9.90 Z',
    '----------------------------------', 'SUBTOTAL                         17.88', 'Loyalty Points Redeemed          -1.50', 'TOTAL                           £16.38', 'Visa                            £16.38',
    'VAT  Rate    Net    VAT   Gross', 'S   20.0%   5.40   1.08    6.48', 'Z    0.0%   9.90   0.00    9.90', '05/03/2026 10:00  Till 2']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount, r.discountAmount], [16.38, 15.3, 1.08, 1.5]);
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null, 0], 'the 0 % line only');
  const v = derive(['Corner Books', 'Corner Books Ltd', '12 High St, York', '06/03/2026 15:00',
    'Paperback Novel                  8.99', 'Greeting Card                    2.50', 'SUBTOTAL                         11.49', 'Gift Voucher                    -5.00', 'TOTAL                            6.49', 'Cash                             6.49']);
  t.equal(v.discountAmount, 5);
});

t.test('a redeemed row whose minus a scan read as a speck: the sum above less it is the total below', async (t) => {
  const r = derive(['Riverside Pharmacy', 'Riverside Care Ltd', '8 Quay St, Bath', '04/03/2026 12:30',
    'Cough Syrup 150ml                5.49 S', 'Throat Spray                     6.20 S', 'Eye Drops                        3.80 Z',
    'SUBTOTAL                         15.49', 'Loyalty Points Redeemed          *1.00', 'TOTAL                           £14.49', 'Visa                            £14.49']);
  t.equal(r.discountAmount, 1);
  const u = derive(['Riverside Pharmacy', 'Riverside Care Ltd', '8 Quay St, Bath', '04/03/2026 12:30',
    'Cough Syrup 150ml                5.49', 'Throat Spray                     6.20', 'SUBTOTAL                         11.69', 'Voucher Ref                      4.00', 'TOTAL                           £11.69', 'Visa                            £11.69']);
  t.equal(u.discountAmount, 0, 'no arithmetic: no discount');
});
