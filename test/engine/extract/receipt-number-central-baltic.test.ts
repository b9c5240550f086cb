/**
 * @module test/engine/extract/receipt-number-central-baltic
 * Receipt numbers under the labels of Central European and Baltic tills (a thirteenth tester's):
 * Croatian "Račun br." (its number glued after the point on a scan: "Racun br.84051"; a fiscal
 * number with its premises and device: "123/PP1/1"), Slovene "Račun št.", Slovak "Doklad č." (its
 * č read as "?" by OCR), Latvian "Čeks Nr.", Estonian "Tšekk nr", Lithuanian "Kvito Nr.",
 * Hungarian "Nyugta sorszám", each with its marked letters as printed and as a scan or a plain
 * font drops them.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const cases: [string, string][] = [
  ['Račun br. 533117', '533117'],
  ['Racun br.84051', '84051'],
  ['Račun br: 123/PP1/1', '123/PP1/1'],
  ['Broj računa: 2291', '2291'],
  ['Račun št. 391151', '391151'],
  ['Racun st. 391151', '391151'],
  ['Doklad č. 454396', '454396'],
  ['Doklad ?. 454396', '454396'],
  ['Číslo dokladu: 0071234', '0071234'],
  ['Čeks Nr. 916807', '916807'],
  ['Ceks Nr. 432782', '432782'],
  ['Tšekk nr 420617', '420617'],
  ['Tsekk nr 802296', '802296'],
  ['Kvito Nr.213400', '213400'],
  ['Čekio Nr. 77120', '77120'],
  ['Nyugta sorszám 302344', '302344'],
  ['Nyugta sorszam: 0042/00173', '0042/00173'],
];

t.test('a Central European or Baltic receipt label gives its number', async (t) => {
  for (const [label, id] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const lines = ['KAVARNA CENTRAL', 'Glavna ulica 12', label, '12.05.2025 12:30', 'Kava 2 x 1,50 3,00 A', 'UKUPNO EUR 3,00', 'Kartica 3,00'];
      t.equal(extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0].documentId, id, `${label} (${kind})`);
    }
  }
});

t.test('the till document word without a number is no label', async (t) => {
  const lines = ['KAVARNA CENTRAL', 'Glavna ulica 12', 'Doklad ?', '12.05.2025 12:30', 'Kava 2 x 1,50 3,00 A', 'SPOLU EUR 3,00'];
  t.equal(extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0].documentId, null);
});
