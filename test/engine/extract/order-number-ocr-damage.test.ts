/**
 * @module test/engine/extract/order-number-ocr-damage
 * An order number under a label OCR damaged in the ways it damages any label
 * (engine/parse/lines.ts keyword): "N Pedido" (the º of "Nº Pedido" lost), "Narud2ba br." (the ž
 * of Croatian "Narudžba br." read as a 2). A bare noun with no sign before it ("Pedido 4500123")
 * or a word ending in n ("En pedido") still labels nothing.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const order = (line: string, kind: 'pdf' | 'image' = 'image') => extractInvoice(readingFromText([[
  'Nordwind Trading', 'Invoice No. INV-2025-100', 'Date: 12/10/2025', line,
  'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00', 'Total                                             1.000,00 EUR',
]], { kind })).formatted.orderNumber;

t.test('an order label with its number sign lost or a marked letter read as a digit', async (t) => {
  for (const [line, want] of [
    ['N Pedido: 4500123', '4500123'], ['N. Pedido 4500123', '4500123'], ['N de pedido: PED-2025-18', 'PED-2025-18'],
    ['Narud2ba br. 2026-77', '2026-77'], ['NARUD2BA BR: NB-0412', 'NB-0412'],
  ] as const) t.equal(order(line), want, line);
});

t.test('no sign, or a word ending in n, before the noun labels nothing', async (t) => {
  for (const line of ['Pedido 4500123', 'En pedido 4500123', 'Npedido 4500123']) t.equal(order(line), null, line);
});
