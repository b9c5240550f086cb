/**
 * @module test/engine/extract/figure-before-column
 * A number inside an invoice line's description ("4. Auflage", "klasa 5,") printed near the
 * quantity column, left of its header cell, while the quantity itself sits under that cell, is
 * text: the description runs on past it, and the wrapped line under the row still joins it.
 */
import t from 'tap';
import { extractItems } from '../../../engine/extract/items.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

function rows(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  return extractItems(flattenLines(readingFromText([lines], { kind })), undefined, { columns: true }).map(({ item: i }) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('German: an edition number ends the first line of a wrapped description', async (t) => {
  const lines = ['Muster Handel GmbH', 'Rechnung RE-1', '',
    'Pos Bezeichnung                               Menge  Einzelpreis  USt    Betrag',
    '1   Fachbuch "Recht 2025", 4. Auflage,           3        49,90   7%    149,70',
    '    gebunden',
    '2   Papier A4                                    1        10,00  19%     10,00',
    'Nettobetrag 159,70'];
  const want = [['Fachbuch "Recht 2025", 4. Auflage, gebunden', 3, 49.9, 149.7], ['Papier A4', 1, 10, 10]];
  t.same(rows(lines), want, 'pdf');
  t.same(rows(lines, 'image'), want, 'scan');
});

t.test('Polish: a class number with its comma before the quantity column', async (t) => {
  const lines = ['Hurtownia Sp. z o.o.', 'Faktura VAT nr FV/1', '',
    'Lp. Nazwa towaru lub usługi             Ilość   Cena netto   VAT   Wart. netto',
    '1   Podręcznik "Matematyka" klasa 5,       25       38,90     5%        972,50',
    '    wydanie 2025',
    'Razem netto 972,50'];
  t.same(rows(lines), [['Podręcznik "Matematyka" klasa 5, wydanie 2025', 25, 38.9, 972.5]]);
});

t.test('a quantity under its cell is still the quantity, a figure in the name left of the column stays text', async (t) => {
  t.same(rows(['Bureau Plus SARL', 'Facture F-2025-88', '',
    'Désignation                        Qté   Prix unitaire   Montant',
    'Classeur dos 80 mm, lot de 6        12            2,40     28,80',
    'Total HT 28,80']),
  [['Classeur dos 80 mm, lot de 6', 12, 2.4, 28.8]]);
});
