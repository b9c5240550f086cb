/**
 * @module test/engine/extract/class-summary-rows
 * A tax summary row naming a tax class after an amount or sales word ("Kwota PTU A 23% 7,88",
 * "Kwota A 23,00% 1,60", "Sprzed. opodatk. A 42,15", "Betrag B 7% 0,70") is no item, in any
 * language, and ends the items above it; an item's name holding a letter and a rate
 * ("Vitamin C 20% 3,99") is none.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { classSummaryRow } from '../../../engine/extract/class-summary-row.ts';
import { readingFromText } from '../reading-from-text.ts';

function receipt(rows: string[], total: string) {
  const lines = ['Sklep Zielony Sp. z o.o.', 'ul. Polna 3, 60-101 Poznań', 'NIP 781-100-22-33', '2026-10-02 nr wydr.11873', 'PARAGON FISKALNY', ...rows, total, 'Gotowka 100,00 zł'];
  return extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
}

t.test('the tax class rows of a Polish paragon are no items', async (t) => {
  const r = receipt(['Ser gouda 300g', '1 x9,99 9,99 A', 'Jogurt naturalny', '3 x2,15 6,45 B',
    'Sprzed. opodatk. A 9,99', 'Kwota PTU A 23% 1,87', 'Sprzed. opodatk. B 6,45', 'Kwota B 5,00% 0,31', 'SUMA PTU 2,18'], 'SUMA PLN 16,44');
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['Ser gouda 300g', 1, 9.99, 9.99], ['Jogurt naturalny', 3, 2.15, 6.45]]);
});

t.test('a size read as a price over its quantity row is the name of that row', async (t) => {
  // ("0,5l" read "0,51": the row under it prints the count, the unit price glued to its sign, and the amount)
  const r = receipt(['Woda mineralna 1,5l', '2 x2,49 4,98 A', 'Piwo jasne 0,51', '4 x4,29 17,16 A', 'PTU A 23% 4,14'], 'SUMA PLN 22,14');
  t.same(r.tableItems.map((i) => [i.quantity, i.unitPrice, i.totalAmount]), [[2, 2.49, 4.98], [4, 4.29, 17.16]]);
  t.match(r.tableItems[1].description, /^Piwo jasne/);
});

t.test('classSummaryRow reads a class named after an amount or sales word', async (t) => {
  for (const s of ['Kwota PTU A 23% 7,88', 'Kwota A 23,00% 1,60', 'Sprzed. opodatk. A 42,15', 'SPRZED.OPODATK. B 22,47', 'Betrag B 7% 0,70', 'Suma PTU 8,95']) t.ok(classSummaryRow(s), s);
  for (const s of ['Vitamin C 20% 3,99', 'Kwota 12,00', 'Mleko 3,2% 1l 3,49', 'Sok A 1,99']) t.notOk(classSummaryRow(s), s);
});
