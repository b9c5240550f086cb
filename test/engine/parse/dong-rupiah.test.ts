/**
 * @module test/engine/parse/dong-rupiah
 * The Vietnamese dong and the Indonesian rupiah. The dong (ISO 4217 minor unit 0) is named by its
 * sign after a figure ("385.200 đ", "₫", "VNĐ", "dong") or by Vietnamese marks (the MST tax code,
 * "Thuế GTGT", "Hóa đơn", "Tổng cộng", a city); the rupiah (two decimals by ISO, whole in
 * practice) by "Rp" before a figure or Indonesian marks (NPWP, PPN, a city). Both pages group
 * whole amounts with dots: "385.200" is 385200, "Rp 15.000" is 15000.
 */
import t from 'tap';
import { detectCurrency } from '../../../engine/parse/currency.ts';
import { dotThousandsPage, withDotThousands } from '../../../engine/parse/dot-thousands.ts';
import { wholeInPractice, wholeMoneyCurrency } from '../../../engine/parse/minor-unit.ts';
import { amountsIn, flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const lines = (xs: string[]) => flattenLines(readingFromText([xs], { kind: 'image', width: 240 }));
const figures = (xs: string[], cur: string | null) => withDotThousands(lines(xs), cur).flatMap((l) => amountsIn(l).map((a) => a.value));

t.test('the dong by its sign, its code or Vietnamese marks', async (t) => {
  t.equal(detectCurrency('TỔNG CỘNG 385.200 đ')?.code, 'VND', '"đ" after a figure');
  t.equal(detectCurrency('Tổng cộng 50.000₫')?.code, 'VND', '"₫"');
  t.equal(detectCurrency('Thanh toán 265.000 VNĐ')?.code, 'VND', '"VNĐ"');
  t.equal(detectCurrency('Total 120.000 VND')?.code, 'VND', 'the code');
  t.equal(detectCurrency('Total 50.000 dong')?.code, 'VND', '"dong" in words');
  t.equal(detectCurrency('MST: 0312345678\nTotal 265.000')?.code, 'VND', 'the tax code, no sign');
  t.equal(detectCurrency('incl ThueGTGT 8% 19.630\nTONG CONG 265.000')?.code, 'VND', 'the VAT\'s name glued by a scan, no accents');
  t.equal(detectCurrency('HÓA ĐƠN BÁN HÀNG\nThành tiền 50.000')?.code, 'VND', 'an invoice\'s title');
  t.equal(detectCurrency('Phở Hà Nội\nTotal 265.000')?.code, 'VND', 'the capital');
  t.equal(detectCurrency('12 Lê Lợi, Q.1, TP. HCM\nTotal 265.000')?.code, 'VND', 'Ho Chi Minh City');
  t.equal(detectCurrency('Meeting at 10:30 MST\nTotal $ 12.50')?.code, 'USD', 'Mountain Standard Time is no tax code');
  t.equal(detectCurrency('Kaffee Vietnam 3,50\nMwSt 19% 0,56')?.code, 'EUR', 'a coffee\'s origin on a German till: the euro');
  t.equal(detectCurrency('Đakovo 12\nUkupno 12,50 €')?.code, 'EUR', 'a Croatian word with đ is no dong');
});

t.test('the rupiah by "Rp" or Indonesian marks', async (t) => {
  t.equal(detectCurrency('Total Rp 1.250.000')?.code, 'IDR', '"Rp" before a figure');
  t.equal(detectCurrency('TOTAL RP. 88.000')?.code, 'IDR', '"RP." in capitals');
  t.equal(detectCurrency('NPWP 01.234.567.8-901.000\nTotal 15.000')?.code, 'IDR', 'the taxpayer number');
  t.equal(detectCurrency('PPN 11% 8.721\nTotal 88.000')?.code, 'IDR', 'the VAT');
  t.equal(detectCurrency('Jl. Sudirman 12, Jakarta\nTotal 15.000')?.code, 'IDR', 'the capital');
  t.equal(detectCurrency('Kopi Indonesia 3,50\nMwSt 19% 0,56')?.code, 'EUR', 'a coffee\'s origin on a German till: the euro');
});

t.test('whole amounts: the dong by ISO 4217, the rupiah in practice', async (t) => {
  t.ok(wholeMoneyCurrency('VND'));
  t.notOk(wholeMoneyCurrency('IDR'), 'two decimals by ISO 4217');
  t.ok(wholeInPractice('IDR'));
  const vn = ['Cà phê sữa đá 76.000', 'Trà đá 63.000', 'TỔNG CỘNG 385.200 đ'];
  t.ok(dotThousandsPage(lines(vn), 'VND'));
  t.same(figures(vn, 'VND'), [76000, 63000, 385200]);
  const id = ['Nasi Goreng Rp 35.000', 'Total Rp 1.250.000'];
  t.same(figures(id, 'IDR'), [35000, 1250000], 'dot-grouped rupiah are whole');
  t.same(figures(['Kopi Rp 1.500', 'Total Rp 12.500,50'], 'IDR'), [1.5, 12500.5], 'a page that prints a decimal fraction keeps its decimals');
  t.same(figures(['Total 1.500'], 'USD'), [1.5], 'a dollar page: a point, as before');
});
