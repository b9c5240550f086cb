/**
 * @module test/engine/extract/pack-size
 * A pack size at the end of an item's name ("Tojás 10 db 1 290", "Eggs 12 pcs 3.49", "Mleko 1 l
 * 3,99", "Wasser 6x1,5l 4,49") says what the item is, not how many were bought: it stays in the
 * description and is no quantity (testers' rows came out "Eggs", quantity 12, unit price 0.29).
 * A count whose product with a price after it makes the amount is still a quantity, and a weight
 * a scale printed ("1,234 kg") is no pack size.
 */
import t from 'tap';
import { packSize } from '../../../engine/extract/pack-size.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 260 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0].tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
}

t.test('the pack sizes a name may end with', async (t) => {
  const cases: [string, string | null][] = [
    ['Tojás 10 db ', '10 db'], ['Eggs 12 pcs ', '12 pcs'], ['Mleko 1 l ', '1 l'], ['Wasser 6x1,5l ', '6x1,5l'], ['MILK 1 GAL ', '1 GAL'],
    ['Cola 0,5l ', '0,5l'], ['Saft 4 x 250 ml ', '4 x 250 ml'],
    ['Bananen 1,234 kg ', null], ['12 pcs ', null], ['Coffee 2 x ', null], ['Eggs 12 pcs and more ', null],
  ];
  for (const [text, pack] of cases) {
    const p = packSize(text);
    t.equal(p && text.slice(p.start, p.end), pack, text);
  }
});

t.test('a pack size stays in the description, the quantity is 1', async (t) => {
  t.same(items(['ABC Kisbolt Kft.', 'Budapest, Fo utca 1.', 'NYUGTA', 'Tojás 10 db 1 290', 'Kenyer 459', 'OSSZESEN 1 749 Ft']),
    [['Tojás 10 db', 1, 1290, 1290], ['Kenyer', 1, 459, 459]], 'forint, thousands grouped by a space');
  t.same(items(['CORNER MARKET', '123 Main St', '05/12/2025', 'Eggs 12 pcs 3.49', 'MILK 1 GAL 4.29', 'TOTAL 7.78']),
    [['Eggs 12 pcs', 1, 3.49, 3.49], ['MILK 1 GAL', 1, 4.29, 4.29]]);
  t.same(items(['Sklep ABC', 'ul. Dluga 1', '12.05.2025', 'Mleko 1 l 3,99', 'Chleb 4,50', 'SUMA PLN 8,49']), [['Mleko 1 l', 1, 3.99, 3.99], ['Chleb', 1, 4.5, 4.5]]);
  t.same(items(['Getraenke Markt', 'Hauptstr. 1', '12.05.2025', 'Wasser 6x1,5l 4,49', 'Brot 2,50', 'SUMME EUR 6,99']), [['Wasser 6x1,5l', 1, 4.49, 4.49], ['Brot', 1, 2.5, 2.5]]);
});

t.test('a count whose product with a price after it makes the amount is a quantity still', async (t) => {
  t.same(items(['Baumarkt Nord', 'Hauptstr. 1', '12.05.2025', 'Kabel 10 m 2,50 25,00', 'Schrauben 3,00', 'SUMME EUR 28,00']), [['Kabel', 10, 2.5, 25], ['Schrauben', 1, 3, 3]]);
});

t.test('pieces in the Baltic, Balkan and Southern languages and a pharmacy\'s tablets are pack sizes too (a fifteenth tester\'s "Pleistrai 20 vnt" came back as 20 plasters at 0.16)', async (t) => {
  for (const [text, pack] of [['Pleistrai 20 vnt ', '20 vnt'], ['Olas 10 gab ', '10 gab'], ['Munad 10 tk ', '10 tk'], ['Jaja 10 kom ', '10 kom'],
    ['Uova 6 pz ', '6 pz'], ['Huevos 12 uds ', '12 uds'], ['Paralen 500 mg 24 tbl ', '24 tbl']] as const) {
    const p = packSize(text);
    t.equal(p && text.slice(p.start, p.end), pack, text);
  }
  t.same(items(['VAISTINE UAB', 'Vilnius', 'Kvito Nr. 12', 'Pleistrai 20 vnt 3,20 A', 'Vitaminas C 9,40 A', 'MOKETI 12,60']),
    [['Pleistrai 20 vnt', 1, 3.2, 3.2], ['Vitaminas C', 1, 9.4, 9.4]]);
});
