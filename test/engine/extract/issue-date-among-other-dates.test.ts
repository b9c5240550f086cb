/**
 * @module test/engine/extract/issue-date-among-other-dates
 * An invoice prints other dates beside its issue date: when the goods were delivered, shipped or
 * ordered, when the service was done. Found by a tester on invoices never seen before: a "Ship
 * Date", "D/O Date", "Fecha de entrega" or "Data consegna" line above the issue date's was
 * returned as the issue date, 10 of 10.
 * - A generic issue label inside another date's label ("Date" in "Ship Date", "Fecha" in "Fecha
 *   de entrega", "vom" in "Lieferung vom") is that label, in every language served.
 * - The issue label beside it on the same line, before or after it, is still the issue label.
 * - Under a header row of labels, the column of the issue label holds the issue date.
 * - A strong issue label ("Invoice date", "Rechnungsdatum") wins whatever the line holds.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { issueDates } from '../../../engine/extract/invoice-fields.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const BODY = ['', 'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00',
  'Subtotal                                            1.000,00', 'VAT 23%                                               230,00', 'Total                                             1.230,00 EUR'];

const date = (lines: string[]) => extractInvoice(readingFromText([[...lines, ...BODY]])).formatted.date;

/** Another date's label, then the generic issue label of the same language under it, as the tester's invoices print them. */
const FAMILY: [string, string, string][] = [
  ['en', 'Ship Date', 'Date'], ['en', 'Shipping date', 'Date'], ['en', 'Date shipped', 'Date'], ['en', 'Dispatch date', 'Date'],
  ['en', 'Despatch date', 'Date'], ['en', 'Delivery Date', 'Date'], ['en', 'D/O Date', 'Date'], ['en', 'Order date', 'Date'],
  ['en', 'PO Date', 'Date'], ['en', 'Date of service', 'Date'], ['en', 'Date of supply', 'Date'],
  ['de', 'Lieferung vom', 'Datum'], ['de', 'Versand am', 'Datum'], ['de', 'Bestellung vom', 'Datum'], ['de', 'Datum der Lieferung', 'Datum'],
  ['fr', 'Date de livraison', 'Date'], ["fr", "Date d'expédition", 'Date'], ['fr', 'Date de commande', 'Date'], ['fr', 'Livré le', 'Date'],
  ['es', 'Fecha de entrega', 'Fecha'], ['es', 'Fecha de envío', 'Fecha'], ['es', 'Fecha del pedido', 'Fecha'], ['es', 'Fecha de pedido', 'Fecha'],
  ['it', 'Data consegna', 'Data'], ['it', 'Data di spedizione', 'Data'], ['it', 'Data ordine', 'Data'], ['it', 'Data DDT', 'Data'],
  ['pt', 'Data de entrega', 'Data'], ['pt', 'Data de envio', 'Data'], ['pt', 'Data do pedido', 'Data'], ['pt', 'Data da encomenda', 'Data'],
  ['nl', 'Datum levering', 'Datum'], ['nl', 'Datum verzending', 'Datum'], ['nl', 'Datum bestelling', 'Datum'],
  ['pl', 'Data sprzedaży', 'Data'], ['pl', 'Data dostawy', 'Data'], ['pl', 'Data wysyłki', 'Data'], ['pl', 'Data zamówienia', 'Data'],
];

t.test('another date\'s label printed above the issue date: the issue date, in every language served', async (t) => {
  for (const [lang, other, issue] of FAMILY) {
    // the other date's label shares its line with a tax number, as on the tester's invoices
    t.equal(date(['Northgate Supplies Ltd', 'Tax ID 73-4991323                  Invoice #: F2025/0257', `EIN 73-4991323      ${other}: 01/12/2025`,
      `                              ${issue}: 07/12/2025`]), '07/12/2025', `${lang}: ${other} above ${issue}`);
  }
});

t.test('the issue label on the same line as another date\'s, before or after it', async (t) => {
  t.equal(date(['Northgate Supplies Ltd', 'Invoice #: F2025/0257', 'Date: 07/12/2025        Ship Date: 01/12/2025']), '07/12/2025');
  t.equal(date(['Northgate Supplies Ltd', 'Invoice #: F2025/0257', 'Ship Date: 01/12/2025        Date: 07/12/2025']), '07/12/2025');
  t.equal(date(['Reformas Sur S.L.', 'Factura n: FV/30/4/2025', 'Fecha de entrega: 24/04/2025   Fecha: 26/04/2025']), '26/04/2025');
});

t.test('a header row of labels: the date under the issue label, wherever the other date\'s column stands', async (t) => {
  t.equal(date(['Northgate Supplies Ltd', 'Invoice #: F2025/0257', 'Ship Date        Date', '01/12/2025       07/12/2025']), '07/12/2025');
  t.equal(date(['Northgate Supplies Ltd', 'Invoice #: F2025/0257', 'Date             Ship Date', '07/12/2025       01/12/2025']), '07/12/2025');
});

t.test('a strong issue label wins whatever its line holds; a generic label joined to a number is still the issue label', async (t) => {
  t.equal(date(['Northgate Supplies Ltd', 'Order date: 01/12/2025   Invoice date: 07/12/2025', 'Invoice #: F2025/0257']), '07/12/2025');
  t.equal(date(['Nordlicht GmbH', 'Rechnung Nr. 4711 vom 07.12.2025 zu Ihrer Bestellung vom 01.12.2025']), '07.12.2025');
});

t.test('another date\'s label alone is no issue-date candidate', async (t) => {
  const lines = flattenLines(readingFromText([['Northgate Supplies Ltd', 'Ship Date: 01/12/2025', 'Fecha de entrega: 24/04/2025', 'Data consegna: 13/04/2023']]));
  t.same(issueDates(lines, 'dmy', () => false), []);
});
