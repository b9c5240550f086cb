/**
 * @module test/engine/extract/quantity-unit-above-item
 * A till's quantity line printed ABOVE its item, its count carrying a unit word ("2 AD X 12,50"
 * over "EKMEK *25,00", Turkish adet; "3 ADET X 7,50", "2 UN X 1,25", "2 PZ x 1,50", "2 szt x
 * 3,49", "3 ks x 12,90", "2 St x 1,99") gives the item below it its quantity and unit price, as
 * a weighed line does ("1,250 KG X 40,00" over "DOMATES *50,00"); it is no item of its own (a
 * fresh tester's Turkish slip listed "2 AD X 12,50" as an item named after the line above it).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { quantityClause } from '../../../engine/extract/quantity-clause.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind, width: 300 })).formatted.multiple_receipts[0].tableItems
  .map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

const SLIPS: [string, string[], (string | number | null)[][]][] = [
  ['Turkish, AD and a weighed line', ['MIGROS TIC. A.S.', 'ISTANBUL', 'TARIH: 12.03.2026 SAAT: 14:22', 'FIS NO: 0045', '2 AD X 12,50', 'EKMEK  *25,00', '1,250 KG X 40,00', 'DOMATES *50,00', 'SUT  *32,50', 'TOPKDV *8,48', 'TOPLAM *107,50', 'NAKIT *107,50'],
    [['EKMEK', 2, 12.5, 25], ['DOMATES', 1.25, 40, 50], ['SUT', null, null, 32.5]]],
  ['Turkish, ADET', ['BIM A.S.', 'ANKARA', '12/03/2026 10:01', 'FIS NO: 0112', '3 ADET X 7,50', 'SU 0,5 LT  *22,50', '0,850 KG X 60,00', 'PEYNIR  *51,00', 'TOPLAM *73,50'],
    [['SU 0,5 LT', 3, 7.5, 22.5], ['PEYNIR', 0.85, 60, 51]]],
  ['Portuguese, UN', ['Mercearia Lisboa', 'Rua Augusta 10', '12-03-2026 09:12', 'Fatura simplificada FS 1/204', '2 UN X 1,25', 'PAO DE FORMA  2,50', 'LEITE MEIO GORDO  0,89', '4 UN X 0,60', 'IOGURTE  2,40', 'TOTAL 5,79'],
    [['PAO DE FORMA', 2, 1.25, 2.5], ['LEITE MEIO GORDO', null, null, 0.89], ['IOGURTE', 4, 0.6, 2.4]]],
  ['Italian, PZ', ['Alimentari Rossi', 'Via Roma 1, Torino', '12/03/2026 18:40', 'DOC. N. 0231', '2 PZ x 1,50', 'ACQUA NATURALE  3,00', 'PANE  2,20', '3 PZ x 0,90', 'YOGURT  2,70', 'TOTALE 7,90'],
    [['ACQUA NATURALE', 2, 1.5, 3], ['PANE', null, null, 2.2], ['YOGURT', 3, 0.9, 2.7]]],
  ['Polish, szt', ['Sklep Spozywczy', 'ul. Dluga 5, Gdansk', '2026-03-12 11:05', 'Paragon nr 4411', '2 szt x 3,49', 'Maslo  6,98', 'Chleb  4,20', 'SUMA PLN 11,18'],
    [['Maslo', 2, 3.49, 6.98], ['Chleb', null, null, 4.2]]],
  ['Czech, ks', ['Potraviny Novak', 'Praha 2', '12.03.2026 08:30', 'Uctenka c. 991', '3 ks x 12,90', 'Rohlik  38,70', 'Mleko  21,90', 'CELKEM 60,60 Kc'],
    [['Rohlik', 3, 12.9, 38.7], ['Mleko', null, null, 21.9]]],
];

for (const [name, lines, want] of SLIPS) {
  t.test(`a quantity line with a unit word above its item: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) t.same(items(lines, kind), want, kind);
  });
}

t.test('the unit word between the count and the times sign', async (t) => {
  t.same(quantityClause('2 AD X 12,50', null), { quantity: 2, unitPrice: 12.5, start: 0, end: 12 });
  t.same(quantityClause('3 ADET X 7,50', 22.5)?.quantity, 3);
  t.same(quantityClause('2 St. x 1,99', 3.98)?.unitPrice, 1.99);
  t.same(quantityClause('2 szt x 1 250', 2500, true)?.unitPrice, 1250, 'whole money');
  t.equal(quantityClause('2 AD X 12,50', 26), null, 'the product must make the amount');
  t.equal(quantityClause('2 lemons X 12,50', null), null, 'a word that is no count unit is no clause');
});
