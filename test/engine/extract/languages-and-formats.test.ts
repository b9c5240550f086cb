/**
 * @module test/engine/extract/languages-and-formats
 * Invoices, receipts and their classification in the languages the labels know (DE, FR, ES,
 * IT, PT, NL, PL besides English) and in the number formats of their countries: the summary
 * rows are read as net, tax and total and never listed as items.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const invoice = (lines: string[]) => extractInvoice(readingFromText([lines])).formatted;
const items = (x: { tableItems: { description: string | null }[] }) => x.tableItems.map((i) => i.description);

t.test('Swiss apostrophe thousands: the whole figure, and Zwischensumme / MWST as net and tax', async (t) => {
  const x = invoice([
    'Alpenlicht Montage AG', 'Bahnhofstrasse 9, 6003 Luzern', 'RECHNUNG', 'Rechnungsnummer: AL-5521', 'Rechnungsdatum: 02.09.2024',
    'Pos Beschreibung              Menge    Betrag CHF', '1 Montage Beleuchtung          1      2\'310.00', '2 Leuchtmittel                 1        190.00',
    'Zwischensumme CHF                      2\'500.00', 'MWST 8.1% CHF                            202.50', 'Total CHF                              2\'702.50',
  ]);
  t.equal(x.totalAmount, 2702.5);
  t.equal(x.netAmount, 2500);
  t.equal(x.taxAmount, 202.5);
  t.equal(x.currencyCode, 'CHF');
  t.same(x.tableItems.map((i) => i.totalAmount), [2310, 190]);
});

t.test('Indian lakh grouping and GST labels: Taxable Value is the net, IGST the tax, one item', async (t) => {
  const x = invoice([
    'Konkan Furniture Works Pvt Ltd', 'Nashik 422001, India', 'GSTIN: 27AAAAA0000A1Z5', 'TAX INVOICE', 'Invoice No: KFW/24-25/077', 'Invoice Date: 03/12/2024',
    'Item                        Qty        Rate        Amount (INR)', 'Office chairs                12    10,250.00      1,23,000.00',
    'Taxable Value                                        1,23,000.00', 'IGST 18%                                               22,140.00',
    'Grand Total (INR)                                    1,45,140.00',
  ]);
  t.equal(x.totalAmount, 145140);
  t.equal(x.netAmount, 123000);
  t.equal(x.taxAmount, 22140);
  t.equal(x.currencyCode, 'INR');
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['Office chairs', 12, 10250, 123000]]);
});

t.test('CGST and SGST lines add up to the tax', async (t) => {
  const x = invoice([
    'Deccan Stationers Pvt Ltd', 'GSTIN: 29AAAAA0000A1Z5', 'TAX INVOICE', 'Invoice No: DS-118', 'Invoice Date: 05/01/2025',
    'Item                 Qty     Rate      Amount', 'Notebooks            100    45.00    4,500.00', 'Taxable Value                          4,500.00',
    'CGST 9%                                  405.00', 'SGST 9%                                  405.00', 'Total                                  5,310.00',
  ]);
  t.equal(x.taxAmount, 810);
  t.equal(x.netAmount, 4500);
  t.same(items(x), ['Notebooks']);
});

t.test('German summary rows are not items', async (t) => {
  const x = invoice([
    'Nordlicht Bürobedarf GmbH', 'Hafenstraße 3, 24103 Kiel', 'RECHNUNG', 'Rechnungsnummer: 2024-0815', 'Rechnungsdatum: 12.03.2024', 'Fällig am: 11.04.2024',
    'Pos Beschreibung          Menge  Einzelpreis     Gesamt', '1 Aktenschrank              2     240,00 €    480,00 €',
    'Nettobetrag                                    480,00 €', 'zzgl. 19% MwSt                                  91,20 €', 'Gesamtbetrag                                   571,20 €',
  ]);
  t.same(items(x), ['Aktenschrank']);
  t.equal(x.netAmount, 480);
  t.equal(x.taxAmount, 91.2);
  t.equal(x.totalAmount, 571.2);
  t.equal(x.dueDate, '11.04.2024');
});

t.test('Spanish: long dates, "Factura n.º", Base imponible and IVA', async (t) => {
  const x = invoice([
    'Suministros Guadalquivir S.L.', 'Avenida de la Constitución 5, 41004 Sevilla', 'FACTURA', 'Factura n.º: SG-2023-0912',
    'Fecha: 7 de noviembre de 2023', 'Vencimiento: 7 de diciembre de 2023', 'Descripción          Cantidad    Precio     Importe',
    'Pintura blanca 15L          3     40,00     120,00 EUR', 'Base imponible                             120,00 EUR', 'IVA 21%                                     25,20 EUR',
    'Total factura                              145,20 EUR',
  ]);
  t.equal(x.documentId, 'SG-2023-0912');
  t.equal(x.date, '7 de noviembre de 2023');
  t.equal(x.dueDate, '7 de diciembre de 2023');
  t.equal(x.netAmount, 120);
  t.equal(x.taxAmount, 25.2);
  t.equal(x.totalAmount, 145.2);
  t.same(items(x), ['Pintura blanca 15L']);
});

t.test('Italian and Polish labels', async (t) => {
  const it = invoice([
    'Ferramenta Adriatica S.r.l.', 'Via Roma 12, 60121 Ancona', 'FATTURA', 'Numero fattura: FA/118', 'Data fattura: 4 marzo 2024',
    'Descrizione        Quantità   Prezzo    Importo', 'Trapano               1     90,00     90,00', 'Imponibile                          90,00',
    'IVA 22%                             19,80', 'Totale documento                   109,80 €',
  ]);
  t.equal(it.totalAmount, 109.8);
  t.equal(it.netAmount, 90);
  t.equal(it.taxAmount, 19.8);
  t.equal(it.documentId, 'FA/118');
  t.equal(it.date, '4 marzo 2024');
  t.same(items(it), ['Trapano']);
  const pl = invoice([
    'Meble Bałtyk Sp. z o.o.', 'ul. Morska 4, 81-300 Gdynia', 'FAKTURA VAT', 'Numer faktury: FV/7/2024', 'Data wystawienia: 12 października 2024',
    'Nazwa              Ilość     Cena     Wartość', 'Krzesło biurowe       4   250,00 zł   1 000,00 zł', 'Razem netto                  1 000,00 zł',
    'VAT 23%                        230,00 zł', 'Do zapłaty                   1 230,00 zł',
  ]);
  t.equal(pl.totalAmount, 1230);
  t.equal(pl.netAmount, 1000);
  t.equal(pl.taxAmount, 230);
  t.equal(pl.currencyCode, 'PLN');
  t.equal(pl.date, '12 października 2024');
  t.same(items(pl), ['Krzesło biurowe']);
});

t.test('a receipt lists its printed item lines, with a leading quantity', async (t) => {
  const r = extractReceipt(readingFromText([[
    'THE OLD MILL TAVERN', '4 Mill Lane, Exampleford EX9 1AA', 'VAT Reg No: GB 987 6543 21', 'Receipt No: 20931', 'Date: 03/02/2025 13:10',
    '1 ROAST BEEF DINNER        16.00', '2 APPLE JUICE               5.00', 'SUBTOTAL                   17.50', 'VAT 20%                     3.50',
    'TOTAL GBP                  21.00', 'CARD                       21.00',
  ]])).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.totalAmount]), [['ROAST BEEF DINNER', 1, 16], ['APPLE JUICE', 2, 5]]);
  t.equal(r.totalAmount, 21);
  t.equal(r.taxAmount, 3.5);
  t.equal(r.netAmount, 17.5);
});

t.test('a receipt priced in reais: BRL, and the shop is not an item line', async (t) => {
  const r = extractReceipt(readingFromText([[
    'PADARIA CENTRAL PAULISTA LTDA', 'Rua Augusta 100 - Sao Paulo - SP', 'CNPJ: 98.765.432/0001-10', 'CUPOM / RECEIPT N. 7781',
    'Data/Date: 05/09/2024 09:30', '2 PAO DE QUEIJO   R$ 9,00', '1 CAFE COM LEITE  R$ 7,50', 'TOTAL            R$ 16,50', 'DINHEIRO/CASH    R$ 20,00', 'TROCO/CHANGE     R$ 3,50',
  ]], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(r.currencyCode, 'BRL');
  t.equal(r.totalAmount, 16.5);
  t.equal(r.supplierName, 'PADARIA CENTRAL PAULISTA LTDA');
});

t.test('German supermarket receipts classify as receipts, as text PDFs and as scans', async (t) => {
  const lines = [
    'Frischmarkt Hansen', 'Lindenweg 4', '20259 Hamburg', 'EUR', 'Vollmilch 1L            1,19 A', 'Roggenbrot              2,49 A', 'Bananen 1,2kg           1,55 A',
    'Spülmittel              1,99 B', '--------------------------', 'SUMME               EUR 7,22', 'Bar                 EUR 10,00', 'Rückgeld            EUR 2,78',
    'MwSt      Netto    Steuer   Brutto', 'A 7%      4,89     0,34     5,23', 'B 19%     1,67     0,32     1,99', '12.03.2024 18:04  Bon-Nr. 4711', 'Vielen Dank für Ihren Einkauf',
  ];
  for (const kind of ['pdf', 'image'] as const) {
    const c = classifyOffline(readingFromText([lines], { kind }));
    t.equal(c.type, 'receipt', `${kind}: ${c.reason}`);
  }
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(r.totalAmount, 7.22);
  t.equal(r.currencyCode, 'EUR');
});

t.test('invoices and receipts in Portuguese, Polish, Italian, Dutch and Spanish are not refused', async (t) => {
  const docs: [string, string[]][] = [
    ['invoice', ['Tipografia Lusitana Lda', 'Rua do Ouro 20, 1100-060 Lisboa', 'FATURA', 'Número da fatura: FT 2024/311', 'Data de emissão: 15 de março de 2024', 'Vencimento: 14 de abril de 2024', 'Descrição     Quantidade   Preço    Total', 'Cartões de visita    2   30,00   60,00', 'Valor sem IVA                 60,00', 'IVA 23%                       13,80', 'Total a pagar            73,80 EUR']],
    ['invoice', ['Drukarnia Odra Sp. z o.o.', 'ul. Długa 3, 50-001 Wrocław', 'FAKTURA', 'Numer faktury: FV/2024/55', 'Data wystawienia: 02.05.2024', 'Termin płatności: 16.05.2024', 'Nabywca: Studio Wisła', 'Nazwa     Ilość   Cena   Wartość', 'Plakaty A2   50   4,00 zł   200,00 zł', 'Razem netto   200,00 zł', 'VAT 23%   46,00 zł', 'Do zapłaty   246,00 zł']],
    ['invoice', ['Studio Grafico Lago S.r.l.', 'Via Garibaldi 7, 20121 Milano', 'Fattura n. 2024/88', 'Data fattura: 11/06/2024', 'Scadenza: 11/07/2024', 'Descrizione   Quantità   Prezzo   Importo', 'Logo design    1   500,00   500,00', 'Imponibile     500,00', 'IVA 22%   110,00', 'Totale documento   610,00 €']],
    ['receipt', ['BAKKERIJ DE ZON', 'Kerkstraat 12 Utrecht', 'Kassabon 0042', '14-02-2024 08:12', 'Croissant        2,40', 'Koffie           2,80', 'Totaal           5,20', 'Pin              5,20', 'BTW 9%           0,43', 'Bedankt en tot ziens']],
    ['receipt', ['CAFETERIA LA PLAZA', 'Calle Mayor 3 Madrid', 'Ticket 1187', '14/02/2024 08:12', 'Café con leche   1,80', 'Tostada          2,20', 'Total            4,00 €', 'Efectivo         5,00', 'Cambio           1,00', 'IVA 10% incluido', 'Gracias por su visita']],
  ];
  for (const [type, lines] of docs) {
    for (const kind of ['pdf', 'image'] as const) {
      const c = classifyOffline(readingFromText([lines], { kind, width: kind === 'image' && type === 'receipt' ? 220 : undefined }));
      t.equal(c.type, type, `${lines[0]} (${kind}): ${c.reason}`);
    }
  }
});

t.test('a financial document in a language we have no words for is recognised by its structure, with a readable reason', async (t) => {
  // Estonian: the structure (money lines, a date, a VAT rate, an IBAN) carries it
  const c = classifyOffline(readingFromText([[
    'Põhjala Puit OÜ', 'Tartu mnt 10, 10115 Tallinn', 'Kuupäev: 03.04.2024', 'Maksetähtaeg: 17.04.2024', 'Kirjeldus        Kogus   Hind    Summa',
    'Laudis 2m          10   12,00   120,00', 'Käibemaks 22%                   26,40', 'Kokku                          146,40', 'IBAN EE38 2200 2210 2014 5685',
  ]]));
  t.equal(c.type, 'invoice', c.reason);
  t.match(c.reason, /structure/);
  const letter = classifyOffline(readingFromText([[
    'Hea klient,', 'Täname teid, et olete meie püsiklient juba mitu aastat ja loodame koostööd jätkata ka edaspidi.',
    'Meie kontor on suletud riigipühadel ning avatud taas järgmisel tööpäeval tavapärasel ajal.', 'Parimate soovidega', 'Klienditeenindus',
  ]]));
  t.equal(letter.type, 'other', 'a letter without money is still refused');
  t.match(letter.reason, /not a receipt, invoice or bank statement/);
});

t.test('the grand total under a summary header beats the amount still due after a prepayment', async (t) => {
  const x = invoice([
    'FACTURE N° : F2024-118', 'Date : 15/03/2024', 'LE VENDEUR EXEMPLE SARL', 'DATE DE FACTURE ASSOCIÉE : 12/01/2024',
    'Ligne   Désignation              Qté     P.U. HT     Total HT', '1       Maintenance annuelle      1     200,00      200,00',
    'TOTAL HT          TOTAL TVA          TOTAL TTC', 'Conditions de paiement : à réception', '200,00            40,00              240,00',
    'Acompte : 40,00', "Date d'échéance : 15/04/2024      NET A PAYER 200,00 EUR",
  ]);
  t.equal(x.totalAmount, 240);
  t.equal(x.taxAmount, 40);
  t.equal(x.date, '15/03/2024', 'the date of the associated invoice is not the issue date');
});

t.test('"Rechnungssumme brutto" is the total; a version date in the header is not the issue date', async (t) => {
  const x = invoice([
    'Beispiel Drachenbau GmbH', 'Lesbarmachung Version 2.1 vom 24.03.2020', 'Rechnung Nr. 2024-77 vom 02.05.2024', 'Pos. Artikel   Menge   Preis   Betrag',
    '1 Drachen        2   20,00    40,00', 'Rechnungssumme netto           40,00', 'zuzüglich 19% MwSt.             7,60', 'Rechnungssumme brutto          47,60',
  ]);
  t.equal(x.totalAmount, 47.6);
  t.equal(x.taxAmount, 7.6);
  t.equal(x.netAmount, 40);
  t.equal(x.date, '02.05.2024');
});

t.test('a till slip in an unknown language on an A4 text PDF is a receipt by its structure', async (t) => {
  const c = classifyOffline(readingFromText([[
    'KOHVIK PÄIKE', 'Raekoja plats 4', '12.03.2024 10:15', '2 KOHV            4,80', '1 SAIAKE          2,20', '1 MAHL            3,10',
    'KOKKU EUR        10,10', 'KAART            10,10', 'KM 22%            1,82', 'Aitäh!',
  ]], { width: 595 }));
  t.equal(c.type, 'receipt', c.reason);
  t.match(c.reason, /structure|prices that add up to the total/, 'told by what it is built of, not by words');
});
