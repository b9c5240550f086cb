/**
 * @module test/engine/extract/invoice-layouts
 * Invoice parties, numbers and totals across the layouts that failed on unseen invoices: a DIN
 * 5008 sender line over an unlabelled address window, a supplier named only in the footer beside
 * its IBAN and tax number, buyer labels in German, Spanish, Italian, Portuguese, Dutch and
 * Polish, an item-table header whose "Gesamt" column is no total, and an id label above its value.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const ITEMS_DE = [
  'Beschreibung                     Menge   Einzelpreis       Gesamt', 'Kabelsatz                            8         15,11       120,88',
  'Schreibtischlampe                    9      1.148,91    10.340,19', 'Zwischensumme                                           10.461,07',
  'zzgl. 19% MwSt.                                          1.987,60 EUR', 'Bruttobetrag                                            12.448,67',
];

t.test('a sender line over an address window: the seller is its first part, the window names the buyer, "Gesamt" heads a column', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Hansen Bürotechnik GmbH · Lindenstraße 14 · 20095 Hamburg', '',
    'Lindner Werkzeuge GmbH                         Rechnungs-Nr.    A-11649', 'Am Hafen 2                                     Datum       13.12.2025',
    '50667 Köln', '', 'Rechnung', '', ...ITEMS_DE,
  ]]));
  t.equal(x.supplierName, 'Hansen Bürotechnik GmbH');
  t.equal(x.customerName, 'Lindner Werkzeuge GmbH');
  t.equal(x.documentId, 'A-11649');
  t.same([x.netAmount, x.taxAmount, x.totalAmount], [10461.07, 1987.6, 12448.67]);
});

t.test('a supplier named only in the footer beside its IBAN and tax number is the seller; the address window is the buyer', async (t) => {
  const page = [
    'FATTURA', '', 'Studio Lago S.r.l.', 'Corso Italia 2', '50123 Firenze', '', 'Fattura n.: FV/1423/2025', 'Data: 6 dicembre 2025', '',
    'Descrizione                 Quantità    Prezzo      Importo', 'Toner                           6       99,28       595,68',
    'Imponibile                                         595,68', 'IVA 22%                                            131,05', 'Totale fattura                                 726,73 €',
    ...Array(30).fill(''),
    'Ferramenta Adriatica S.r.l. · Via Dante 14 · 20121 Milano', 'IBAN IT33 9052 2420 4146 7545 · P.IVA IT 886246',
  ];
  const { formatted: x } = extractInvoice(readingFromText([page]));
  t.equal(x.supplierName, 'Ferramenta Adriatica S.r.l.');
  t.equal(x.customerName, 'Studio Lago S.r.l.');
  t.equal(x.documentId, 'FV/1423/2025');
  t.equal(x.totalAmount, 726.73);
});

t.test('a letterhead is still the seller when the footer repeats its address only', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Jansen Techniek B.V.', 'Coolsingel 2, 3011 CD Rotterdam', '', 'FACTUUR', 'Factuurnummer: 2025/0042', 'Factuurdatum: 6 december 2025',
    'Klant: Bakker Media B.V.', 'Omschrijving     Aantal   Prijs    Bedrag', 'Kabels              4     4,14     16,56',
    'Subtotaal                          16,56', '21% btw                             3,48', 'Totaal                             20,04', ...Array(20).fill(''),
    'Coolsingel 2 · 3011 CD Rotterdam', 'IBAN NL33 9052 2420 4146 7545 · KvK 886246',
  ]]));
  t.equal(x.supplierName, 'Jansen Techniek B.V.');
  t.equal(x.customerName, 'Bakker Media B.V.');
});

t.test('buyer labels in other languages name the customer', async (t) => {
  for (const [label, title] of [['Kunde:', 'RECHNUNG'], ['Cliente:', 'FACTURA'], ['Nabywca:', 'FAKTURA VAT'], ['Aan:', 'FACTUUR'], ['An:', 'Rechnung']]) {
    const { formatted: x } = extractInvoice(readingFromText([[
      'Brandt Medien GmbH', 'Am Markt 3, 04109 Leipzig', title, 'Nr. 2024-118', `${label} Gráficas Sol S.L.`, 'Toner        2    50,00    100,00', 'Total                    100,00',
    ]]));
    t.equal(x.customerName, 'Gráficas Sol S.L.', label);
    t.equal(x.supplierName, 'Brandt Medien GmbH', label);
  }
});

t.test('an id under an Italian "N. documento" label in a row of labels', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Forniture Roma S.p.A.', 'Via Roma 12', '00184 Roma', 'FATTURA', 'Cliente: Studio Lago S.r.l.',
    'N. documento                         Data', 'F2025-00204                          14/03/2025',
    'Descrizione    Quantità    Prezzo    Importo', 'Carta A4          2       10,00      20,00', 'Imponibile                 20,00', 'IVA 22%                     4,40', 'Totale                     24,40',
  ]]));
  t.equal(x.documentId, 'F2025-00204');
  t.equal(x.totalAmount, 24.4);
});

t.test('an address window whose street is a compound with its house number ("Rabattstr. 25") names the buyer: the company, not its contact person', async (t) => {
  for (const [street, town] of [['Rabattstr. 25', '34567 Osterhausen'], ['Lindenallee 3a', '04109 Leipzig'], ['Keizersgracht 112', '1015 CW Amsterdam'], ['Storgatan 5', '114 51 Stockholm']]) {
    const { formatted: x } = extractInvoice(readingFromText([[
      'Kranich Papier GmbH', 'Flugweg 17', '12345 Papierfeld', '', 'Kranich Papier GmbH · Flugweg 17 · 12345 Papierfeld', '',
      'Schwalbe-Versand-GmbH', 'Greta Beispiel', street, town, '', 'Rechnungsnummer: 2024-07', 'Rechnungsdatum: 11. Juli 2024', '',
      ...ITEMS_DE,
    ]]));
    t.equal(x.supplierName, 'Kranich Papier GmbH', street);
    t.equal(x.customerName, 'Schwalbe-Versand-GmbH', `${street}: the window's first line`);
  }
});

t.test("two names side by side at the top: the one the issuer's printed mail or web domain names is the seller, the other the buyer", async (t) => {
  const page = (footer: string) => [
    'Invoice 204417', 'March 3, 2026', '',
    'Fabrikam Retail Ltd                               Tailspin Toys', '12 High Street                                    Hofstraße 12', 'Leeds LS1 4AP                                     20097 Hamburg', '',
    'Description                 Quantity    Unit Price     Amount', 'Kite                               3        191.00     573.00',
    'Subtotal                                              573.00', '19% VAT                                               108.87', 'Total EUR Incl. VAT                                   681.87',
    ...Array(20).fill(''), footer,
  ];
  const { formatted: x } = extractInvoice(readingFromText([page('VAT Registration No. DE777777777   info@tailspintoys.com   www.tailspintoys.com')]));
  t.equal(x.supplierName, 'Tailspin Toys');
  t.equal(x.customerName, 'Fabrikam Retail Ltd');
  const { formatted: y } = extractInvoice(readingFromText([page('VAT Registration No. DE777777777   Phone 040 123456')]));
  t.equal(y.supplierName, 'Fabrikam Retail Ltd', 'no domain printed: the top left name, as before');
  const { formatted: z } = extractInvoice(readingFromText([page('Questions? accounts@fabrikam.co.uk   orders@tailspintoys.com')]));
  t.equal(z.supplierName, 'Fabrikam Retail Ltd', 'the top name is named by a domain too: it stays');
});

t.test('an invoice number after "Fatura n.º" / "Factura Nº" whose ordinal sign OCR read as a nine or a two, or with a stray prime after it', async (t) => {
  for (const [label, id] of [['Fatura n.9: 005965', '005965'], ['Factura N9 FV-2024-117', 'FV-2024-117'], ['Nº factura: A-16631', 'A-16631'], ['Factura n2: F2025-08762', 'F2025-08762'], ['Facture n°: 003691′', '003691'], ['Facture N°003691', '003691'], ['Factura N9005965', '005965'], ['Rechnung Nr.2025-117', '2025-117'], ['Invoice No.INV-7731', 'INV-7731'], ['Invoice N9A-17', 'N9A-17'], ['Facture N°:FA-7175', 'FA-7175'], ['Factura n,9:FV-4939', 'FV-4939'], ['Factura n,9: FV-4939', 'FV-4939']]) {
    const { formatted: x } = extractInvoice(readingFromText([[
      'FATURA', '', 'Servicos Douro Lda', 'Avenida dos Aliados 2', '4000-322 Porto', '', label, 'Data: 18.03.2025', '',
      'Descricao   Quantidade   Preco   Total', 'Papel A4   7   48,26   337,82', '', 'Total iliquido   337,82 EUR', 'IVA (23%)   77,70', 'Tota!   415,52',
    ]], { kind: 'image' }));
    t.equal(x.documentId, id, label);
    t.equal(x.totalAmount, 415.52, `${label}: the total under "Tota!"`);
  }
});

t.test('a Polish invoice whose ł OCR read as t ("Do zaptaty", "zt") still gives its total and its currency', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Drukarnia Wisla Sp. z o.o.', 'ul. Dluga 14', '30-001 Krakow', 'FAKTURA VAT', 'Numer faktury: FV/2025/117', 'Data wystawienia: 14.03.2025', 'Nabywca: Meble Baltyk Sp. z o.o.',
    'Nazwa   Ilosc   Cena   Wartosc', 'Doradztwo 1 48,92 48,92', 'Kable 1 107,94 107,94', 'Razem netto 156,86 zt', 'VAT 23% 36,08 zt', 'Do zaptaty 192,94 zt',
  ]], { kind: 'image' }));
  t.equal(x.totalAmount, 192.94);
  t.equal(x.netAmount, 156.86);
  t.equal(x.currencyCode, 'PLN');
});

t.test('Portugal\'s "Total Ilíquido" is the net, Brazil\'s "Valor dos serviços" the sum before ISS, and a tax column in the item table heads no tax', async (t) => {
  const pt = extractInvoice(readingFromText([[
    'SILVA & PEREIRA CONTABILIDADE Lda.', 'FATURA', 'Fatura n.º FV/65/2024', 'Data de emissão: 15/10/2024', 'Descrição Qtd. Preço Unit. IVA Valor',
    'Deslocação 10 142,82 6% 1 428,20', 'Livros técnicos 3 299,21 23% 897,63', 'Total Ilíquido 2 325,83 EUR', 'IVA 23% (897,63) 206,45 EUR', 'IVA 6% (1 428,20) 85,69 EUR', 'Total (EUR) 2 617,97 EUR',
  ]], { width: 600 })).formatted;
  t.same([pt.totalAmount, pt.netAmount], [2617.97, 2325.83]);
  const br = extractInvoice(readingFromText([[
    'Almeida & Souza Advogados ME', 'NOTA FISCAL DE SERVIÇOS', 'Número: 68331', 'Emissão: 16/11/2024', 'Discriminação Qtd. Valor Unit. ISS Valor',
    'Consultoria juridica mensal 8 187,38 5% 1.499,04', 'Suporte 10 361,59 5% 3.615,90', 'Valor dos serviços 5.114,94 R$', 'ISS 5% (5.114,94) 255,75 R$',
  ]], { width: 600 })).formatted;
  t.equal(br.taxAmount, 255.75, 'ISS is the tax, not the first item under the ISS column');
  t.equal(br.netAmount, 5114.94);
});
