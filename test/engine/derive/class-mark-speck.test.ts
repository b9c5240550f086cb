/**
 * @module test/engine/derive/class-mark-speck
 * A class letter after an item's price with a scan's speck after it ("6,40 A'", "3,80 B`",
 * "2,10 A·") is still that item's class: every item's tax then comes from its class's rate.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { itemClassMarks } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image', width: 260 }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const lineTax = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => i.taxAmount);

t.test('an Austrian slip whose class letter has a speck after it', async (t) => {
  const r = derive(['Gasthaus Zum Hirschen', 'Hauptplatz 5, 5020 Salzburg', 'Rechnung Nr. 2026-000812', 'Tisch 4 12.02.26 19:40',
    '2 Gulaschsuppe 6,90 13,80 A\'', '1 Radler 4,20 4,20 B', '1 Kaiserschmarrn 8,50 8,50 A', 'SUMME EUR 26,50', 'Netto MwSt Brutto', 'A 10% 20,27 2,03 22,30', 'B 20% 3,50 0,70 4,20', 'Bankomat 26,50']);
  t.same(lineTax(r), [1.25, 0.7, 0.77]);
});

t.test('a Czech and a Polish slip, specks of other shapes', async (t) => {
  const cz = derive(['Potraviny U Lipy s.r.o.', 'Hlavni 3, 602 00 Brno', 'Uctenka c.: 2026/0042', 'Datum: 02.03.2026 09:12',
    'Rohlik 12,00 B`', 'Vino bile 189,00 A·', 'CELKEM Kc 201,00', 'Hotove 201,00', 'Sazba Zaklad DPH Celkem', 'A 21% 156,20 32,80 189,00', 'B 12% 10,71 1,29 12,00']);
  t.same(lineTax(cz), [1.29, 32.8]);
  t.same(itemClassMarks([{ description: 'Chleb', totalAmount: 6.15 }, { description: 'Mleko', totalAmount: 5.4 }], 'Chleb 6,15 A’\nMleko 5,40 B\nPTU A 23% 1,15\nPTU B 8% 0,40'), ['A', 'B']);
});
