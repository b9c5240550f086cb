/**
 * @module test/engine/derive/serv-charge-line-tax
 * A Malaysian restaurant's bill that abbreviates its service charge "Serv. Charge (10%): 3.20"
 * and prints its GST summary ("SR (@ 6%) 35.20 2.11") under the total: the charge is a
 * document-level charge (EN 16931 BG-21) taxed with the lines, so the net is the lines plus the
 * charge (35.20, the summary's amount; not the lines' subtotal "Total (Excluding GST): 32.00"),
 * and each line's tax is its net at the one rate (README, derived values: "with a printed service
 * charge taxed with them, the lines and the charge make the net"). Before, "Serv. Charge" was no
 * charge: the lines made no net and every line tax stayed null; and with it read as one, the
 * subtotal won as the net, the cash rounding between the tax and the total being taken for no
 * rounding as the tax was read from the summary under the total.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { printedBillCharges } from '../../../engine/parse/charge-labels.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('"Serv. Charge" and "Srv. Charge" are service charges', async (t) => {
  t.same(printedBillCharges('Serv. Charge (10%): 3.20'), [3.2]);
  t.same(printedBillCharges('Srv Charge 5%: 1.10'), [1.1]);
  t.same(printedBillCharges('GST Payable: 2.11'), []);
});

const HEAD = ['KEDAI MAKAN SRI BAYU SDN BHD (1234567-X)', 'NO. 12, JALAN MEWAH 3', '47100 PUCHONG, SELANGOR', '(GST Reg. No : 001122334455)', 'Tax Invoice',
  'Bill#: V007-104455 Pax(s): 2', 'Date : 14-02-2018 19:40:11', 'Description Qty U.price Total TAX'];

function read(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
}

t.test('a bill with "Serv. Charge (10%)" and its GST summary under the total: the net the lines and the charge, each line taxed at 6 %', async (t) => {
  const cash = [...HEAD, 'Chicken Katsu Don', '1x 14.50 14.50 SR', 'Iced Lemon Tea', '2x 3.50 7.00 SR', 'Miso Ramen', '1x 10.50 10.50 SR',
    'Total (Excluding GST): 32.00', 'Serv. Charge (10%): 3.20', 'GST Payable: 2.11', 'Total (Inclusive of GST): 37.31', 'Rounding Adj: -0.01', 'TOTAL: 37.30',
    'CASH : 50.00', 'CHANGE : 12.70', 'GST Summary Amount(RM) Tax(RM)', 'SR (@ 6%) 35.20 2.11', 'Thank You!'];
  // (paid by card after a rounding up: the subtotal, the charge and the tax are 0.02 short of the total)
  const card = [...HEAD, 'Chicken Katsu Don', '1x 14.60 14.60 SR', 'Iced Lemon Tea', '2x 3.50 7.00 SR', 'Miso Ramen', '1x 10.50 10.50 SR',
    'Total (Excluding GST): 32.10', 'Serv. Charge (10%): 3.21', 'GST Payable: 2.12', 'Total (Inclusive of GST): 37.43', 'Rounding Adj: 0.02', 'TOTAL: 37.45',
    'VISA 37.45', 'GST Summary Amount(RM) Tax(RM)', 'SR (@ 6%) 35.31 2.12', 'Thank You!'];
  const cases: Array<[string, string[], number[], Array<[string, number, number, number]>]> = [
    ['cash', cash, [37.3, 2.11, 35.2], [['Chicken Katsu Don', 14.5, 0.87, 14.5], ['Iced Lemon Tea', 7, 0.42, 7], ['Miso Ramen', 10.5, 0.63, 10.5]]],
    ['card', card, [37.45, 2.12, 35.31], [['Chicken Katsu Don', 14.6, 0.88, 14.6], ['Iced Lemon Tea', 7, 0.42, 7], ['Miso Ramen', 10.5, 0.63, 10.5]]],
  ];
  for (const [name, lines, money, items] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const d = read(lines, kind);
      const r = d.multiple_receipts[0];
      t.same([r.totalAmount, r.taxAmount, r.netAmount], money, `${name} (${kind})`);
      t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount, i.netAmount]), items, `${name} (${kind})`);
      t.ok(validateResult('receipt', d).valid, `${name} (${kind})`);
    }
  }
});

t.test('a bill at GST 0 % (June to August 2018): the net the lines and the charge, the tax 0 read from the summary, no line taxed', async (t) => {
  const lines = [...HEAD, 'C2 Barley Ice', '2x 1.00 2.00 SR', 'T4 Ebi Temaki', '1x 5.80 5.80', 'SR', 'R7 Oyako Don', '1x 13.80 13.80 SR', 'N3 Miso Ramen', '2x 12.80 25.60 SR',
    'SB05 Sushi Green', '5x 1.80 9.00 SR', 'SB06 Sushi Blue', '2x 2.80 5.60 SR',
    'Total (Excluding GST): 61.80', 'Serv. Charge (10%): 6.18', 'Total (Inclusive of GST): 67.98', 'Rounding Adj : 0.02', 'TOTAL : 68.00',
    'Closed: 14-06-2018 20:11:02', 'Server: AINA', 'VISA 68.00', 'GST Summary Amount(RM) Tax(RM)', 'SR (@ 0%) 67.98 0.00', 'Thank You!'];
  for (const kind of ['pdf', 'image'] as const) {
    const r = read(lines, kind).multiple_receipts[0];
    t.same([r.totalAmount, r.taxAmount, r.netAmount], [68, 0, 67.98], kind);
    t.same(r.tableItems.map((i) => i.taxAmount), [0, 0, 0, 0, 0, 0], kind);
  }
});

t.test('no subtotal printed, the rounding garbled: the net the summary prints is the lines and the charge', async (t) => {
  // (22.44 + 1.35 is not 23.82, "Rouding Adj : 003" unread; 18.90 + 1.50 + 2.04 is 22.44: the net, BT-109 = lines + charges)
  const lines = ['SAKURA DINING SDN BHD', 'Reg No: 1188776-P', 'JALAN PERMAS 10, 81750 MASAI', 'GST ID: 0012 3344 5566', 'TAX INVOICE NO 5521', 'Date: 12/05/2018 7:12:05 PM PAX NO: 2',
    'Qty Code/Desc Total RM', '1 TERIYAKI CHICKEN SET 18.90', '1 HOT OCHA 1.50', 'Serv Charge 10% 2.04', 'GST @ 6% 135', 'Rouding Adj : 003', 'Total Anount : 23.82', 'TOTAL : RM 23.82',
    'CASH 30.00', 'Change RM: 6.18', 'GST Summary Amount RM TAX RM', 'SR 6% 22.44 1.35', 'Thank You ! Please Come Again !'];
  for (const kind of ['pdf', 'image'] as const) {
    const r = read(lines, kind).multiple_receipts[0];
    t.same([r.totalAmount, r.taxAmount, r.netAmount], [23.82, 1.35, 22.44], kind);
    t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]), [['TERIYAKI CHICKEN SET', 18.9, 1.13], ['HOT OCHA', 1.5, 0.09]], kind);
  }
});
