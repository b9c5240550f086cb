/**
 * @module test/engine/extract/glued-currency-letter
 * The baht, peso and naira signs as OCR reads them, a capital glued to a total with cents ("TOTAL
 * B74.00", "AMOUNT DUE P156.50", "TOTAL N24,600.00"): the figure is the total, not the VATable line
 * under it; Thai and Nigerian places name their currency before the "VATable" and TIN a Philippine
 * till prints too. A class letter after a price stays a class letter.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { findAmounts } from '../../../engine/parse/amounts.ts';
import { readingFromText } from '../reading-from-text.ts';

const receipt = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];

t.test('a capital glued to a total with cents is its currency sign', async (t) => {
  const th = receipt(['FAMILY MART', 'Silom Rd, Bang Rak, Bangkok', 'TAX ID 0107542000011', '12/03/2026 23:18', 'Water 600ml 20.00', 'Sandwich 54.00',
    'TOTAL B74.00', 'VATABLE 69.16', 'VAT 7% 4.84', 'CASH 100.00', 'CHANGE 26.00']);
  t.same([th.totalAmount, th.taxAmount, th.currencyCode], [74, 4.84, 'THB']);
  const ng = receipt(['SPAR IKEJA', 'Obafemi Awolowo Way, Ikeja, Lagos', 'TIN 01234567-0001', '04/12/2026 11:47', 'Rice 5kg 18,500.00', 'Milk 6,100.00',
    'TOTAL N24,600.00', 'Vatable 22,883.72', 'VAT 7.5% 1,716.28', 'POS 24,600.00']);
  t.same([ng.totalAmount, ng.taxAmount, ng.currencyCode], [24600, 1716.28, 'NGN']);
  const ph = receipt(['WATSONS', 'Ayala Ave, Makati City', 'VAT REG TIN 000-388-474-000', 'Date 15/06/2026 19:40', 'SOAP 52.00', 'SHAMPOO 104.50',
    'AMOUNT DUE P156.50', 'VATABLE SALES 139.73', 'VAT AMOUNT (12%) 16.77', 'CASH 200.00', 'CHANGE 43.50']);
  t.same([ph.totalAmount, ph.taxAmount, ph.currencyCode], [156.5, 16.77, 'PHP']);
});

t.test('only glued and only before cents: a class letter after a price, or a code, is no sign', async (t) => {
  t.same(findAmounts('PASTA 7,20 B').map((a) => a.value), [7.2]);
  t.same(findAmounts('TOTAL B74.00').map((a) => [a.value, a.currency]), [[74, 'B']]);
  t.same(findAmounts('Vitamin B12 tablets 5.99').map((a) => a.value), [5.99]);
  t.same(findAmounts('N24 bolts 3.50').map((a) => a.value), [3.5]);
});
