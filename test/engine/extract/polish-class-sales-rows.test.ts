/**
 * @module test/engine/extract/polish-class-sales-rows
 * A Polish fiscal receipt's sales per tax class ("Sprzedaż opodatkowana A 27,57", its ż lost by a
 * scan: "Sprzedaz") are summary rows, never items (an eighteenth tester's Kraków slip listed three
 * of them as items, so its items added up to twice the total).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('the sales of each tax class are no items', async (t) => {
  for (const word of ['Sprzedaż opodatkowana', 'Sprzedaz opodatkowana', 'SPRZEDAZ OPODATKOWANA']) {
    const lines = ['Sklep Spozywczy Lipa', 'ul. Dluga 17, 31-147 Krakow', 'NIP 676-214-88-31', 'PARAGON FISKALNY', '2026-11-10 18:22', 'Paragon nr 004512',
      'Chleb zytni 500g', '1 x5,49 5,49C', 'Kawa mielona 250g', '1 x18,99 18,99A', `${word} C 5,49`, `${word} A 18,99`, 'PTU C 5% 0,26', 'PTU A 23% 3,55', 'SUMA PTU 3,81', 'SUMA PLN 24,48', 'Karta 24,48'];
    const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
    t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['Chleb zytni 500g', 5.49], ['Kawa mielona 250g', 18.99]], word);
    t.equal(r.totalAmount, 24.48, `${word}: total`);
  }
});
