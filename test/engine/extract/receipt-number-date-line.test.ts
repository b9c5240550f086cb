/**
 * @module test/engine/extract/receipt-number-date-line
 * A receipt number printed after one word or number sign ending the till's date-and-time line, in
 * any language ("09/05/2026 10:14 Nº 000.482.117", "2026/04/18 17:55 Slip 031-77820", "08/02/2026
 * 11:26 Sale 40192", "2026年4月2日(木) 18:21 No. 0417-0331", "2026-01-23 19:07 영수증 20260123-0142",
 * and OCR's stray "今" for a Hangul word it could not read): the documentId when no labelled number
 * is printed (engine/extract/date-line-number.ts). A till's, terminal's, cashier's, table's or
 * card's word, a phone's or a tax registration's, a short number, a number in space-parted groups,
 * words after the number or a line without a time give none; a labelled number wins. East Asian
 * receipt-number labels (JP レシート番号 / 伝票番号, KR 영수증번호 / 거래번호) are labels like any.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([[
  'Harbour Market Ltd', '12 Queens Wharf', ...rows, 'Bread 2.50', 'Milk 1.20', 'TOTAL 3.70', 'Card 3.70', 'Thank you',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test("a number after one word ending the till's date-and-time line", async (t) => {
  for (const [row, want] of [
    ['09/05/2026 10:14 Nº 000.482.117', '000.482.117'], ['09/05/2026 10:14 N? 000.482.117', '000.482.117'],
    ['2026/04/18 17:55 Slip 031-77820', '031-77820'], ['08/02/2026 11:26 Sale 40192', '40192'],
    ['2026年4月2日(木) 18:21 No. 0417-0331', '0417-0331'], ['2026年4月2日(木) 18:21 No.0417-0331', '0417-0331'],
    ['2026-01-23 19:07 영수증 20260123-0142', '20260123-0142'], ['2026-01-23 19:07 今 20260123-0142', '20260123-0142'],
    ['18:21 23.01.2026 Vente 58213', '58213'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test("no number after another number's word, a short number, space-parted groups, words after it or no time", async (t) => {
  for (const row of [
    '08/02/2026 11:26 Till 40192', '08/02/2026 11:26 Terminal 40192', '08/02/2026 11:26 Cashier 1042', '08/02/2026 11:26 Table 1204',
    '08/02/2026 11:26 Tel 0161-5550101', '08/02/2026 11:26 VAT 4490217734', '08/02/2026 11:26 Card 4417', '08/02/2026 11:26 Store 0412',
    '08/02/2026 11:26 Sale 12', '08/02/2026 11:26 Sale 0161 555 0101', '08/02/2026 11:26 Sale 40192 Kasse', '08/02/2026 Sale 40192',
  ]) t.equal(documentId([row]), null, row);
});

t.test('a labelled number wins over the date line', async (t) => {
  t.equal(documentId(['Receipt No: 4471', '08/02/2026 11:26 Sale 40192']), '4471');
});

t.test('East Asian receipt-number labels', async (t) => {
  for (const [row, want] of [
    ['レシート番号 0417-0331', '0417-0331'], ['伝票番号: 004512', '004512'], ['取引番号 88120', '88120'],
    ['영수증번호: 20260123-0142', '20260123-0142'], ['거래번호 004512', '004512'],
  ] as const) t.equal(documentId([row, '2026-01-23']), want, row);
});
