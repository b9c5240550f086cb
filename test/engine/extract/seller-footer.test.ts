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

t.test('a scanned footer whose middle dots were read as dashes, with a speck in the legal form, still names the seller', async (t) => {
  t.equal(sellerFromFooter(footer(['Ferramenta Adriatica S.r.:l. - Via Dante 14 · 50123 Firenze', 'IBAN IT49 3024 9121 1262 6955 · P.IVA IT 720809']))?.name, 'Ferramenta Adriatica S.r.l.');
  t.equal(sellerFromFooter(footer(['Lindner Werkzeuge GmbH – Lindenstraße 14 – 50667 Köln', 'USt-IdNr. DE 123456789']))?.name, 'Lindner Werkzeuge GmbH');
  t.equal(sellerFromFooter(footer(['Smith - Jones Ltd, 4 Quay Street, Bristol', 'VAT Reg. GB 193 4472 18']))?.name, 'Smith - Jones Ltd', 'a dash inside the name stays');
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

t.test('a seller named only in the footer, its legal form glued to its name by OCR, is still the seller; the title over the addressee is not the buyer', async (t) => {
  const cases: Array<[string, string, string, string, string]> = [
    ['FACTURA', 'Ferreteria Los Alamos S.L.', 'Graficas SolS.L.', 'Graficas Sol S.L.', 'CIF B 886116'],
    ['Fattura', 'Studio Lago S.r.l.', 'Ferramenta AdriaticaS.r.l.', 'Ferramenta Adriatica S.r.l.', 'P.IVA IT 451201'],
    ['RECHNUNG', 'Beispiel Handel GmbH', 'Nordlicht DruckGmbH', 'Nordlicht Druck GmbH', 'USt-IdNr. DE 123456'],
    ['FAKTURA', 'Meble Baltyk Sp. z o.o.', 'Drukarnia Wisla Sp. z o.o.', 'Drukarnia Wisla Sp. z o.o.', 'NIP 5261040828'],
  ];
  for (const [title, customer, printed, seller, taxId] of cases) {
    const page = [
      title, '', customer, 'Calle Mayor 14', '46001 Valencia', '',
      'No.: FV/8749/2024', 'Date: 06.12.2024', '',
      'Description   Qty   Price   Amount', 'Paper A4   9   146,95   1.322,55', '',
      'Net   1.322,55', 'VAT 21%   277,74', 'Total   1.600,29', '', '', '', '', '', '', '', '', '',
      `${printed} · Avenida del Puerto 2 · 46001 Valencia`, `IBAN ES26 4414 3167 1433 1960 · ${taxId}`,
    ];
    const f = extractInvoice(readingFromText([page])).formatted;
    t.equal(f.supplierName, seller, `${title}: the footer's company`);
    t.equal(f.customerName, customer, `${title}: the addressee`);
  }
});

t.test('a footer read from a scan: its dot read as a colon, the IBAN glued to its label, a tax id with a hyphen, a legal form with a zero', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['Lindner Werkzeuge GmbH : Lindenstraße 14 : 50667 Köln', 'IBAN.DE85 9209 4658 7136 6756 · Amtsgericht Köln', 'Lindner Werkzeuge GmbH'],
    ['Jansen Techniek B.V. · Coolsingel 2 · 1012 AB Amsterdam', 'IBAN NL43 8215 1907 8723 4326 - BTW-nr NL-371158', 'Jansen Techniek B.V.'],
    ['Tipografia Lusitana Lda · Rua Augusta 14 · 4000-322 Porto', 'IBAN.PT87 8159 8678 1153 1673 - Capital social 459471', 'Tipografia Lusitana Lda'],
    ['Drukarnia Wisla Sp. z 0.o. · ul. Dluga 14 · 30-001 Krakow', 'IBAN PL17 9854 3909 9219 1495 - KRS 688108', 'Drukarnia Wisla Sp. z o.o.'],
  ];
  for (const [nameLine, numbers, seller] of cases) {
    t.equal(sellerFromFooter(footer([nameLine, numbers]))?.name, seller, nameLine);
  }
});

t.test('the footer naming the letterhead\'s company with an OCR slip is the same company: the letterhead\'s reading stays', async (t) => {
  // a scan: a brand box over the letterhead's name, so the name is not the page's first line and
  // has an address under it (an address window's shape); the small footer read one letter off
  const page = (footerName: string) => [
    'DIJKZICHT                                   FACTUUR', 'Dijkzicht Webdesign V.O.F.          Factuurnummer: FV/94/3/2019',
    'Via Po 9                            Factuurdatum: 11-03-2019', '3011 Rotterdam', 'BTW NL159603201B01', '', 'Factuur aan:', 'Gemeente Westerveld',
    '2 place Bellecour', '', 'Omschrijving   Aantal   Prijs   Bedrag', 'Site inspection   1   1.692,42   1.692,42', '',
    'Subtotaal:   1.692,42', 'BTW 21%:   355,41', 'Totaal te betalen:   2.047,83', '', '', '', '', '', '', '', '',
    `${footerName} · BTW NL159603201B01 · KvK 40769381`,
  ];
  const sup = (footerName: string) => extractInvoice(readingFromText([page(footerName)], { kind: 'image' })).formatted.supplierName;
  t.equal(sup('Dijkzichit Web design V.O.F.'), 'Dijkzicht Webdesign V.O.F.', 'a letter added, a space broken');
  t.equal(sup('Dijkzlcht Webdesign V.O.F.'), 'Dijkzicht Webdesign V.O.F.', 'a letter changed');
  t.equal(sup('Noordkust Drukwerk B.V.'), 'Noordkust Drukwerk B.V.', 'another company in the footer is still the issuer');
});

t.test('a footer line whose separators a scan lost names the seller up to its legal form when an address follows it', async (t) => {
  const lines = (first: string) => footer([first, 'Registered in England No. 01827561']);
  t.equal(sellerFromFooter(lines('Thornbury Consulting Ltd 14 King Street Manchester M2 4LQ'))?.name, 'Thornbury Consulting Ltd');
  t.equal(sellerFromFooter(lines('Sharma Software Solutions Pvt. Ltd. 42 Residency Road Bengaluru 560025'))?.name, 'Sharma Software Solutions Pvt. Ltd.');
  t.equal(sellerFromFooter(lines('Van der Berg Installatie B.V. Stationsweg 12 3511 ED Utrecht'))?.name, 'Van der Berg Installatie B.V.');
  t.equal(sellerFromFooter(lines('Smith Ltd Holdings Group'))?.name, 'Smith Ltd Holdings Group', 'no address after the legal form: no cut');
});
