/**
 * @module test/engine/parse/dot-thousands-colombia
 * Colombian pesos: a page with Colombian evidence (a NIT, the DIAN, its e-invoice, its VAT regime,
 * "COP", the country or a city) is in COP, a bare "$" on it too; its figures, grouped with dots
 * and printed without decimals ("TOTAL $ 11.900", "COP 2.618.000"), are whole pesos, though ISO
 * 4217 gives the peso two decimals. A US page stays in dollars, a Chilean one in its pesos, and a
 * Colombian page that prints cents keeps them.
 */
import t from 'tap';
import { detectCurrency } from '../../../engine/parse/currency.ts';
import { dotThousandsPage, withDotThousands } from '../../../engine/parse/dot-thousands.ts';
import { wholeInPractice, wholeMoneyCurrency } from '../../../engine/parse/minor-unit.ts';
import { amountsIn, flattenLines } from '../../../engine/parse/lines.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const lines = (xs: string[]) => flattenLines(readingFromText([xs], { kind: 'image', width: 240 }));
const figures = (xs: string[], cur: string | null) => withDotThousands(lines(xs), cur).flatMap((l) => amountsIn(l).map((a) => a.value));
const receipt = (xs: string[]) => extractReceipt(readingFromText([xs], { kind: 'image', width: 240 })).formatted.multiple_receipts[0];

t.test('the Colombian peso: two decimals by ISO 4217, whole pesos in practice', async (t) => {
  t.notOk(wholeMoneyCurrency('COP'), 'not a whole-unit currency: rules keyed on those do not apply as they are');
  t.ok(wholeInPractice('COP'));
  t.notOk(wholeInPractice('USD'));
  t.notOk(wholeInPractice(null));
});

t.test('Colombian evidence names the peso, and a bare "$" on such a page is it', async (t) => {
  t.equal(detectCurrency('TOTAL COP 2.618.000')?.code, 'COP', 'the code');
  t.equal(detectCurrency('NIT 900.276.962-1\nTOTAL $ 11.900')?.code, 'COP', 'a NIT, grouped');
  t.equal(detectCurrency('NIT: 901234567-8\nTOTAL $ 11.900')?.code, 'COP', 'a NIT, ungrouped');
  t.equal(detectCurrency('Resolución DIAN 18764000001\nTOTAL $ 11.900')?.code, 'COP', 'the DIAN');
  t.equal(detectCurrency('Bogotá D.C.\nTOTAL $ 11.900')?.code, 'COP', 'a city');
  t.equal(detectCurrency('Calle 10 # 43-12, Medellín, Colombia\nTOTAL $ 11.900')?.code, 'COP', 'the country');
  t.equal(detectCurrency('FACTURA ELECTRÓNICA DE VENTA FE-881\nTotal 2.618.000')?.code, 'COP', 'the DIAN e-invoice, no "$" at all');
  t.equal(detectCurrency('Régimen común\nIVA 19% 1.900\nTotal 11.900')?.code, 'COP', 'the VAT regime, no "$"');
  t.equal(detectCurrency('Responsable de IVA\nTotal 11.900')?.code, 'COP', 'the VAT regime after 2019, no "$"');
  t.equal(detectCurrency('Barranquilla\nIVA 19% 1.900\nTotal 11.900')?.code, 'COP', 'a city and VAT at 19 %, no "$"');
  t.equal(detectCurrency('IVA 19% $ 1.900\nTOTAL $ 11.900')?.code, 'CLP', 'VAT at 19 % alone: Chile, as before');
  t.equal(detectCurrency('RUT: 76.123.456-7\nTOTAL $ 6.846')?.code, 'CLP', 'a Chilean RUT: Chile');
  t.equal(detectCurrency('WALMART\nDayton, OH 45402\nTOTAL $ 11.90')?.code, 'USD', 'a US page stays in dollars');
  t.equal(detectCurrency('TOTAL $ 11.90')?.code, 'USD', 'no clue: dollars');
  t.equal(detectCurrency('Guar dian Health And Beauty\nTOTAL $ 11.90')?.code, 'USD', 'a word split by a scan is no DIAN');
  t.equal(detectCurrency('Rua Álvaro Pereira 12, Lisboa\nIVA 23% 2,30\nTotal 12,30')?.code, 'EUR', 'a Portuguese street named Pereira is no Colombian city');
  t.equal(detectCurrency('CAFFE COLOMBIA 1,20\nIVA 22% 0,26\nTOTALE 1,20')?.code, 'EUR', 'a coffee named after the country on an Italian till, no "$": the euro');
});

t.test('a Colombian page: dot-grouped figures without decimals are whole pesos', async (t) => {
  const co = ['NIT 900.276.962-1', 'ARROZ 500G 2.500', 'TOTAL $ 11.900', 'IVA 19% 1.900'];
  t.ok(dotThousandsPage(lines(co), 'COP'));
  t.same(figures(co, 'COP'), [900276962, 2500, 11900, 19, 1900]);
  t.same(figures(co, 'USD'), [900276962, 2.5, 11.9, 19, 1.9], 'the same figures in dollars: points, as before');
  t.same(figures([...co, 'PROPINA $ 1.190,50'], 'COP'), [900276962, 2.5, 11.9, 19, 1.9, 1190.5], 'a figure with cents: the page writes decimals');
  t.same(figures(['TOTAL $ 11.900,00', 'IVA 19% $ 1.900,00'], 'COP'), [11900, 19, 1900], 'cents after a decimal comma: as before');
  t.same(figures([...co, 'QUESO 1.250 kg'], 'COP'), [900276962, 2500, 11900, 19, 1900, 1.25], 'a weight keeps its point');
});

t.test('a Colombian receipt: the total, the tax and the items in whole pesos', async (t) => {
  const r = receipt(['TIENDAS ARA SAS', 'NIT 900.276.962-1', 'Bogotá D.C.', 'Fecha: 03/12/2026 13:31', 'ARROZ 500G 2.500', 'LECHE 1L 4.200', 'PAN TAJADO 5.200', 'TOTAL $ 11.900', 'IVA 19% 1.900', 'EFECTIVO $ 20.000', 'CAMBIO $ 8.100']);
  t.same([r.totalAmount, r.taxAmount, r.currencyCode], [11900, 1900, 'COP']);
  t.same(r.tableItems.map((x) => [x.description, x.totalAmount]), [['ARROZ 500G', 2500], ['LECHE 1L', 4200], ['PAN TAJADO', 5200]], 'the tax number above is no item');
  const us = receipt(['CORNER DELI', 'Dayton, OH 45402', '12/03/2026 13:31', 'COFFEE 2.50', 'BAGEL 9.40', 'TOTAL $ 11.90']);
  t.same([us.totalAmount, us.currencyCode], [11.9, 'USD'], 'a US receipt: dollars and cents');
});

t.test('a Colombian invoice is an invoice with money, in whole pesos', async (t) => {
  const page = ['Servicios Andinos S.A.S.', 'NIT: 901.234.567-8', 'Bogotá D.C., Colombia', 'FACTURA ELECTRÓNICA DE VENTA No. FE-881',
    'Fecha de expedición: 03/12/2026', 'Fecha de vencimiento: 02/01/2027', 'Cliente: Comercial Caribe Ltda',
    'Descripción  Cantidad  Valor unitario  Valor total', 'Consultoría  1  2.200.000  2.200.000',
    'Subtotal  2.200.000', 'IVA 19%  418.000', 'Total a pagar  COP 2.618.000'];
  const reading = readingFromText([page]);
  t.equal(classifyOffline(reading).type, 'invoice', 'not refused as printing no money');
  const inv = extractInvoice(reading).formatted;
  t.same([inv.totalAmount, inv.netAmount, inv.taxAmount, inv.currencyCode], [2618000, 2200000, 418000, 'COP']);
  t.same(inv.tableItems.map((x) => [x.description, x.totalAmount]), [['Consultoría', 2200000]]);
});
