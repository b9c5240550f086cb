/**
 * @module test/engine/derive/class-table-columns
 * Per-item tax from class letters under a column table of the classes: the items end with a
 * class letter ("... 4.20 A", a weighed or counted item's price on its quantity line under its
 * name: "1.250 kg @ 2.40 /kg 3.00 Z", "3 @ 24.00 72.00 V") or open with it in brackets
 * ("(A) QUEIJO 2,19", "(A) IOGURTE" over "3 X 0,45 1,35"), and the table prints each class's rate
 * and figures ("A 23.0% 4.35 1.00 5.35", "V 15.00% 27.18 208.40", "(A) 6% 3,34 0,20 3,54").
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classRates } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const taxes = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => [i.description, i.totalAmount, i.taxAmount]);

t.test('Irish till: letters after the prices, a weighed item at an @ price, table VAT RATE NET VAT TOTAL', async (t) => {
  const r = derive(['Doyle Corner Shop', 'Doyle Trading Ltd', 'Bridge St, Galway', 'VAT No. IE 1234567X',
    'Granary Loaf 400g                1.95 Z', 'Cheddar Block 200g               3.10 Z', 'Loose Apples', '1.250 kg @ 2.40 /kg              3.00 Z',
    'Kitchen Roll 4pk                 4.20 A', 'Sparkling Water 1L               1.15 A', 'Charcoal Bag 5kg                 6.00 B',
    '----------------------------------', 'TOTAL  6 ITEMS              EUR 19.40', 'VISA                            19.40',
    'VAT  RATE     NET    VAT   TOTAL', 'A    23.0%    4.35   1.00    5.35', 'B    13.5%    5.29   0.71    6.00', 'Z     0.0%    8.05   0.00    8.05',
    'TOTAL   17.69   1.71   19.40', '02/03/2026 09:12  TILL 2']);
  t.same(taxes(r), [['Granary Loaf 400g', 1.95, 0], ['Cheddar Block 200g', 3.1, 0], ['Loose Apples', 3, 0],
    ['Kitchen Roll 4pk', 4.2, 0.79], ['Sparkling Water 1L', 1.15, 0.22], ['Charcoal Bag 5kg', 6, 0.71]]);
});

t.test('South African till: a counted item at an @ price with a promotion under it, table VAT RATE VAT INCL', async (t) => {
  const r = derive(['UMHLANGA GROCER', 'Umhlanga Foods (Pty) Ltd', 'VAT No. 4123456789', 'TAX INVOICE',
    'WHITE MEALIE MEAL 2KG              28.49 Z', 'APPLES 1.5KG                       31.99 Z', 'DISHWASH LIQUID 750ML              42.50 V',
    'ROOIBOS TEA 80S', '3 @ 24.00                          72.00 V', 'PROMO TEA 3 FOR R66                -6.00', 'BILTONG 250G                       99.90 V',
    '----------------------------------', 'TOTAL                          R 268.88', 'CARD                              268.88',
    'VAT  RATE    VAT     INCL', 'V   15.00%   27.18   208.40', 'Z    0.00%    0.00    60.48', 'TOTAL VAT            27.18', '2026/03/04 11:20  TILL 3']);
  t.same(taxes(r), [['WHITE MEALIE MEAL 2KG', 28.49, 0], ['APPLES 1.5KG', 31.99, 0], ['DISHWASH LIQUID 750ML', 42.5, 5.54],
    ['ROOIBOS TEA 80S', 66, 8.61], ['BILTONG 250G', 99.9, 13.03]]);
});

t.test('Portuguese till: (A) before the names, a counted item under its name, table Taxa Base IVA Total by (A)', async (t) => {
  const r = derive(['Frutaria Sol Nascente', 'Sol Nascente Alimentar, Lda.', 'NIF 512 345 678', 'Data: 2026-03-05  Hora: 12:00',
    '(A) QUEIJO FRESCO 200G               2,19', '(A) IOGURTE NATURAL', '3 X 0,45                          1,35', '(C) SABONETE LIQUIDO 500ML           2,79',
    '(B) SUMO LARANJA 1L                  1,99', '----------------------------------', 'TOTAL                            8,32 EUR', 'MULTIBANCO                       8,32',
    'Taxa      Base   IVA  Total', '(A)  6%   3,34  0,20   3,54', '(B) 13%   1,76  0,23   1,99', '(C) 23%   2,27  0,52   2,79', 'Total     7,37  0,95   8,32']);
  t.same(taxes(r), [['QUEIJO FRESCO 200G', 2.19, 0.12], ['IOGURTE NATURAL', 1.35, 0.08], ['SABONETE LIQUIDO 500ML', 2.79, 0.52], ['SUMO LARANJA 1L', 1.99, 0.23]]);
});

t.test('a class in brackets opening its table row gives its rate', async (t) => {
  t.same([...classRates('[B] 13%  1,76  0,23  1,99\n(D) 23% 2,27 0,52 2,79')], [['B', 0.13], ['D', 0.23]]);
  t.same([...classRates('(2) 13% 1,76 0,23 1,99')], [], 'a digit in brackets is a count');
});
