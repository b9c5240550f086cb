/**
 * @module test/engine/extract/receipt-supplier-item-line
 * An item line of a phone photo's receipt that begins with a shop's word ("Cafe creme", "Cafe
 * con leche") is never the supplier, below the till's date or over its quantity and price; the
 * name at the top is.
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A phone photo's receipt: the lines read, then the rest of the long slip below them (the header's 40 % of the page reaches the items). */
const sup = (lines: string[]) => receiptSupplier(flattenLines(readingFromText([[...lines, ...Array(14).fill(''), 'Merci de votre visite']], { kind: 'image' })))?.name ?? null;

t.test('an item beginning with a shop word is no supplier', async (t) => {
  t.equal(sup(['Boulangerie Martin', '3 place Bellecour, 69002 Lyon', 'Ticket n° 504256', '16/03/2026 18:16', 'Cafe creme', '2 x 8,37 16,74 A', 'Croque-monsieur 6,55', 'TOTAL TTC 23,29', 'TVA 20% 13,95 2,79']), 'Boulangerie Martin', 'under the date, over its quantity');
  t.equal(sup(['Supermercado Sol Valencia', 'Av. del Puerto 120,46023 Valencia', 'Factura simplificada No 591089', '15/04/2026 08:08', 'Cafe con leche', '3 x 9.90 29,70 A', 'Tortilla B', '10,93', 'TOTAL 62,95']), 'Supermercado Sol Valencia');
  t.equal(sup(['Panaderia Luz', 'Calle Mayor 5', '15/04/2026 08:08', 'Cafe solo', 'Tostada', '', 'TOTAL 4,95']), 'Panaderia Luz', 'under the date, with no quantity line');
  t.equal(sup(['Fruteria Ana', 'Calle Mayor 5', 'Bistro menu', '1 x 12,50 12,50', '15/04/2026 08:08', 'TOTAL 12,50']), 'Fruteria Ana', 'over its quantity, above the date');
});

t.test('a shop word that names the shop at the top still does', async (t) => {
  t.equal(sup(['CAFE LUNA', '12 High Street', '15/04/2026 08:08', 'Latte 3.50', 'TOTAL 3.50']), 'CAFE LUNA');
  t.equal(sup(['Harbour Cafe', '12 High Street', '15/04/2026 08:08', 'Cafe latte', '2 x 3.50 7.00', 'TOTAL 7.00']), 'Harbour Cafe');
});
