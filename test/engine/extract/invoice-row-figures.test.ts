/**
 * @module test/engine/extract/invoice-row-figures
 * An invoice row's figures read right: a quantity of thousands ("1 500", "1,200") before a unit
 * price with cents is the quantity, and a description word that is also a month's short name
 * ("set") before the quantity and the unit price makes no date of the row.
 */
import t from 'tap';
import { extractItems } from '../../../engine/extract/items.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { quantityFirst } from '../../../engine/extract/quantity-first.ts';
import { readingFromText } from '../reading-from-text.ts';

function rows(body: string[], total: string) {
  const lines = flattenLines(readingFromText([['Drukarnia Test Sp. z o.o.', 'FAKTURA VAT nr 1/2025', '-----------------------------', ...body, '-----------------------------', `Razem netto ${total}`]], { kind: 'pdf' }));
  return extractItems(lines, undefined, { columns: true }).map(({ item: i }) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('a quantity of thousands before a unit price with cents is the quantity', async (t) => {
  t.same(rows(['Druk katalogu A4 1500 4,35 8% 6525,00', 'Ulotki A5 kreda 5000 0,21 23% 1050,00', 'Projekt graficzny 1 1200,00 23% 1200,00'], '8775,00'),
    [['Druk katalogu A4', 1500, 4.35, 6525], ['Ulotki A5 kreda', 5000, 0.21, 1050], ['Projekt graficzny', 1, 1200, 1200]]);
  t.same(rows(['Cotton poplin 58in (m)    1,200    142.50    5%    171,000.00', 'Linen blend 56in (m)        400    385.00    5%    154,000.00'], '325,000.00'),
    [['Cotton poplin 58in (m)', 1200, 142.5, 171000], ['Linen blend 56in (m)', 400, 385, 154000]]);
  t.ok(quantityFirst({ value: 2, decimals: 0 }, { value: 350, decimals: 0 }), 'two whole figures: the small left one counts');
  t.notOk(quantityFirst({ value: 12.5, decimals: 2 }, { value: 3, decimals: 0 }), 'a price before its count');
});

t.test('a month\'s short name before a quantity and a unit price makes no date line', async (t) => {
  t.same(rows(['Onderhoudsbeurt bakfiets 6 89,00 21% 534,00', 'Remblokken set 12 14,95 21% 179,40', 'Binnenband zwart 10 7,50 21% 75,00'], '788,40'),
    [['Onderhoudsbeurt bakfiets', 6, 89, 534], ['Remblokken set', 12, 14.95, 179.4], ['Binnenband zwart', 10, 7.5, 75]]);
});
