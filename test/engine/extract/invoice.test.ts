/**
 * @module test/engine/extract/invoice
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const LINES = [
  'Northwind Consulting Ltd                                   INVOICE', '42 Kingsway, London WC2B 6EX', 'VAT No. GB 123 4567 89',
  'Bill To:                                 Invoice No: INV-2024-0042', 'Acme Widgets Inc.                        Invoice Date: 18 April 2024',
  '500 Market Street                        Due Date: 18 May 2024', '                                         PO Number: PO-7781',
  'Description                 Qty     Unit Price      Amount', 'Strategy workshop             2       1,200.00    2,400.00',
  'Process audit report          1         850.00      850.00', 'Subtotal                                            3,250.00',
  'VAT 20%                                               650.00', 'Total Due                                        £3,900.00',
];

t.test('reads the fields of an invoice', async (t) => {
  const { formatted: x, fields } = extractInvoice(readingFromText([LINES]));
  t.equal(x.supplierName, 'Northwind Consulting Ltd');
  t.equal(x.customerName, 'Acme Widgets Inc.');
  t.equal(x.documentId, 'INV-2024-0042');
  t.equal(x.orderNumber, 'PO-7781');
  t.equal(x.date, '18 April 2024');
  t.equal(x.dueDate, '18 May 2024');
  t.equal(x.currencyCode, 'GBP');
  t.equal(x.totalAmount, 3900);
  t.equal(x.netAmount, 3250);
  t.equal(x.taxAmount, 650);
  t.equal(x.discountAmount, null);
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['Strategy workshop', 2, 1200, 2400], ['Process audit report', 1, 850, 850]]);
  t.equal(fields.documentId.page, 1);
});

t.test('German labels', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Verkäufer:', 'Taxiunternehmen TX GmbH', 'Handelsrechnung Nr. TX-471102 vom 30.10.2018', 'Fälligkeit 29.11.2018',
    'Rechnungssumme ohne USt. 16,90', 'Steuerbetrag EUR 1,18', 'Bruttosumme 18,08',
  ]]));
  t.equal(x.supplierName, 'Taxiunternehmen TX GmbH');
  t.equal(x.documentId, 'TX-471102');
  t.equal(x.date, '30.10.2018');
  t.equal(x.dueDate, '29.11.2018');
  t.equal(x.totalAmount, 18.08);
  t.equal(x.netAmount, 16.9);
  t.equal(x.taxAmount, 1.18);
  t.equal(x.currencyCode, 'EUR');
});

t.test('French bill: dated title, number under the title, direct-debit date, HT/TVA/TTC', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'FICTIOCORP',
    'Customer Support Department',
    'Votre interlocuteur          Facture du 29/01/2021',
    'Urgence                      n° 1234567890',
    'Vos informations client Facture TTC Montant total',
    '                             à payer (TTC) 1479,85 €',
    'Nom du client                Prochaine facture vers le 29/03/2021',
    'JOHN DOE',
    'Total Hors TVA pour ce site                 1 241,03 €',
    'TVA (identique pour tous) Assiette            238,82 €',
    'Total TTC pour ce site                      1 479,85 €',
    'Vous serez prélevé d\'un montant de 1 479,85 €',
    'à partir du : 15/02/2021',
  ]]));
  t.equal(x.date, '29/01/2021', 'a "next invoice" date is not the issue date');
  t.equal(x.documentId, '1234567890', 'the number under the title, never the amount "1479,85"');
  t.equal(x.dueDate, '15/02/2021', 'the direct-debit date is when the bill is due');
  t.equal(x.customerName, 'JOHN DOE');
  t.equal(x.netAmount, 1241.03);
  t.equal(x.taxAmount, 238.82);
  t.equal(x.totalAmount, 1479.85);
});

t.test('German title with the number inside it; gross total beats the amount due; a net is not a tax', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Rechnung des Versicherers (575) Nr. 00.123.456.7-2018-1 vom 11.03.2018',
    'Liefer- und Leistungsdatum: 30.06.2018',
    'Umsatzsteuer (E)',
    'Umsatzsteuerbefreit nach 220,00 0 0,00',
    'Rechnungssumme ohne USt. 220,00',
    'Steuerbetrag 0,00',
    'Bruttosumme 220,00',
    'Offene Zahlungen 220,00',
    'Zahlbetrag 440,00',
  ]]));
  t.equal(x.documentId, '00.123.456.7-2018-1');
  t.equal(x.date, '11.03.2018', 'the delivery date is not the issue date');
  t.equal(x.netAmount, 220);
  t.equal(x.taxAmount, 0);
  t.equal(x.totalAmount, 220);
});

t.test('a tax row of a VAT table: rate and amount in separate columns are two figures', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Art (Kategorie) Warenwert Basisbetrag USt. % Steuerbetrag',
    'Umsatzsteuer (S) 850,00 858,75 19 163,16',
    'Rechnungssumme ohne USt. 858,75',
    'Bruttosumme 1021,91',
  ]]));
  t.equal(x.netAmount, 858.75);
  t.equal(x.taxAmount, null, 'a single space in plain text still reads "19 163,16" as one figure, too big to be the tax');
  // a text layer joins words with one space whatever the gap: only the word boxes show the columns
  const reading = readingFromText([[
    'Art (Kategorie) Warenwert Basisbetrag USt. % Steuerbetrag',
    'Umsatzsteuer (S) 850,00 858,75    19    163,16',
    'Rechnungssumme ohne USt. 858,75',
    'Bruttosumme 1021,91',
  ]]);
  const row = reading.pages[0].lines[1];
  row.text = row.text.replace(/\s+/g, ' ');
  const { formatted: y } = extractInvoice(reading);
  t.equal(y.taxAmount, 163.16, 'the column gap splits the rate from the tax');
  t.equal(y.totalAmount, 1021.91);
});

t.test('invoice number tiers: a labelled number beats a reference; page numbers are not the seller', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Seite 1 von 1',
    'Northwind GmbH',
    'Reference: REF-77',
    'Rechnungsdatum: 04.06.2014     Bestellung vom 01.06.2014',
    'Rechnungsnr. EUV-120725895',
  ]]));
  t.equal(x.documentId, 'EUV-120725895');
  t.equal(x.date, '04.06.2014');
  t.equal(x.supplierName, 'Northwind GmbH');
});

t.test('line items read by the header columns they sit under', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Acme GmbH', 'Rechnung Nr. 2024-17 vom 02.05.2024',
    'Menge  Bezeichnung                  Einzelpreis   USt. %      Betrag',
    '3      Beratung vor Ort                  120,00      19 %      330,00',
    '2      Fahrtkosten                        25,00      19 %       50,00',
    'Summe netto                                                   380,00',
    'USt. 19 %                                                      72,20',
    'Gesamtbetrag                                                  452,20',
  ]]));
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [
    ['Beratung vor Ort', 3, 120, 330], // 3 x 120 is not 330 (a discount): the columns still say which is which
    ['Fahrtkosten', 2, 25, 50],
  ]);
  t.equal(x.netAmount, 380);
  t.equal(x.totalAmount, 452.2);
});

t.test("an amount cell printed a little below its row's baseline is the row's amount; a row's label and value under it is no item", async (t) => {
  const reading = readingFromText([[
    'Baum Elektro GmbH', 'Rechnung Nr. 2024-31 vom 06.03.2024',
    'Pos  Beschreibung                 Nettopreis   Menge   Steuersatz   Nettobetrag',
    '01   Monteur                           43,20   3 Std         19 %',
    '                                                                         129,60',
    '     Bruttopreis : 43,20',
    '02   Deckenhalterung                  122,50   1 Stk         19 %',
    '                                                                         122,50',
    'Summe netto                                                            252,10',
    'USt. 19 %                                                               47,90',
    'Gesamtbetrag                                                           300,00',
  ]]);
  // the text layer puts each amount cell 8 units under its row (vertically centred cells)
  const lines = reading.pages[0].lines;
  for (const [i, l] of lines.entries()) {
    if (/^\d+,\d{2}$/.test(l.text) && /Std|Stk/.test(lines[i - 1].text)) {
      const dy = lines[i - 1].box.y + 8 - l.box.y;
      l.box.y += dy;
      for (const w of l.words) w.box.y += dy;
    }
  }
  const { formatted: x } = extractInvoice(reading);
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [
    ['Monteur', 3, 43.2, 129.6],
    ['Deckenhalterung', 1, 122.5, 122.5],
  ]);
  t.equal(x.netAmount, 252.1);
});

t.test("a row's tax category after its price ('19 % VAT (S)') does not end the items; 'Entgelt' heads the amount column", async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Baum Elektro GmbH', 'Rechnung Nr. 2024-32 vom 07.03.2024',
    'Pos  Beschreibung        Nettopreis   Menge    Steuer              Entgelt',
    '01   Kabelkanal               12,40   5 m      19 % VAT (S)          62,00',
    '02   Steckdosenleiste         18,90   2 Stk    19 % VAT (S)          37,80',
    'Summe netto                                                          99,80',
    'USt. 19 %                                                            18,96',
    'Gesamtbetrag                                                        118,76',
  ]]));
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [
    ['Kabelkanal', 5, 12.4, 62],
    ['Steckdosenleiste', 2, 18.9, 37.8],
  ]);
  t.equal(x.totalAmount, 118.76);
});

t.test('a description wrapped onto the lines under it, starting where it starts, is one description; a hyphen at the break joins the halves', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Baum Elektro GmbH', 'Rechnung Nr. 2024-33 vom 08.03.2024',
    'Pos  Beschreibung        Nettopreis   Menge    Steuer              Entgelt',
    '01   TGA                      43,20   3 Std    19 % VAT (S)         129,60',
    '     Obermonteur/Monteur',
    '02   Beamer-                 122,50   1 Stk    19 % VAT (S)         122,50',
    '     Deckenhalterung',
    '     Bruttopreis : 122,50',
    'Summe netto                                                         252,10',
    'USt. 19 %                                                            47,90',
    'Gesamtbetrag                                                        300,00',
  ]]));
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [
    ['TGA Obermonteur/Monteur', 3, 43.2, 129.6],
    ['Beamer-Deckenhalterung', 1, 122.5, 122.5],
  ]);
});

t.test('a description printed on its own line above its figures stays with the row under it, not the item above', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Baum Elektro GmbH', 'Rechnung Nr. 2024-34 vom 08.03.2024',
    'Pos  Beschreibung        Nettopreis   Menge    Entgelt',
    '01   Kabelkanal               12,40   5 m        62,00',
    '     Steckdosenleiste',
    '02                            18,90   2 Stk      37,80',
    'Summe netto                                      99,80',
  ]]));
  t.same(x.tableItems.map((i) => [i.description, i.totalAmount]), [
    ['Kabelkanal', 62],
    ['Steckdosenleiste', 37.8],
  ]);
});

t.test('a unit price printed with four decimals under the unit price column is the unit price, not part of the description', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Baum Elektro GmbH', 'Rechnung Nr. 2024-35 vom 09.03.2024',
    'Pos  Beschreibung        Nettopreis   Menge    Steuersatz      Nettobetrag',
    '01   Kabelbinder            0,1250    400 Stk      19 %              50,00',
    '02   Montage              43,2000     3 Std       19 %             129,60',
    'Summe netto                                                        179,60',
  ]]));
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [
    ['Kabelbinder', 400, 0.125, 50],
    ['Montage', 3, 43.2, 129.6],
  ]);
});

t.test('a position number before the description is not part of it; a German subtotal ends the items', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Pos  Beschreibung             Nettopreis   Menge   Nettobetrag',
    '1    Toolbox Stahlcoil           85,00       10       850,00',
    'Positionssumme                                        850,00',
    'Rechnungssumme ohne USt.                              850,00',
    'Bruttosumme                                          1011,50',
  ]]));
  t.same(x.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [['Toolbox Stahlcoil', 10, 85, 850]]);
});
