/**
 * @module test/engine/derive/class-rates-more-layouts
 * Item classes told by more of the layouts tills print (each a kind a fresh tester's receipts
 * showed, here on receipts the test writes):
 * - the tax named before the class letter in the rate rows: "IVA B 4% 0,28", "Kwota PTU C 5% 1,50";
 * - rate rows that open with the rate under a heading naming the tax ("IVA BASE IMP. CUOTA" over
 *   "10% 7,45 0,74"), the items marked A and B: each class's rate from the row its items add up to;
 * - a class digit ending the name's line with the price alone on the next ("Comté 18 mois 1" / "10,14");
 * - a mark for the taxed items ("Avo Toast *", "* taxable item") and one tax figure with no rate:
 *   the marked items' sum makes it at one rate in use, the others bear none.
 * Each item's tax is then derived; where nothing determines a class, it stays null.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}
const taxes = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => i.taxAmount);

t.test('the tax word before the class letter in each rate row (Italian, Polish)', async (t) => {
  const it = derive(['Salumeria Bianchi S.r.l.', 'Via Po 12 Torino', 'DOCUMENTO COMMERCIALE', 'FARINA 00 1KG 5,20 B', 'VINO ROSSO 9,76 A',
    'BISCOTTI 3,30 C', 'TOTALE COMPLESSIVO 18,26', 'DI CUI IVA 2,26', 'IVA A 22% 1,76', 'IVA B 4% 0,20', 'IVA C 10% 0,30', '12-05-2026 10:11']);
  t.same(taxes(it), [0.2, 1.76, 0.3]);
  const pl = derive(['Sklep "Pod Debem" Sp. z o.o.', 'PARAGON FISKALNY', '14.05.2026', 'Chleb 6,30 C', 'Kawa 24,60 A', 'SUMA PTU 4,90',
    'SUMA PLN 30,90', 'Kwota PTU A 23% 4,60', 'Kwota PTU C 5% 0,30']);
  t.same(taxes(pl), [0.3, 4.6]);
});

t.test('rate rows under a heading that names the tax, no letter in them: each class from its items\' sum', async (t) => {
  const r = derive(['Supermercados Sol S.L.', 'FACTURA SIMPLIFICADA', 'Fecha 03/02/2026', 'Queso curado 4,40 B', 'Pan 2,20 B', 'Detergente 7,26 A',
    'TOTAL A PAGAR 13,86 €', 'IVA BASE IMP. CUOTA', '10% 6,00 0,60', '21% 6,00 1,26', 'Total IVA 1,86']);
  t.same(taxes(r), [0.4, 0.2, 1.26]);
  // (rows under a heading that names no tax tell nothing)
  const none = derive(['Supermercados Sol S.L.', 'FACTURA SIMPLIFICADA', 'Fecha 03/02/2026', 'Queso curado 4,40 B', 'Pan 2,20 B', 'Detergente 7,26 A',
    'TOTAL A PAGAR 13,86 €', 'PUNTOS BASE SALDO', '10% 6,00 0,60', '21% 6,00 1,26']);
  t.same(taxes(none), [null, null, null]);
});

t.test('a class digit ending the name\'s line, the price alone on the next', async (t) => {
  const r = derive(['Epicerie Lemoine SARL', '19/02/2026 16:38 Ticket 00731', 'Baguette 2,11 1', 'Comte 18 mois 1', '10,55', 'Savon 6,00 2',
    'TOTAL TTC 18,66 EUR', 'Code Taux HT TVA', '1 5,5% 12,00 0,66', '2 20,0% 5,00 1,00', 'Total TVA 1,66']);
  t.same(taxes(r), [0.11, 0.55, 1]);
});

t.test('a star on the taxed items and one tax figure with no rate: the marked items bear it, the others none', async (t) => {
  const r = derive(['Harbour Bean Co Pty Ltd', 'TAX INVOICE', '21/05/2026 08:12 Order 88213', 'Flat White 11.00 *', 'Coffee Beans 1kg 48.00',
    'Avo Toast *', '22.00', 'TOTAL $81.00', 'EFTPOS 81.00', 'Total includes GST 3.00', '* taxable item']);
  t.same(taxes(r), [1, 0, 2]);
  // (a tax no one rate in use makes from the marked items: nothing is told)
  const odd = derive(['Harbour Bean Co Pty Ltd', 'TAX INVOICE', '21/05/2026 08:12 Order 88213', 'Flat White 11.00 *', 'Coffee Beans 1kg 48.00',
    'Avo Toast *', '22.00', 'TOTAL $81.00', 'EFTPOS 81.00', 'Total includes GST 2.71', '* taxable item']);
  t.same(taxes(odd), [null, null, null]);
});

t.test('some items flagged by a letter, the rest by none, prices with the tax in them: the flagged bear the one tax', async (t) => {
  const r = derive(['Farmacia San Roque S.A. de C.V.', '05/03/2026 20:31 Folio F-5532', 'PARACETAMOL 500MG 77.00', 'SHAMPOO 400ML 116.00 G',
    'CREMA DENTAL 58.00 G', 'AGUA 1.5L 18.00', 'TOTAL $269.00', 'IVA 16% 24.00', 'EFECTIVO 300.00', 'CAMBIO 31.00']);
  t.same(taxes(r), [0, 16, 8, 0]);
  // (the flagged items' share at no one rate: nothing is told)
  const odd = derive(['Farmacia San Roque S.A. de C.V.', '05/03/2026 20:31 Folio F-5532', 'PARACETAMOL 500MG 77.00', 'SHAMPOO 400ML 116.00 G',
    'CREMA DENTAL 58.00 G', 'AGUA 1.5L 18.00', 'TOTAL $269.00', 'IVA 24.90', 'EFECTIVO 300.00', 'CAMBIO 31.00']);
  t.same(taxes(odd), [null, null, null, null]);
});
