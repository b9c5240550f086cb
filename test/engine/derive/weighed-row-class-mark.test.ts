/**
 * @module test/engine/derive/weighed-row-class-mark
 * A weighed item on a French or Czech till prints its name on one line and its price row under it
 * ("BANANES" / "0,835 kg x 1,99 EUR/kg 1,66 B"): the price row, with its class mark, belongs to the
 * name above, so the item gets its class's rate and tax. The row may print no times sign ("0,835 kg
 * 1,99 €/kg 1,66 B"), or set its marked total on a line of its own ("0,835 kg x 29,90 Kč/kg" /
 * "24,97 A"). Receipts written by the test.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}
const rows = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => [i.description, i.quantity, i.totalAmount, i.taxAmount]);

const FR_TABLE = ['TVA HT TVA TTC', 'A 20,00% 5,42 1,08 6,50', 'B 5,50% 4,50 0,25 4,75'];
const FR_WANT = [['BANANES', 0.835, 1.66, 0.09], ['VIN ROUGE', 1, 6.5, 1.08], ['POMMES GOLDEN', 1.24, 3.09, 0.16]];

t.test('a weighed row under its name, no times sign between the weight and the price a kilo', async (t) => {
  for (const [banana, apple] of [['  0,835 kg   1,99 €/kg   1,66 B', '  1,240 kg   2,49 €/kg   3,09 B'], ['0,835 kg 1,99 EUR/kg 1,66 B', '1,240 kg 2,49 EUR/kg 3,09 B']]) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = derive(['CARREFOUR MARKET SAS', '12 rue de la Paix 75002 Paris', 'BANANES', banana, 'VIN ROUGE 6,50 A', 'POMMES GOLDEN', apple, 'TOTAL 11,25', ...FR_TABLE], kind);
      t.same(rows(r), FR_WANT, `${kind}: ${banana.trim()}`);
    }
  }
});

t.test('a weighed row whose marked total stands on the line under its weight and price a kilo', async (t) => {
  const fr = derive(['CARREFOUR MARKET SAS', 'BANANES', '0,835 kg x 1,99 EUR/kg', '1,66 B', 'VIN ROUGE 6,50 A', 'POMMES GOLDEN', '1,240 kg x 2,49 EUR/kg', '3,09 B', 'TOTAL 11,25', ...FR_TABLE]);
  t.same(rows(fr), FR_WANT);
  const cz = derive(['Albert Česká republika s.r.o.', 'BANÁNY', '0,835 kg x 29,90 Kč/kg', '24,97 A', 'VÍNO ČERVENÉ 149,90 C', 'JABLKA', '1,240 kg x 39,90 Kč/kg', '49,48 A',
    'CELKEM 224,35', 'DPH %  Základ  DPH', 'A 12% 66,48 7,97 74,45', 'C 21% 123,88 26,02 149,90'], 'image');
  t.same(rows(cz), [['BANÁNY', 0.835, 24.97, 2.68], ['VÍNO ČERVENÉ', 1, 149.9, 26.02], ['JABLKA', 1.24, 49.48, 5.3]]);
});

// (read before this test was written: the times sign's layouts, kept as the specification beside the two above)
t.test('the weighed rows with a times sign: the same item taxes', async (t) => {
  const fr = derive(['CARREFOUR MARKET SAS', 'BANANES', '0,835 kg x 1,99 EUR/kg 1,66 B', 'VIN ROUGE 6,50 A', 'POMMES GOLDEN', '1,240 kg x 2,49 EUR/kg 3,09 B', 'TOTAL 11,25', ...FR_TABLE]);
  t.same(rows(fr), FR_WANT);
  const cz = derive(['BILLA s.r.o.', 'Praha 4', 'BANÁNY', '0,835 kg x 29,90 Kč/kg 24,97 A', 'VÍNO ČERVENÉ 149,90 C', 'JABLKA', '1,240 kg x 39,90 Kč/kg 49,48 A', 'CELKEM 224,35',
    'DPH %  Základ  DPH', 'A 12% 66,48 7,97', 'C 21% 123,88 26,02']);
  t.same(rows(cz), [['BANÁNY', 0.835, 24.97, 2.68], ['VÍNO ČERVENÉ', 1, 149.9, 26.02], ['JABLKA', 1.24, 49.48, 5.3]]);
});
