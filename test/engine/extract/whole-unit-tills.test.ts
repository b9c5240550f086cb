/**
 * @module test/engine/extract/whole-unit-tills
 * Till slips in whole-unit money (yen, won, forint, dong, króna, pesos) whose item lines print
 * no decimals: the items are read with their totals when the lines add up to the total printed
 * below them, also where the page names no currency ("SANDWICH 398 *" ... "TOTAL 764", a tax
 * mark after the price) and where the total's label is Japanese or Chinese ("合計 ¥482", "小計",
 * "お預り", "お釣り"); ids, phone numbers, times and whole figures of a page with cents are never
 * read as amounts (a fresh tester's Tokyo slips gave no items at all).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const receipt = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind, width: 300 })).formatted.multiple_receipts[0];
const items = (lines: string[], kind: 'pdf' | 'image') => receipt(lines, kind).tableItems.map((i) => [i.description, i.totalAmount]);

const SLIPS: [string, string[], (string | number)[][], number][] = [
  ['no currency printed, tax marks after the prices', ['LAWSON', 'TEL 06-1234-5678', '2026/03/12 09:10', 'REG 0012  No 4521', 'SANDWICH   398 *', 'COFFEE     150 *', 'CHOCOLATE  216', 'TOTAL  764', 'CASH 1000', 'CHANGE 236'],
    [['SANDWICH', 398], ['COFFEE', 150], ['CHOCOLATE', 216]], 764],
  ['no currency, comma thousands', ['CAFE HANA', 'SEOUL GANGNAM-GU 123', 'TEL 02-555-1234', '2026-03-12 10:00', 'AMERICANO  4,500', 'CAFE LATTE  5,000', 'CHEESE CAKE  6,500', 'TOTAL  16,000', 'CARD  16,000'],
    [['AMERICANO', 4500], ['CAFE LATTE', 5000], ['CHEESE CAKE', 6500]], 16000],
  ['Japanese labels, yen', ['FAMILY MART', 'SHINJUKU 3-1', 'TEL 03-1234-5678', '2026/03/12 14:22', 'ONIGIRI SAKE    324 *', 'GREEN TEA  158', '合計 ¥482', 'お預り ¥1,000', 'お釣り ¥518'],
    [['ONIGIRI SAKE', 324], ['GREEN TEA', 158]], 482],
  ['Japanese subtotal and total, yen signs on the lines', ['SEVEN ELEVEN', 'OSAKA UMEDA', '2026年3月12日 08:05', 'REG No.0003', 'ONIGIRI TUNA  ¥140 *', 'BENTO KARAAGE  ¥598 *', 'TOILET PAPER  ¥348', '小計  ¥1,086', '合 計  ¥1,086', '現金  ¥2,000', 'お釣り  ¥914'],
    [['ONIGIRI TUNA', 140], ['BENTO KARAAGE', 598], ['TOILET PAPER', 348]], 1086],
  ['Chinese total', ['LUCKY MART', 'TEL 0755-1234567', '2026-03-12 19:30', 'NOODLES  1,200', 'DUMPLINGS  2,400', '合计 3,600'],
    [['NOODLES', 1200], ['DUMPLINGS', 2400]], 3600],
  ['Hungarian, space thousands, a size after a fat content', ['CBA Kisbolt Kft.', '1111 Budapest, Bartók B. út 5.', 'Adószám: 12345678-2-43', 'NYUGTA', 'Kenyér 1 890', 'Tej 2,8% 1 l   459', 'Tojás 10 db  1 290', 'ÖSSZESEN 3 639 Ft', 'Készpénz 5 000', 'Visszajáró 1 361'],
    [['Kenyér', 1890], ['Tej 2,8% 1 l', 459], ['Tojás 10 db', 1290]], 3639],
  ['Vietnamese, dot thousands', ['Quan Ca Phe Sang', '12 Le Loi, Q.1', 'Ngay 12/03/2026 08:15', 'Ca phe sua da  25.000', 'Banh mi  30.000', 'Nuoc cam  35.000', 'TONG CONG 90.000 VND', 'Tien mat 100.000', 'Tien thua 10.000'],
    [['Ca phe sua da', 25000], ['Banh mi', 30000], ['Nuoc cam', 35000]], 90000],
];

for (const [name, lines, want, total] of SLIPS) {
  t.test(`a whole-unit till slip's items: ${name}`, async (t) => {
    for (const kind of ['pdf', 'image'] as const) {
      t.same(items(lines, kind), want, `items (${kind})`);
      t.equal(receipt(lines, kind).totalAmount, total, `total (${kind})`);
    }
  });
}

t.test('a total whose label is not known ends the items where it is their sum', async (t) => {
  const jp = ['FAMILY MART', 'SHINJUKU 3-1', 'TEL 03-1234-5678', '2026/03/12 14:22', 'ONIGIRI SAKE    324 *', 'GREEN TEA  158', 'GOKEI ¥482', 'AZUKARI ¥1,000', 'OTSURI ¥518'];
  const kr = ['CAFE HANA', 'SEOUL GANGNAM-GU 123', '2026-03-12 10:00', 'AMERICANO  4,500', 'CAFE LATTE  5,000', 'CHEESE CAKE  6,500', 'HAPGYE  16,000', 'BADEUN GEUMAEK  20,000', 'GEOSEUREUMDON  4,000'];
  const last = ['LAWSON', 'TEL 06-1234-5678', '2026/03/12 09:10', 'ONIGIRI SAKE    324 *', 'GREEN TEA  158', 'GOKEI ¥482'];
  for (const kind of ['pdf', 'image'] as const) {
    t.same(items(jp, kind), [['ONIGIRI SAKE', 324], ['GREEN TEA', 158]], `yen (${kind})`);
    t.same(items(last, kind), [['ONIGIRI SAKE', 324], ['GREEN TEA', 158]], `the sum the last row (${kind})`);
    t.same(items(kr, kind), [['AMERICANO', 4500], ['CAFE LATTE', 5000], ['CHEESE CAKE', 6500]], `no currency (${kind})`);
  }
});

t.test('whole figures that add up to nothing printed below are no items on a page without a currency', async (t) => {
  const lines = ['HARDWARE STORE', 'TEL 06-1234-5678', '2026/03/12 09:10', 'SCREWS 40', 'NAILS 25', 'TOTAL 99'];
  t.same(items(lines, 'pdf'), []);
});

t.test('a page with cents keeps its whole figures no money', async (t) => {
  const lines = ['CORNER SHOP', 'TEL 020 1234 5678', '12/03/2026 09:10', 'Table 12', 'Guests 2', 'Coffee 2.50', 'Cake 3.50', 'TOTAL 6.00'];
  t.same(items(lines, 'pdf'), [['Coffee', 2.5], ['Cake', 3.5]]);
});
