/**
 * @module test/engine/extract/consumption-tax-and-transliterated-vat
 * Tax words of more countries: Colombia's consumption tax on restaurant bills ("Impoconsumo 8%",
 * impuesto nacional al consumo), whose tip under it is a charge and no tax; Israel's VAT as tills
 * transliterate it ("Maam 18%", "Lifnei maam" the net before it, "SAH HAKOL" the total, "NIS" the
 * shekel): the summary lines are read as net, tax and total, and none is an item.
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

t.test('Colombia: the consumption tax is the tax, the voluntary tip a charge', async (t) => {
  const r = derive(['LA CASA DEL AREPA', 'Cra 7 # 72-10, Bogota', 'NIT 900.123.456-7', 'Fecha 2026/02/17 13:22 Mesa 4', 'Arepa queso 2 x 15.000 30.000',
    'Jugo mango 24.000', 'Subtotal 50.000', 'Impoconsumo 8% 4.000', 'Propina voluntaria 5.400', 'TOTAL A PAGAR 59.400', 'Tarjeta 59.400']);
  t.same([r.totalAmount, r.taxAmount, r.netAmount], [59400, 4000, 50000]);
});

t.test('Israel, transliterated: net, VAT and total, in shekels, and no summary line as an item', async (t) => {
  const r = derive(['CAFE NEVE TZEDEK', 'Shabazi 40, Tel Aviv', 'Heshbonit Mas Kabala 40913', 'Taarich 23/07/2026 08:02', 'Hafuch gadol 2 x 16.00 32.00',
    'Croissant 27.00', 'SAH HAKOL Nis 59.00', 'Lifnei maam 50.00', 'Maam 18% 9.00', 'Ashrai 59.00']);
  t.same([r.totalAmount, r.taxAmount, r.netAmount, r.currencyCode], [59, 9, 50, 'ILS']);
  t.same(r.tableItems.map((i) => i.description), ['Hafuch gadol', 'Croissant']);
});
