/**
 * @module test/engine/derive/bracketed-line-rates
 * Specification: an Argentine fiscal ticket prints each item's IVA rate in brackets, without a %
 * sign, before its price ("ARROZ 1KG (21,00) 1.210,00"), and the tax the total contains ("IVA
 * Contenido $672,00"). Where every item's line prints such a rate and the line taxes at those rates
 * add up to the printed tax, each line's tax is its total x r / (1 + r). A rebate row under an item
 * ("BONIF. ACEITE 10% -242,00") is that item's line discount, its rate the item's. When the taxes do
 * not add up, the bracketed figures are not taken for rates: the line taxes stay null.
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

const ticket = (tax: string) => ['DESPENSA LA ESQUINA S.A.', 'C.U.I.T. Nro: 30-70998877-1', 'Av. Rivadavia 5120 - C.A.B.A.', 'IVA RESPONSABLE INSCRIPTO',
  'TIQUE FACTURA B', 'Fecha 21/03/2026 Hora 18:02', '1,000 x 1.210,00', 'ARROZ LARGO FINO 1KG (21,00) 1.210,00', '2,000 x 442,00',
  'HARINA TRIPLE CERO 1KG (10,50) 884,00', '1,000 x 2.420,00', 'ACEITE GIRASOL 900ML (21,00) 2.420,00', 'BONIF. ACEITE 10% -242,00',
  'TOTAL $4.272,00', 'Efectivo $4.272,00', 'Régimen de Transparencia Fiscal al', 'Consumidor (Ley 27.743)', `IVA Contenido ${tax}`];

t.test('a rate in brackets on every line, the taxes adding up to the tax contained', async (t) => {
  const r = derive(ticket('$672,00'));
  t.same(r.tableItems.map((i) => i.description), ['ARROZ LARGO FINO 1KG', 'HARINA TRIPLE CERO 1KG', 'ACEITE GIRASOL 900ML']);
  t.same(r.tableItems.map((i) => i.discountAmount), [0, 0, 242]);
  t.same(r.tableItems.map((i) => i.totalAmount), [1210, 884, 2178]);
  t.same(r.tableItems.map((i) => i.taxAmount), [210, 84, 378]);
  t.same(r.tableItems.map((i) => i.netAmount), [1000, 800, 1800]);
});

t.test('taxes that do not add up to the printed tax: no bracketed figure is a rate', async (t) => {
  t.same(derive(ticket('$700,00')).tableItems.map((i) => i.taxAmount), [null, null, null]);
});
