/**
 * @module test/engine/extract/dong-count-rows
 * Vietnamese receipts count in whole dong, dots grouping the thousands: "Ca phe sua da  2  25.000
 * 50.000" is two at 25 000 for 50 000, "TONG CONG 125.000" a total of 125 000 VND. The page says
 * it is in dong by its words (Tổng cộng, Tổng tiền, Đơn giá, Tiền mặt, Tiền thối / thừa, with or
 * without their marks), its places (Đà Nẵng, Sài Gòn, Hải Phòng, Cần Thơ...) or the dong's sign
 * glued to its figures ("50.000đ", "50.000d" as a scan reads đ, "50.000VND"). Before, a till
 * printing "Tổng tiền" and no other mark read 125.000 as 125 and its rows as 2 at 1; one gluing
 * "d" to its figures lost every row.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { findAmounts } from '../../../engine/parse/amounts.ts';
import { readingFromText } from '../reading-from-text.ts';

const bill = (lines: string[]) => {
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  return { total: r.totalAmount, currency: r.currencyCode, rows: r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]) };
};

t.test('a count column, the total labelled TONG CONG (read so before: coverage)', async (t) => {
  t.same(bill(['QUAN CA PHE HOA SUA', '12 Nguyen Hue, Q.1, TP.HCM', 'Ngay: 14/03/2024 09:12', 'Ca phe sua da  2  25.000  50.000', 'Banh mi thit  1  30.000  30.000',
    'Tra dao  3  15.000  45.000', 'TONG CONG 125.000', 'Tien khach dua 200.000', 'Tien thoi lai 75.000']),
  { total: 125000, currency: 'VND', rows: [['Ca phe sua da', 2, 25000, 50000], ['Banh mi thit', 1, 30000, 30000], ['Tra dao', 3, 15000, 45000]] });
});

t.test('a page in dong by its other words and places', async (t) => {
  t.same(bill(['CÀ PHÊ HIGHLANDS', 'Đà Nẵng', 'Ngày: 14/03/2024', 'Tên hàng       SL   Đơn giá    T.Tiền', 'Cà phê sữa đá  2    25.000     50.000',
    'Trà sen vàng   1    45.000     45.000', 'Bánh mì que    3    10.000     30.000', 'Tổng tiền: 125.000', 'Tiền khách đưa: 200.000', 'Tiền thối: 75.000']),
  { total: 125000, currency: 'VND', rows: [['Cà phê sữa đá', 2, 25000, 50000], ['Trà sen vàng', 1, 45000, 45000], ['Bánh mì que', 3, 10000, 30000]] }, 'with its marks');
  t.same(bill(['TIEM BANH ABC', 'Da Nang', '14/03/2024', 'Banh bao  2  15.000  30.000', 'Sua dau nanh  1  10.000  10.000', 'Tong tien: 40.000', 'Tien mat: 50.000', 'Tien thoi: 10.000']),
    { total: 40000, currency: 'VND', rows: [['Banh bao', 2, 15000, 30000], ['Sua dau nanh', 1, 10000, 10000]] }, 'without them');
});

t.test('the dong sign glued to its figures', async (t) => {
  t.same(findAmounts('Bun bo Hue  2  50.000d  100.000d').map((a) => a.text.trim()), ['2', '50.000d', '100.000d'], 'a scan\'s d for đ, after a thousands group');
  t.same(findAmounts('Pho 1 60.000VND').map((a) => a.text), ['1', '60.000VND']);
  t.same(findAmounts('Size 3d 12.50').map((a) => a.text), ['12.50'], 'a d after a bare figure is no dong');
  t.same(bill(['QUAN AN NGON', 'Sai Gon', '14/03/2024', 'Bun bo Hue  2  50.000d  100.000d', 'Tra da  2  3.000d  6.000d', 'TONG CONG: 106.000d']),
    { total: 106000, currency: 'VND', rows: [['Bun bo Hue', 2, 50000, 100000], ['Tra da', 2, 3000, 6000]] });
  t.same(bill(['PHO THIN', 'Ha Noi', '14/03/2024', 'Pho tai  1  60.000VND  60.000VND', 'Quay  4  5.000VND  20.000VND', 'Tong thanh toan: 80.000VND']),
    { total: 80000, currency: 'VND', rows: [['Pho tai', 1, 60000, 60000], ['Quay', 4, 5000, 20000]] });
});

t.test('a Vietnamese discount under the items (Giảm giá, Chiết khấu) is the document discount, no item', async (t) => {
  const r = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  const a = r(['NHA HANG BEP VIET', '45 Tran Hung Dao, Ha Noi', 'HOA DON THANH TOAN', 'Ngay 14/03/2024', 'Goi cuon  2  45.000  90.000', 'Bun cha  1  65.000  65.000',
    'Bia Saigon  4  20.000  80.000', 'Tong tien hang 235.000', 'Giam gia -35.000', 'TONG CONG 200.000', 'Tien mat 200.000']);
  t.same([a.totalAmount, a.discountAmount, a.tableItems.length], [200000, 35000, 3]);
  const b = r(['CÀ PHÊ MỘC', 'Quận 3, TP. Hồ Chí Minh', 'Ngày 14/03/2024', 'Cà phê sữa đá  2  25.000  50.000', 'Bánh mì  1  20.000  20.000', 'Chiết khấu 10% 7.000', 'TỔNG CỘNG 63.000']);
  t.same([b.totalAmount, b.discountAmount], [63000, 7000]);
  t.same(b.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['Cà phê sữa đá', 2, 25000, 50000], ['Bánh mì', 1, 20000, 20000]]);
});
