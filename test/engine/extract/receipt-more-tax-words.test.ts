/**
 * @module test/engine/extract/receipt-more-tax-words
 * Tax lines in words the rules did not know: Colombia's INC (impuesto nacional al consumo) before
 * its rate, a base named "Excl" on the tax's own line, a total's tax given after "of" ("Total
 * incl. 9% GST of S$4.13"), Indonesia's base and VAT as two labelled whole figures on one line
 * ("DPP 90.090  PPN 9.910"), and Turkey's TOPKDV (the VAT of all rates) above its per-rate parts.
 * Each page prints its tax: never a "no tax printed" zero, never one part for the whole.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function read(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}

t.test('Colombia: INC before its rate is a tax, with its base', async (t) => {
  const { r, fields } = read(['PANADERIA EL TRIGAL SAS', 'NIT 900.123.456-7', 'Fecha: 10/06/2025', 'CAFE TINTO 2 5.500 11.000', 'ALMUERZO 1 30.000 30.000',
    'TOTAL A PAGAR $41.000', 'EFECTIVO 50.000', 'CAMBIO 9.000', '', 'Base 37.963  INC 8% 3.037']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [41000, 37963, 3037]);
  t.not(fields.taxAmount?.rule, 'no tax printed');
  // (INC names the tax of its rate: each line's share of it, the prices including it)
  t.same(r.tableItems.map((i) => i.taxAmount), [814.81, 2222.22]);
});

t.test('a base named "Excl" on the tax line', async (t) => {
  const { r } = read(['HEALTH CORNER PHARMACY', '12 Long St, Cape Town', '2025/07/01 10:00', 'TABLETS 120.00 *', 'CREAM 110.00 *', 'BREAD 20.00 #', 'TOTAL DUE R250.00', 'CARD 250.00', '',
    '* VAT 15%  Excl 200.00  VAT 30.00', '# Zero rated  20.00']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [250, 220, 30]);
});

t.test('"Total incl. 9% GST of S$4.13": the figure after "of" is the tax, not the total', async (t) => {
  const { r } = read(['PAGES & CO BOOKS', '1 Orchard Rd, Singapore', '02 Sep 2025 15:09', 'Notebook 20.00', 'Novel 30.00', 'TOTAL S$50.00', 'NETS 50.00', '', 'Total incl. 9% GST of S$4.13']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [50, 45.87, 4.13]);
});

t.test('Indonesia: "DPP 90.090   PPN 9.910" on one line, each label its own figure', async (t) => {
  const { r } = read(['TOKO SUMBER REJEKI', 'Jl. Merdeka 5, Bandung', '18.10.25 19:33', 'BERAS 5KG 70.000', 'GULA 1KG 30.000', 'TOTAL BELANJA 100.000', 'TUNAI 100.000', '', 'DPP 90.090   PPN 9.910']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [100000, 90090, 9910]);
});

t.test('Turkey: TOPKDV is the tax, the "KDV %01" rows below it its parts', async (t) => {
  const { r } = read(['KARDESLER MARKET LTD', 'Izmir', 'TARIH: 17.05.2025 17:22', 'EKMEK 101,00 %01', 'DETERJAN 174,00 %20', 'TOPLAM 275,00', 'KREDI KARTI 275,00', '',
    'TOPKDV              *30,00', 'KDV %01            *1,00', 'KDV %20            *29,00']);
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [275, 245, 30]);
});

t.test('"Inc." of a company is no tax', async (t) => {
  const { r } = read(['ACME Inc.', '5 Main St, Austin TX', '03/03/2025 12:00', 'WIDGET 10.00', 'TOTAL 10.00', 'CASH 10.00']);
  t.same([r.totalAmount, r.taxAmount], [10, 0]);
});
