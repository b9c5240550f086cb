/**
 * @module test/engine/extract/receipt-dong-rupiah
 * Vietnamese and Indonesian receipts end to end: classified as receipts (their dot-grouped whole
 * figures are money), total, tax, net, items, number and currency read, with Vietnamese labels
 * ("Tổng cộng", "Thuế GTGT", "Cộng tiền hàng", "Tiền mặt", "Tiền thừa", "Số HĐ") whole, bare of
 * their marks, or with the letters a PDF's font could not draw missing; Indonesian ones ("Total",
 * "PPN 11%", "DPP", "Tunai", "Kembalian", "No. Struk").
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const reading = (xs: string[]) => readingFromText([xs], { kind: 'image', width: 240 });
const receipt = (xs: string[]) => extractReceipt(reading(xs)).formatted.multiple_receipts[0];
const fields = (xs: string[]) => {
  const r = receipt(xs);
  return [r.totalAmount, r.taxAmount, r.netAmount, r.currencyCode, r.documentId];
};

const VN = ['Quán Cơm Ngon', '12 Lê Lợi, Q.1, TP. HCM', 'MST: 0312345678', 'Số HĐ: 00123', '03/12/2026 12:05', 'Cơm tấm 45.000', 'Trà đá 5.000', 'Canh chua 58.000',
  'Cộng tiền hàng 100.000', 'Thuế GTGT 8% 8.000', 'Tổng cộng 108.000 đ', 'Tiền mặt 200.000', 'Tiền thừa 92.000', 'Cảm ơn quý khách'];

t.test('a Vietnamese receipt in dong', async (t) => {
  t.equal(classifyOffline(reading(VN)).type, 'receipt', 'not refused as printing no money');
  t.same(fields(VN), [108000, 8000, 100000, 'VND', '00123']);
  t.same(receipt(VN).tableItems.map((x) => [x.description, x.totalAmount]), [['Cơm tấm', 45000], ['Trà đá', 5000], ['Canh chua', 58000]]);
  const bare = VN.map((l) => l.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
  t.equal(classifyOffline(reading(bare)).type, 'receipt', 'a scan that lost every mark');
  t.same(fields(bare), [108000, 8000, 100000, 'VND', '00123']);
  // a PDF whose font lacks ổ, ế, ề, ố: blanks and unmapped glyphs in its text layer
  const lost = VN.map((l) => l.replace(/[ổố]/g, '\u0000').replace(/[ếề]/g, ' '));
  t.equal(classifyOffline(reading(lost)).type, 'receipt', 'letters the font could not draw');
  t.same(fields(lost), [108000, 8000, 100000, 'VND', '00123']);
  const incl = ['Quán Cơm Ngon', 'MST: 0312345678', '03/12/2026 12:05', 'Cơm tấm 45.000', 'Canh chua 63.000', 'incl. Thuế GTGT 8% 8.000', 'TỔNG CỘNG 108.000 đ'];
  t.same([fields(incl)[0], fields(incl)[1], fields(incl)[3]], [108000, 8000, 'VND'], 'the tax included in the total');
});

const ID = ['TOKO MAKMUR JAYA', 'Jl. Sudirman No. 12, Jakarta', 'NPWP 01.234.567.8-901.000', '03/12/2026 13:31', 'No. Struk: 88213', 'Nasi Goreng Rp 35.000', 'Es Teh Manis Rp 8.000',
  'Ayam Bakar Rp 45.000', 'DPP Rp 79.279', 'PPN 11% Rp 8.721', 'Total Rp 88.000', 'Tunai Rp 100.000', 'Kembalian Rp 12.000', 'Terima kasih'];

t.test('an Indonesian receipt in rupiah', async (t) => {
  t.equal(classifyOffline(reading(ID)).type, 'receipt');
  t.same(fields(ID), [88000, 8721, 79279, 'IDR', '88213']);
  t.same(receipt(ID).tableItems.map((x) => [x.description, x.totalAmount]), [['Nasi Goreng', 35000], ['Es Teh Manis', 8000], ['Ayam Bakar', 45000]], 'the "Rp" before a price is no part of its name');
  const cents = ['TOKO MAKMUR JAYA', 'Jakarta', '03/12/2026 13:31', 'Kopi Rp 12.500,00', 'PPN 11% Rp 1.238,74', 'Total Rp 12.500,00'];
  t.same(fields(cents).slice(0, 2), [12500, 1238.74], 'a page with cents keeps them');
});
