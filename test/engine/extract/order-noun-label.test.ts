/**
 * @module test/engine/extract/order-noun-label
 * The bare order noun printed with a capital as a header field's label, without a colon, its id
 * right after it on the line ("Zamówienie ZAM-4471", "Auftrag A-3307", "Bestelling BST-2025-9",
 * "Ordine ORD/118", "Pedido PED-55120"), names the order number. The id holds letters and digits,
 * or digit groups joined by a dash or a slash: a price, a count, a date or a plain number after
 * the noun is none, nor is the noun in a sentence, lower-case.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const order = (line: string | string[]) => extractInvoice(readingFromText([[
  'Nordwind Trading', 'Invoice No. INV-2025-100', 'Date: 12/10/2025', ...(Array.isArray(line) ? line : [line]),
  'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00', 'Total                                             1.000,00 EUR',
]])).formatted.orderNumber;

t.test('the capitalised noun and an id beside it, in the header block', async (t) => {
  for (const [line, want] of [
    ['ul. Szkolna 1                        Zamówienie ZAM-4471', 'ZAM-4471'],
    ['Musterstraße 4                       Auftrag A-3307', 'A-3307'],
    ['AUFTRAG 2025/118', '2025/118'],
    ['Bestelling BST-2025-9', 'BST-2025-9'], ['Ordine ORD/118', 'ORD/118'], ['Pedido PED-55120', 'PED-55120'],
    ['Encomenda 2025/0091', '2025/0091'], ['Order SO-77812', 'SO-77812'],
  ] as const) t.equal(order(line), want, line);
});

t.test('a price, a count, a date or a sentence after the noun is no order number', async (t) => {
  t.equal(order('Gastos de envío del pedido PED-12'), null, 'lower-case, inside a sentence');
  t.equal(order('Auftrag 12 Stück'), null, 'a count');
  t.equal(order('Bestellung 02.10.2025'), null, 'a date');
  t.equal(order('Auftrag erteilt am 02.10.2025 per E-Mail'), null, 'words after the noun');
  t.equal(order('Pedido 12,50'), null, 'a price');
  t.equal(order('Pedido 4500123'), null, 'a plain number');
});

t.test('a full label elsewhere on the page wins over the bare noun', async (t) => {
  t.equal(order(['Auftrag A-3307', 'Bestellnummer B-88213']), 'B-88213');
});
