/**
 * @module test/engine/extract/tax-base
 * A tax line that prints the base it is computed on ("IVA 22% Imponibile 17,76 Imposta 3,91",
 * "MWST 8.1% von 45.20 3.66", "PTU A 23% 12,20 2,81"): the base is the net and the figure that is
 * the rate of it is the tax, in every language and word order; never the other way round.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { taxLinesWithBase } from '../../../engine/extract/tax-base.ts';
import { TAX_LABELS } from '../../../engine/extract/amount-roles.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';

const cents = (v: number) => Math.round(v * 100) / 100;

t.test('the base is the net, the tax the rate of it, whatever the words between them', async (t) => {
  const cases: Array<[string, string, number, number]> = [
    ['TOTALE EURO 21,67', 'IVA 22% Imponibile 17,76 Imposta 3,91', 17.76, 3.91],
    ['TOTALE EURO 21,67', 'IVA 22% Imposta 3,91 Imponibile 17,76', 17.76, 3.91],
    ['TOTALE EURO 21,67', 'IVA 22% su 17,76 3,91', 17.76, 3.91],
    ['SUMA PLN 15,01', 'PTU A 23% 12,20 2,81', 12.2, 2.81],
    ['TOTAL CHF 48.86', 'MWST 8.1% von 45.20 3.66', 45.2, 3.66],
    ['TOTAL GBP 12.00', 'VAT 20% on 10.00 2.00', 10, 2],
    ['SUMME EUR 10,70', 'MwSt 7% Netto 10,00 MwSt 0,70', 10, 0.7],
    ['TOTAL EUR 12,10', 'IVA 21% Base 10,00 Cuota 2,10', 10, 2.1],
    ['TOTAAL EUR 10,90', 'BTW 9% over 10,00 0,90', 10, 0.9],
  ];
  for (const [total, tax, net, vat] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = extractReceipt(readingFromText([['CAFE CENTRALE', 'Articolo 1 5,00', total, tax, '14.05.2025 10:12']], { kind })).formatted.multiple_receipts[0];
      t.same([r.netAmount, r.taxAmount], [net, vat], `${tax} (${kind})`);
    }
  }
});

t.test('two rates, each with its base: the bases add up to the net, the taxes to the tax', async (t) => {
  const r = extractReceipt(readingFromText([['REWE MARKT', 'Brot 10,70', 'Wein 11,90', 'SUMME EUR 22,60', 'MwSt 7% Netto 10,00 MwSt 0,70', 'MwSt 19% Netto 10,00 MwSt 1,90']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [22.6, 20, 2.6]);
});

t.test('only a line whose figures are base and rate of it; a tax id is no base', async (t) => {
  const read = (s: string) => taxLinesWithBase(flattenLines(readingFromText([[s]])), TAX_LABELS, []).flatMap((b) => (b.base ? [[b.base.value, b.tax.value]] : []));
  t.same(read('IVA 22% Imponibile 17,76 Imposta 3,91'), [[17.76, 3.91]]);
  t.same(read('IVA 22% 21,67 3,91'), [], 'a gross and its included tax: 22 % of 21,67 is no 3,91');
  t.same(taxLinesWithBase(flattenLines(readingFromText([['IVA 22% 21,67 3,91']])), TAX_LABELS, []).map((b) => [b.gross?.value, b.tax.value]), [[21.67, 3.91]], 'it is read as the gross');
  t.same(read('IVA 22% 17,76'), [], 'one figure');
});

t.test('rows of rate, base and tax under a header naming the tax: the bases add up to the net, the taxes to the tax; a 0 % row\'s base is no tax', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'pdf' })).formatted.multiple_receipts[0];
  const headers = ['IVA    BASE IMPONIBLE (€)   CUOTA (€)', 'BTW %  NETTO  BTW', 'MwSt%  Netto  MwSt', 'TVA %  HT  TVA', 'IVA %  IMPONIBILE  IMPOSTA', 'IVA  BASE  IVA', 'PTU  NETTO  VAT', 'VAT %  NET  VAT'];
  for (const header of headers) {
    const es = r(['Mercado Central', 'Leche 0,89', 'Tomates 2,31', 'Vino 4,50', 'TOTAL 7,70', 'TARJETA 7,70', header, '10%    2,91   0,29', '21%    3,72   0,78', '02/06/2025 19:44']);
    t.same([es.totalAmount, es.netAmount, es.taxAmount], [7.7, 6.63, 1.07], `${header}: two rates`);
    for (const [a, b] of [['20% 2,92 0,58', '0% 3,35 0,00'], ['20% 0,58 2,92', '0% 0,00 3,35'], ['A 20% 2,92 0,58', 'B 0% 3,35 0,00']]) {
      const zero = r(['Corner Shop', 'Bread 3,50 A', 'Milk 3,35 B', 'TOTAL 6,85', 'CARD 6,85', header, a, b, '02/06/2025 19:44']);
      t.same([zero.totalAmount, zero.netAmount, zero.taxAmount], [6.85, 6.27, 0.58], `${header}: ${a} / ${b}`);
    }
  }
});

t.test('one tax line per rate under a "Rate Net Tax" heading, the items summing to a subtotal equal to the total: the tax is the sum of the lines', async (t) => {
  const cases: Array<[string[], number, number]> = [
    [['Tea 15.83 A', 'Soup 10.66 B', 'Sub Total 26.49', 'TOTAL € 26.49', 'Rate Net Tax', 'VAT @ 23% 12.87 2.96', 'VAT @ 13.5% 9.39 1.27'], 22.26, 4.23],
    [['Semmel 21,66 A', 'Tee 9,80 B', 'Zwischensumme 31,46', 'SUMME 31,46', 'Satz Netto Steuer', 'MwSt 19% 18,20 3,46', 'MwSt 7% 9,16 0,64'], 27.36, 4.1],
    [['Pan 29,70 A', 'Agua 10,93 B', 'Cerveza 22,32 A', 'Base imponible 62,95', 'TOTAL 62,95', 'IVA 21% 42,99 9,03', 'IVA 10% 9,94 0,99'], 52.93, 10.02],
  ];
  for (const [body, net, vat] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      // (the net as the derivation step completes it: printed, or the total less the tax)
      const lines = ['CORNER SHOP', '24/07/2026 18:31', ...body, 'Thank you!'];
      const x = extractReceipt(readingFromText([lines], { kind }));
      const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
      t.same([r.totalAmount, r.netAmount, r.taxAmount], [cents(net + vat), net, vat], `${body[body.length - 1]} (${kind})`);
    }
  }
});

t.test('in a currency without cents the figures are whole: "Tax 8% 6,759 541" is a base and its tax', async (t) => {
  const r = extractReceipt(readingFromText([['CORNER SHOP', '2026/06/15 10:31', 'Tea 900 A', 'Rice 700 B', 'Soup 800 A', 'Juice 6,600 B', 'TOTAL ¥ 9,000', 'Rate Net Tax', 'Tax 10% 1,545 155', 'Tax 8% 6,759 541', 'CASH 9,000', 'Thank you!']], { kind: 'pdf' })).formatted.multiple_receipts[0];
  t.same([r.totalAmount, r.netAmount, r.taxAmount], [9000, 8304, 696]);
  const read = (s: string) => taxLinesWithBase(flattenLines(readingFromText([[s]])), TAX_LABELS, []).flatMap((b) => (b.base ? [[b.base.value, b.tax.value]] : []));
  t.same(read('Tax 8% 4,722 378'), [[4722, 378]]);
  // (a base too small for one unit to tell the rate, or a tax more than a unit off, is none)
  t.same(read('Tax 10% 40 4'), []);
  t.same(read('Tax 10% 1,545 160'), []);
});

t.test('a class row printing the gross and its included tax, no base ("A 23.0% 31.22 5.84"): the tax is read, the net is the total less the tax', async (t) => {
  // (generated Irish-style tills: the rows' arithmetic, tax = gross x rate / (1 + rate), tells the gross from a base)
  const cases: Array<[string[], number, number]> = [
    [['Flat White 4.10', 'Brown Bread 6.35', 'Chowder 14.20', 'TOTAL EUR 24.65', 'VAT SUMMARY', 'A 23.0% 24.65 4.61'], 24.65, 4.61],
    [['Firelighters 9.84', 'Sliced Pan 12.00', 'TOTAL 21.84', 'VAT ANALYSIS', 'A 23.0% 9.84 1.84', 'B 13.5% 12.00 1.43'], 21.84, 3.27],
    [['Kettle 36.90', 'Scones 5.68', 'Milk 1.19', 'BALANCE DUE 43.77', 'VAT RATE GROSS VAT', 'S 23% 36.90 6.90', 'R 13.5% 5.68 0.68', 'Z 0% 1.19 0.00'], 43.77, 7.58],
  ];
  for (const [body, total, vat] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const lines = ['HARBOURVIEW STORES', '12/03/2026 09:14', ...body, 'CARD 0000', 'Go raibh maith agat'];
      const x = extractReceipt(readingFromText([lines], { kind }));
      const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
      const r = (d.formatted as ReceiptResult).multiple_receipts[0];
      t.same([r.totalAmount, r.taxAmount, r.netAmount], [total, vat, cents(total - vat)], `${body[body.length - 1]} (${kind})`);
    }
  }
  // (a base and its tax still read as a base: 23 % of 10.00 is 2.30)
  const based = taxLinesWithBase(flattenLines(readingFromText([['VAT', 'A 23% 10.00 2.30', 'B 23% 12.30 2.30']])), TAX_LABELS, []);
  t.same(based.map((b) => [b.base?.value ?? null, b.gross?.value ?? null, b.tax.value]), [[10, null, 2.3], [null, 12.3, 2.3]]);
});
