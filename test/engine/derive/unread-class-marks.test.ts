/**
 * @module test/engine/derive/unread-class-marks
 * Specification of engine/derive/unread-class-marks.ts: a photo of a till roll whose class letter
 * OCR lost or garbled on a line or two ("Bananen lose BA" over "1,78", "Paint brush set 9B" over
 * "12.99"), under a class table printing each class's rate, net, tax and gross. The items whose
 * letters were read make part of each class's gross; an item whose letter was not read has the
 * class whose gross it completes, where exactly one way of giving the unread items classes makes
 * every class's items add up to its row's gross. Anything else leaves the line taxes untold.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classMarksByGross } from '../../../engine/derive/unread-class-marks.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}

const till = (milk: string[], table: string[]) => ['Markt Seeblick GmbH', 'Seestr. 4, 24103 Kiel', 'Datum: 02.03.2026 Bon-Nr.: 812', 'Brot 750g 2,89 A', ...milk,
  'Spuelmittel 1,45 B', 'Kaese 400g 3,29 A', 'SUMME EUR 9,23', 'Karte 9,23', 'MwSt % Netto MwSt Brutto', ...table];
const TABLE = ['A 7% 7,27 0,51 7,78', 'B 19% 1,37 0,26 1,63'];

t.test('a letter lost on one line: the class whose gross its total completes', async (t) => {
  // (A: 2,89 + 1,60 + 3,29 = 7,78; B: 1,45 is 0,18 short of 1,63, which no unread item makes: so the milk is A)
  const r = derive(till(['Milch 1L BA', '1,60'], ['A 7% 7,27 0,51 7,78', 'B 19% 1,22 0,23 1,45']));
  t.same(r.tableItems.map((i) => i.taxAmount), [0.19, 0.1, 0.23, 0.22]);
  t.same(r.tableItems.map((i) => i.netAmount), [2.7, 1.5, 1.22, 3.07]);
});

t.test('two letters lost, one of them where the quantity row a speck broke, "2 x :1,60 3,20 A"; the table\'s letter read "A."', async (t) => {
  // (A: 2,89 + 3,20 + 1,78 + 3,29 = 11,16; B: 1,45)
  const r = derive(['Markt Seeblick GmbH', 'Seestr. 4, 24103 Kiel', 'Datum: 02.03.2026 Bon-Nr.: 812', 'Brot 750g 2,89 A', 'Milch 1L', '2 x :1,60 3,20 A', 'Bananen BA', '1,78',
    'Spuelmittel 1,45 B', 'Kaese 400g 3,29 A', 'SUMME EUR 12,61', 'Karte 12,61', 'MwSt % Netto MwSt Brutto', 'A. 7% 10,43 0,73 11,16', 'B 19% 1,22 0,23 1,45']);
  t.same(r.tableItems.map((i) => i.taxAmount), [0.19, 0.21, 0.12, 0.23, 0.22]);
});

t.test('the sums leave more than one reading, or none: no line tax', async (t) => {
  const r = derive(till(['Milch 1L BA', '1,60'], TABLE));
  t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null, null], 'B is 0,18 short and no item makes it up');
  const items = [{ description: 'Brot', totalAmount: 1 }, { description: 'Milch', totalAmount: 1 }, { description: 'Seife', totalAmount: 1 }];
  t.equal(classMarksByGross(items, 'Brot 1,00 A\nMilch XX\n1,00\nSeife XY\n1,00\nA 10% 1,82 0,18 2,00\nB 20% 0,83 0,17 1,00'), null, 'either unread item may be the B');
  t.same(classMarksByGross(items, 'Brot 1,00 A\nMilch XX\n1,00\nSeife 1,00 B\nA 10% 1,82 0,18 2,00\nB 20% 0,83 0,17 1,00'), ['A', 'A', 'B']);
});
