/**
 * @module test/engine/extract/receipt-local-tax-words
 * Tills that name their tax and their total in the country's own words (a twelfth tester's):
 * Peru's "IGV 18%" after "OP. GRAVADA" (its sol sign "S/" glued to the figure), Greece's "FPA"
 * and "SYNOLO" (ΦΠΑ, ΣΥΝΟΛΟ in Latin letters), Czech "incl. DPH", Turkish "KDV" / "TOPLAM" (and
 * "ARA TOPLAM", its subtotal), Romanian "TVA" / "TOTAL DE PLATA", Finnish "ALV" / "YHTEENSÄ",
 * Swedish "Moms" / "Att betala", Danish "Moms" / "I alt", Norwegian "MVA" / "Totalt",
 * Vietnamese "Thuế GTGT" / "Tổng cộng". Each till's total and tax are read, on a text layer and
 * as a scan.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const HEAD = ['CAFE CENTRAL', 'Main Street 12', '12.05.2025 12:30'];
const cases: { name: string; lines: string[]; total: number; tax: number; net?: number }[] = [
  { name: 'PE IGV, S/ glued', lines: ['Chicha morada 24.60', 'Papas fritas 94.83', 'OP. GRAVADA S/101.21', 'IGV 18% S/18.22', 'IMPORTE TOTAL S/ 119.43', 'EFECTIVO 120.00'], total: 119.43, tax: 18.22, net: 101.21 },
  { name: 'GR FPA incl., SYNOLO', lines: ['Horiatiki salata 8,70 A', 'Mythos 500ml 18,84 B', 'incl. FPA 13% 1,93', 'incl. FPA 24% 2,08', 'SYNOLO 27,54', 'KARTA 27,54'], total: 27.54, tax: 4.01 },
  { name: 'GR SYNOLO PLIROMIS, FPA', lines: ['Souvlaki 30,42', 'SYNOLO PLIROMIS 30,42', 'FPA 13% 1,32', 'FPA 24% 3,66', 'KARTA 30,42'], total: 30.42, tax: 4.98 },
  { name: 'CZ incl. DPH', lines: ['Kofola 243,30 A', 'Plzen 478,20 B', 'incl. DPH 12% 27,81', 'incl. DPH 21% 80,16', 'CELKEM 721,50 Kc', 'PLATEBNI KARTA 721,50'], total: 721.5, tax: 107.97 },
  { name: 'TR KDV, TOPLAM', lines: ['Simit 17,00 B', 'Su 41,40 A', 'TOPLAM 58,40 TL', 'KDV 10% 3,76', 'KDV 20% 2,83', 'NAKIT 60,00'], total: 58.4, tax: 6.59 },
  { name: 'TR ARA TOPLAM', lines: ['Simit 50,00', 'ARA TOPLAM 50,00', 'KDV 20% 10,00', 'TOPLAM 60,00 TL', 'NAKIT 60,00'], total: 60, tax: 10, net: 50 },
  { name: 'RO TVA, TOTAL DE PLATA', lines: ['Covrig 111,81', 'TVA 19% 16,98', 'TOTAL DE PLATA 128,79 lei', 'NUMERAR 130,00'], total: 128.79, tax: 16.98 },
  { name: 'FI ALV, YHTEENSÄ', lines: ['Pulla 11,40', 'YHTEENSÄ 11,40', 'ALV 14% 1,40', 'KORTTI 11,40'], total: 11.4, tax: 1.4 },
  { name: 'SV Moms, Att betala', lines: ['Kanelbulle 122,40', 'ATT BETALA 122,40 kr', 'Moms 12% 13,11', 'Kort 122,40'], total: 122.4, tax: 13.11 },
  { name: 'DA Moms, I alt', lines: ['Frikadeller 757,20', 'I ALT 757,20 kr.', 'Moms 25% 151,44', 'Dankort 757,20'], total: 757.2, tax: 151.44 },
  { name: 'NO MVA, Totalt', lines: ['Brunost 116,70', 'TOTALT kr 116,70', 'MVA 15% 15,22', 'BankAxept 116,70'], total: 116.7, tax: 15.22 },
  { name: 'VN Thuế GTGT, Tổng cộng', lines: ['Phở bò 265.000,00', 'Thuế GTGT 8% 19.630,00', 'Tổng cộng 265.000,00', 'Tiền mặt 265.000,00'], total: 265000, tax: 19630 },
];

t.test('the local tax and total words of each country name the tax and the total', async (t) => {
  for (const c of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = extractReceipt(readingFromText([[...HEAD, ...c.lines, 'THANK YOU']], { kind })).formatted.multiple_receipts[0];
      t.same([r.totalAmount, r.taxAmount], [c.total, c.tax], `${c.name} (${kind})`);
      if (c.net !== undefined) t.equal(r.netAmount, c.net, `${c.name} net (${kind})`);
    }
  }
});
