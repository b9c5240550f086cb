/**
 * @module test/engine/extract/figure-ending-item-name
 * A whole figure ending an item's name (a model number, a size, a year, a pack count: "Werkbank
 * Modell Pro 7", "Safety boots size 44", "Jahreskalender 2026", "Cable ties (pack 100)") stays in
 * the description when the figures after it account for the row's columns: two of them make the
 * amount (or the net value a gross amount follows), or they sit under the header's quantity and
 * price/amount cells while it sits left of them. A figure set apart by a column gap is a column of
 * its own, and a count whose product makes the amount is still the quantity.
 */
import t from 'tap';
import { extractItems } from '../../../engine/extract/items.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

function rows(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  return extractItems(flattenLines(readingFromText([lines], { kind })), undefined, { columns: true }).map(({ item: i }) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('English invoice: sizes, models and pack counts end the name; the arithmetic names the columns', async (t) => {
  const lines = ['Northgate Supplies Ltd', 'Invoice INV-5531', '',
    'Description                         Qty     Unit price      Amount',
    'Safety boots size 44                  2          59.00      118.00',
    'Cable ties (pack 100)                 4           3.50       14.00',
    'Router Wi-Fi 6                        1          89.00       89.00',
    'Annual report 2025                    3          12.00       36.00',
    'Subtotal 257.00'];
  const want = [['Safety boots size 44', 2, 59, 118], ['Cable ties (pack 100)', 4, 3.5, 14], ['Router Wi-Fi 6', 1, 89, 89], ['Annual report 2025', 3, 12, 36]];
  t.same(rows(lines), want, 'pdf');
  t.same(rows(lines, 'image'), want, 'scan');
});

t.test('German and French rows with a unit word and a rate column, and no header the reader knows', async (t) => {
  t.same(rows(['Werkstattbedarf Kühn GmbH', 'Rechnung 2025-0412', '',
    'Bezeichnung                      Menge        Einzelpreis   USt.     Betrag',
    'Werkbank Modell Pro 7             2 Stk         249,00     19 %     498,00',
    'Jahreskalender 2026              10 Stk           4,50      7 %      45,00',
    'Summe netto 543,00']),
  [['Werkbank Modell Pro 7', 2, 249, 498], ['Jahreskalender 2026', 10, 4.5, 45]]);
  t.same(rows(['Bureau Plus SARL', 'Facture F-2025-88', '',
    'Réf / libellé du produit',
    'Écran 27 pouces série 5      3     210,00    20 %    630,00',
    'Classeur dos 80             12       2,40    20 %     28,80',
    'Total HT 658,80']),
  [['Écran 27 pouces série 5', 3, 210, 630], ['Classeur dos 80', 12, 2.4, 28.8]]);
});

t.test('the header cells prove it where the arithmetic cannot (a rounded or discounted line)', async (t) => {
  t.same(rows(['Arbeitsschutz Nord GmbH', 'Rechnung 2025-0413', '',
    'Bezeichnung                      Menge        Einzelpreis   USt.     Betrag',
    'Schutzhelm Klasse 2               5 Stk          20,00     19 %      90,00',
    'Summe netto 90,00']),
  [['Schutzhelm Klasse 2', 5, 20, 90]]);
});

t.test('a figure that is a column or the quantity stays one', async (t) => {
  // (a count whose product with the price makes the amount is the quantity: "Kabelbinder 2 1,25 2,50")
  t.same(rows(['Baumarkt Huber', 'Rechnung 7', '', 'Kabelbinder 2 1,25 2,50', 'Schrauben 3 0,80 2,40', 'Summe 4,90']),
    [['Kabelbinder', 2, 1.25, 2.5], ['Schrauben', 3, 0.8, 2.4]]);
  // (an article number in a column of its own, a gap before it, is no word of the name)
  t.same(rows(['Elektro Sander GmbH', 'Rechnung 2025-77', '', 'Artikel          Nr.       Menge    Preis     Betrag',
    'Steckdose        417         6       3,20      19,20', 'Summe netto 19,20']), [['Steckdose', 6, 3.2, 19.2]]);
  t.same(rows(['Cole Electrical Ltd', 'Invoice 2025-78', '', 'Socket white        208     6     3.20     19.20', 'Subtotal 19.20']), [['Socket white', 6, 3.2, 19.2]]);
});
