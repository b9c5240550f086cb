/**
 * @module test/engine/extract/name-on-same-row
 * A scan that split one item row into its figures ("2 90.00") and, a few pixels lower, its name
 * ("2 QUESADILLA FLOR"): the figures take the name, and the name's line is no item of its own.
 */
import t from 'tap';
import { extractItems } from '../../../engine/extract/items.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('the figures of a split row take the name printed on the same row', async (t) => {
  const reading = readingFromText([['TAQUERIA EL SOL', 'Ticket: A-88213', '4 TACOS AL PASTOR 112.00', '2                        90.00', '2 QUESADILLA FLOR', '2 AGUA DE JAMAICA 70.00',
    'SUBTOTAL 272.00']], { kind: 'image' });
  // the name's line sits on the figures' row, a few units lower
  const [figs, name] = [reading.pages[0].lines[3], reading.pages[0].lines[4]];
  const dy = name.box.y - figs.box.y - 3;
  name.box = { ...name.box, y: name.box.y - dy };
  name.words = name.words.map((w) => ({ ...w, box: { ...w.box, y: w.box.y - dy } }));
  t.same(extractItems(flattenLines(reading)).map(({ item: i }) => [i.description, i.quantity, i.totalAmount]),
    [['TACOS AL PASTOR', 4, 112], ['QUESADILLA FLOR', 2, 90], ['AGUA DE JAMAICA', 2, 70]]);
});
