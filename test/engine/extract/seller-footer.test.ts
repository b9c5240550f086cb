/**
 * @module test/engine/extract/seller-footer
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { sellerFromFooter } from '../../../engine/extract/seller-footer.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

// A marketplace invoice: the delivery address at the top, the seller only in the small print.
const top = [
  'Page 1 of 1',
  'Invoice EUVINS1-OFS-DE-120725895 4 June 2014',
  '                                        Manuel Riel',
  '                                        Meravigliagasse 4/1',
  '                                        1060 Wien',
  'Ordered by                  Delivery to',
  'iViveLabs Limited           Manuel Riel',
  'Invoice number EUVINS1-OFS-DE-120725895    Invoice date 4 June 2014',
  'Qty  Item                                  VAT %   Total',
  '1    Kingston SSD 30GB                     20%     EUR 35,24',
  'Total (incl. VAT)                                  EUR 35,24',
];
const footer = (lines: string[]) => flattenLines(readingFromText([[...top, '', '', '', '', ...lines]]));

t.test('the legal entity printed beside a VAT id in the footer is the seller', async (t) => {
  const f = sellerFromFooter(footer(['Returns made easy: www.example.com/returns', 'Amazon EU S.a.r.L, 5 Rue Plaetis, L-2338, Luxembourg', 'USt-ID : ATU62353134']));
  t.equal(f?.name, 'Amazon EU S.a.r.L');
  t.equal(sellerFromFooter(footer(['Example Trading GmbH, Hauptstr. 1, 10115 Berlin', 'USE-ID : DE123456789']))?.name, 'Example Trading GmbH', 'a misread tax-id label with its long number still counts');
});

t.test('a footer company without a tax id near it, or a bank line, is not the seller', async (t) => {
  t.equal(sellerFromFooter(footer(['Amazon EU S.a.r.L, 5 Rue Plaetis, L-2338, Luxembourg', '', '', 'Thank you for your order'])), null);
  t.equal(sellerFromFooter(footer(['Deutsche Bank AG, IBAN DE89 3704 0044 0532 0130 00', 'VAT No: GB123456789'])), null);
});

t.test('an invoice whose top names a person takes the footer seller; a company at the top wins over the footer', async (t) => {
  const lines = [...top, '', '', '', '', 'Amazon EU S.a.r.L, 5 Rue Plaetis, L-2338, Luxembourg', 'USt-ID : ATU62353134'];
  t.equal(extractInvoice(readingFromText([lines])).formatted.supplierName, 'Amazon EU S.a.r.L');
  const withCompany = ['Northwind Traders Ltd', ...lines];
  t.equal(extractInvoice(readingFromText([withCompany])).formatted.supplierName, 'Northwind Traders Ltd');
});
