/**
 * @module test/engine/extract/service-charges
 * A restaurant's service charge ("Service Charge 10%", "Svc Chg 10%", "SERVICE CHG", "Coperto",
 * "Servizio", "Bedienung", "Propina") is in the total and never in the tax: the tax is the GST,
 * SST or VAT printed, and a "S$" total above a subtotal or a total before the charge is the total.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { chargeAmounts } from '../../../engine/extract/service-charges.ts';
import { printsCharge } from '../../../engine/parse/charge-labels.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

/** The receipt as the pipeline returns it: extracted, then derived. */
function receipt(lines: string[], kind: 'pdf' | 'image' = 'image'): Receipt {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0];
}

t.test('the service charge in each spelling is no tax: the tax is the GST or SST printed, the total includes the charge', async (t) => {
  for (const charge of ['Service Charge 10%', 'Svc Chg 10%', 'SERVICE CHG', 'SVC CHARGE 10%', 'Serv Chg 10%']) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = receipt(['SEAFOOD PALACE PTE LTD', '2 Chilli Crab S$40.00', '1 Fried Rice S$10.00', 'Subtotal S$50.00', `${charge} S$5.00`, 'GST 9% S$4.95', 'TOTAL S$59.95', 'NETS S$59.95'], kind);
      // (the net holds the charge, taxed with the goods: total - tax, EN 16931 BT-109; ./charged-net)
      t.same([r.totalAmount, r.taxAmount, r.netAmount], [59.95, 4.95, 55], `${charge} (${kind})`);
    }
  }
  const my = receipt(['RESTORAN MAJU JAYA', 'Nasi Lemak 10.00', 'Teh Tarik 5.00', 'SUBTOTAL 15.00', 'SVC CHG 10% 1.50', 'SST 6% 0.90', 'TOTAL RM 17.40', 'CASH 20.00', 'CHANGE 2.60']);
  t.same([my.totalAmount, my.taxAmount], [17.4, 0.9], 'Malaysia: the SST, not SST + charge');
});

t.test('a "S$" total is the total, not the sum before the charge nor a total printed above the charge', async (t) => {
  const above = receipt(['KOPITIAM CORNER', 'Kopi 4.50', 'Kaya Toast 50.45', 'Total 54.95', 'SERVICE CHG 5.00', 'TOTAL S$59.95']);
  t.equal(above.totalAmount, 59.95, 'a total that the charge below lifts to the last total is a subtotal');
  const read = receipt(['SEAFOOD PALACE PTE LTD', 'Chilli Crab S$40.00', 'Rice S$10.00', 'Subtotal S$50.00', 'Svc Chg 10% S$5.00', 'GST 9% S$4.95', 'TOTAL S$59.95']);
  t.equal(read.totalAmount, 59.95, 'subtotal + GST (54.95, one digit off) repairs no total: the charge makes up the difference');
});

t.test('with no tax printed, the total less the net is the charge, no tax', async (t) => {
  const r = receipt(['BISTRO LUMIERE', 'Steak 40.00', 'Wine 10.00', 'Subtotal 50.00', 'Service Charge 10% 5.00', 'TOTAL 55.00']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [55, 50, 0]);
  const gst = receipt(['BISTRO LUMIERE', 'Steak 40.00', 'Subtotal 40.00', 'Service Charge 10% 4.00', 'GST 9%', 'TOTAL 47.96']);
  t.not(gst.taxAmount, 7.96, 'a GST it could not read is not total - net: that holds the charge');
});

t.test('charges in the languages served; a service tax is a tax', async (t) => {
  const lines = flattenLines(readingFromText([['Coperto 2,00', 'Servizio 10% 1,20', 'Bedienung 3,00', 'Propina 2,50', 'Tip 4.00', 'Couvert 1,50', 'SERVICE TAX 6% 0.60', 'GST on Svc Chg 0.45']]));
  t.same(chargeAmounts(lines).map((c) => c.value), [2, 1.2, 3, 2.5, 4, 1.5]);
  t.ok(printsCharge('Subtotal 50.00\nSvc Chg 10% 5.00'));
  t.notOk(printsCharge('Subtotal 10.00\nSERVICE TAX 6% 0.60'));
});

t.test('a total that a later total line rounds to the 5 cents is before the rounding, even when net + charge + tax confirm it', async (t) => {
  const r = receipt(['GRILL & BAR KLCC', '1 PINEAPPLE JUICE 12.95 S', '1 TOSTADA CHIPS 16.95 S', '1 CHICKEN BOWL 29.95 S', '1 MARG CK 27.95 S', 'Subtotal 87.80',
    '10% Srv Chg 8.78', 'GST @6% 5.81', 'Total: 102.39', '0.01', 'Total 102.40', 'Visit us again']);
  t.same([r.totalAmount, r.taxAmount], [102.4, 5.81]);
  const paid = receipt(['PRINT SHOP SDN BHD', 'A4 BW 80gsm @ 7.00 7.42 SR', 'Total Amt Incl GST @ 6% : 7.42', 'Total Amt Payable : 7.40', 'Paid Amount : 10.00', 'Total Qty Tender : 7']);
  t.equal(paid.totalAmount, 7.4, 'the items confirm 7.42; the rounded total below it is the amount paid');
});
