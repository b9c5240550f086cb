/**
 * @module test/engine/extract/figures-in-item-name
 * A figure inside an item's name, before the amount column, is part of the name: a count in
 * parentheses ("Empanada de carne (2) 7,00", "Croquetas (6)", "Tapa (3 uds)") and a number a
 * word of the name follows ("Pizza 4 formaggi 9,50", "Menu 2 personas 25,00"). It is no
 * quantity and does not cut the description (a fresh tester's "Empanada de carne (2) 7.000"
 * came out as "Empanada de"). A count printed right before the amount still is a quantity
 * where its product makes it ("Cable 2 1,25 2,50").
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind, width: 300 })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.totalAmount]);

const BILLS: [string, string[], (string | number | null)[][]][] = [
  ['Spanish tapas', ['Bar Central', 'Calle Sierpes 4, Sevilla', '12/03/2026 21:10', 'Empanada de carne (2)      7,00', 'Agua mineral 500 ml      1,20', 'Croquetas (6)      8,40', 'Tapa (3 uds)      6,00', 'TOTAL 22,60'],
    [['Empanada de carne (2)', null, 7], ['Agua mineral 500 ml', null, 1.2], ['Croquetas (6)', null, 8.4], ['Tapa (3 uds)', null, 6]]],
  ['Italian pizzeria', ['Pizzeria Napoli', 'Via Toledo 12, Napoli', '12/03/2026 20:05', 'Pizza 4 formaggi  9,50', 'Pizza Margherita (grande)  9,50', 'Birra 66 cl  4,50', 'Menu 2 persone  25,00', 'TOTALE 48,50'],
    [['Pizza 4 formaggi', null, 9.5], ['Pizza Margherita (grande)', null, 9.5], ['Birra 66 cl', null, 4.5], ['Menu 2 persone', null, 25]]],
  ['French cafe', ['Cafe de Flore', 'Bd Saint-Germain, Paris', '12/03/2026 09:40', 'Croissant (2)  3,00', 'Cafe creme (grand)  4,20', 'Formule 3 plats  22,00', 'TOTAL 29,20'],
    [['Croissant (2)', null, 3], ['Cafe creme (grand)', null, 4.2], ['Formule 3 plats', null, 22]]],
  ['Argentine pesos with cents', ['Parrilla Don Juan', 'CUIT 30-12345678-9', 'Av. Corrientes 1200, Buenos Aires', '12/03/2026', 'Empanada de carne (2)  7.000,00', 'Provoleta (grande)  9.500,00', 'TOTAL $ 16.500,00'],
    [['Empanada de carne (2)', null, 7000], ['Provoleta (grande)', null, 9500]]],
];

for (const [name, lines, want] of BILLS) {
  t.test(`figures inside an item's name stay in it: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) t.same(items(lines, kind), want, kind);
  });
}

t.test('a count right before the prices is still the quantity', async (t) => {
  const lines = ['Baumarkt Huber', 'Linz', '12.03.2026', 'Kabelbinder 2 1,25 2,50', 'Schrauben 3 0,80 2,40', 'SUMME 4,90'];
  t.same(items(lines, 'pdf'), [['Kabelbinder', 2, 2.5], ['Schrauben', 3, 2.4]]);
});
