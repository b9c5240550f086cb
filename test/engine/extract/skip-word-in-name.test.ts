/**
 * @module test/engine/extract/skip-word-in-name
 * A header word inside an item's name ("Mise en page  1  450,00  21%  450,00") does not drop the
 * row when its quantity times its unit price makes its amount; a line opening with the word
 * ("Page 1 of 2") is still no item.
 */
import t from 'tap';
import { extractItems } from '../../../engine/extract/items.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a header word inside a proven item row keeps the row', async (t) => {
  const lines = flattenLines(readingFromText([['Imprimerie Mosane SRL', 'Désignation     Qté      P.U. HT     TVA     Montant HT', 'Affiches A2 couleur     150     2,40     21%     360,00',
    'Mise en page     1     450,00     21%     450,00', 'Page 1 of 2     12,00', '-----', 'Total HT 810,00']], { kind: 'pdf' }));
  t.same(extractItems(lines, undefined, { columns: true }).map(({ item: i }) => [i.description, i.quantity, i.unitPrice, i.totalAmount]),
    [['Affiches A2 couleur', 150, 2.4, 360], ['Mise en page', 1, 450, 450]]);
});
