/**
 * @module test/engine/extract/invoice-allowance
 * An invoice with a document-level discount (an allowance) printed between the items' sum and
 * the tax: its net is after the discount (EN 16931 BT-109), whether the page prints that net or
 * not; a discount printed below the tax leaves the net alone. The derivation's check accepts
 * lines that add up to the net plus the discount.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { moneyChecks } from '../../../engine/derive/arithmetic-checks.ts';
import { readingFromText } from '../reading-from-text.ts';

const HEAD = [
  'Studio Grafico Veronesi S.n.c.', 'Via Emilia 45, 42121 Reggio Emilia', '',
  'Spett.le                                 Fattura n.: F2024/595', 'Hotel Bellavista S.r.l.                  Data: 06/03/2024', '',
  'Descrizione                  Q.tà       Prezzo       Importo', 'Ricambi                        1       820,11        820,11',
  'Progettazione grafica          5       934,65      4.673,25', 'Manutenzione macchinari        2     1.378,64      2.757,28',
  'Manutenzione macchinari        1        46,13         46,13', 'Trasferta                      5       207,48      1.037,40',
];

t.test('a discount between the items\' sum and the tax: the net printed after it is the net (a fresh tester: the sum before it came back)', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[...HEAD,
    '                                  Imponibile        9.334,17 €', '                                  Sconto 5%          -466,71 €',
    '                                  Imponibile netto  8.867,46 €', '                                  IVA 22%           1.950,84 €', '                                  Totale documento 10.818,30 €']]));
  t.same([x.netAmount, x.taxAmount, x.totalAmount, x.discountAmount], [8867.46, 1950.84, 10818.3, 466.71]);
});

t.test('no net printed after the discount: the net is the sum less the discount', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[...HEAD,
    '                                  Imponibile        9.334,17 €', '                                  Sconto 5%          -466,71 €',
    '                                  IVA 22%           1.950,84 €', '                                  Totale documento 10.818,30 €']]));
  t.same([x.netAmount, x.taxAmount, x.totalAmount], [8867.46, 1950.84, 10818.3]);
});

t.test('a discount printed below the tax is taken off the gross: the net stays', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[...HEAD,
    '                                  Imponibile        9.334,17 €', '                                  IVA 22%           2.053,52 €',
    '                                  Sconto              -569,39 €', '                                  Totale documento 10.818,30 €']]));
  t.same([x.netAmount, x.totalAmount], [9334.17, 10818.3]);
});

t.test('lines that add up to the net plus a printed discount pass the items check', async (t) => {
  const items = [820.11, 4673.25, 2757.28, 46.13, 1037.4].map((v) => ({ quantity: null, description: 'x', totalAmount: v, unitPrice: null, taxAmount: null, netAmount: null, discountAmount: null }));
  const checks = moneyChecks({ totalAmount: 10818.3, netAmount: 8867.46, taxAmount: 1950.84, discountAmount: 466.71 }, items, () => true);
  t.same(checks.map((c) => [c.name, c.ok]), [['net_plus_tax_equals_total', true], ['items_sum_equals_net_or_total', true]]);
});

t.test('a subtotal that names the discount it comes after is the amount left, never the discount (each language)', async (t) => {
  const cases: Array<[string, string, string, string, string]> = [
    ['Subtotal 9,334.17', 'Discount 5% -466.71', 'Subtotal after discount 8,867.46', 'VAT 22% 1,950.84', 'Total Due 10,818.30'],
    ['Subtotal 9,334.17', 'Discount 5% -466.71', 'Net of discount 8,867.46', 'VAT 22% 1,950.84', 'Total Due 10,818.30'],
    ['Subtotal 9,334.17', 'Discount 5% -466.71', 'Subtotal less discount 8,867.46', 'VAT 22% 1,950.84', 'Total Due 10,818.30'],
    ['Zwischensumme 9.334,17', 'Rabatt 5% -466,71', 'Nettobetrag nach Rabatt 8.867,46', 'MwSt. 22% 1.950,84', 'Gesamtbetrag 10.818,30'],
    ['Sous-total 9 334,17', 'Remise 5% -466,71', 'Total HT après remise 8 867,46', 'TVA 22% 1 950,84', 'Total TTC 10 818,30'],
    ['Subtotal 9.334,17', 'Descuento 5% -466,71', 'Base imponible tras descuento 8.867,46', 'IVA 22% 1.950,84', 'Total factura 10.818,30'],
    ['Imponibile 9.334,17', 'Sconto 5% -466,71', 'Imponibile dopo lo sconto 8.867,46', 'IVA 22% 1.950,84', 'Totale documento 10.818,30'],
    ['Subtotaal 9.334,17', 'Korting 5% -466,71', 'Subtotaal na korting 8.867,46', 'BTW 22% 1.950,84', 'Totaal 10.818,30'],
    ['Subtotal 9.334,17', 'Desconto 5% -466,71', 'Subtotal após desconto 8.867,46', 'IVA 22% 1.950,84', 'Total a pagar 10.818,30'],
    ['Razem netto 9 334,17', 'Rabat 5% -466,71', 'Netto po rabacie 8 867,46', 'VAT 22% 1 950,84', 'Do zapłaty 10 818,30'],
  ];
  for (const tail of cases) {
    const { formatted: x } = extractInvoice(readingFromText([[...HEAD, ...tail.map((l) => `                                  ${l}`)]]));
    t.same([x.discountAmount, x.netAmount, x.totalAmount], [466.71, 8867.46, 10818.3], tail[2]);
  }
});

t.test('"Less discount" alone is the discount line itself', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[...HEAD,
    '                                  Subtotal 9,334.17', '                                  Less discount -466.71',
    '                                  Net 8,867.46', '                                  VAT 22% 1,950.84', '                                  Total Due 10,818.30']]));
  t.equal(x.discountAmount, 466.71);
});
