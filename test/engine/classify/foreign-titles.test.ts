/**
 * @module test/engine/classify/foreign-titles
 * Documents that print prices, totals and taxes but are none of ours: a purchase order (which
 * asks for an invoice in a sentence), a payslip, a quote and the minutes of a meeting, titled in
 * the languages served, must be `other`; an invoice or a receipt that names a purchase order, a
 * quote or an offer inside must stay what it is. Minutes whose amounts are told in sentences are
 * no receipt even without their title.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const ORDER = (title: string) => [
  'Nordlicht Handels GmbH', 'Speicherstadt 12, 20457 Hamburg', title,
  'Bestellnummer:                                   PO-2025-0417', 'Bestelldatum:                                      03.02.2025',
  'Lieferant: Krause & Vogt Elektrotechnik OHG, Industriestr. 4, 28199 Bremen',
  'Pos. Artikel / Menge / Einzelpreis                                 Gesamt', '1 LED-Panel 60x60 / 40 St. / 38,50 EUR                       1.540,00 EUR',
  '2 Kabel NYM-J 3x1,5 / 500 m / 0,92 EUR                         460,00 EUR', '3 Montagematerial pauschal                                     120,00 EUR',
  'Bestellwert netto                                            2.120,00 EUR', 'Bitte Bestellnummer auf Lieferschein und Rechnung angeben.',
  'Lieferbedingungen: frei Haus. Zahlungsbedingungen: 30 Tage netto.',
];
const PAYSLIP = (title: string) => [
  'Greyfriars Software Ltd', title, 'Employee: Owen Treharne                 Employee No: 00482', 'Pay date: 28/02/2025                    Tax period: 11',
  'Payments                                           Amount', 'Basic salary                                     3,450.00', 'Overtime 6h @ 28.75                                172.50',
  'Deductions', 'PAYE Income Tax                                    512.40', 'National Insurance                                 238.16', 'Pension (5%)                                       181.13',
  'Gross pay                                        3,622.50', 'Total deductions                                   931.69', 'NET PAY                                          2,690.81',
  'Paid by BACS to account ****2291. Year to date: gross 39,847.50, tax 5,636.40.',
];
const QUOTE = (title: string) => [
  'Lindqvist Mediendesign GmbH', 'Gartenweg 9, 80331 München · USt-IdNr. DE 318 224 671', title, 'Datum:                                 21.01.2025',
  'Gültig bis:                            21.02.2025', 'Kunde: Studio Arcobaleno Srl, Via Roma 3, Milano', 'Leistung                                   Betrag',
  'Konzeption Webseite                    2.400,00 €', 'Gestaltung 8 Unterseiten               3.200,00 €', 'Programmierung                         4.100,00 €',
  'Nettobetrag                            9.700,00 €', 'zzgl. 19 % USt.                        1.843,00 €', 'Summe brutto                          11.543,00 €',
  'Wir freuen uns auf Ihren Auftrag.',
];
const MINUTES = (title: string) => [
  'Harlow Community Trust', title, 'Date: 9 January 2025 Location: Harlow Library, Room 2', 'Present: A. Okafor (chair), B. Lindgren, C. Mbeki, D. Sutherland',
  "1. Treasurer's report", 'The bank balance at 31 December stood at 24,118.40 (opening balance 19,870.15). Income of 9,420.00',
  'from grants was received; expenses totalled £5,171.75 including VAT of 412.30.', '2. Budget 2025',
  'Total budget approved: 31,500.00. Youth programme 12,000.00; building repairs £8,500.00.', '3. Any other business', 'None. Next meeting 13 February 2025.',
];

t.test('a purchase order that asks for an invoice in a sentence is other, and says it is a purchase order', async (t) => {
  const c = classifyOffline(readingFromText([ORDER('BESTELLUNG / PURCHASE ORDER')]));
  t.equal(c.type, 'other', c.reason);
  t.match(c.reason, /titled as a purchase order \("BESTELLUNG \/ PURCHASE ORDER"\)/);
  for (const title of ['Purchase Order', 'Bestellung Nr. 4711', 'Bon de commande n° 88', 'Orden de compra', "Ordine d'acquisto n. 12", 'Zamówienie nr 7']) {
    t.equal(classifyOffline(readingFromText([ORDER(title)])).type, 'other', title);
  }
});

t.test('a payslip whose deductions have a total is other', async (t) => {
  for (const title of ['PAYSLIP', 'Payslip for February 2025', 'Gehaltsabrechnung Februar 2025', 'Lohnabrechnung', 'Bulletin de paie', 'Nómina', 'Busta paga', 'Loonstrook', 'Pasek wypłaty', 'Recibo de nómina']) {
    const c = classifyOffline(readingFromText([PAYSLIP(title)]));
    t.equal(c.type, 'other', `${title}: ${c.reason}`);
    t.match(c.reason, /a payslip/, title);
  }
});

t.test('a quote with net, VAT and gross totals is other in every language served', async (t) => {
  for (const title of ['ANGEBOT Nr. AN-2025-031', 'Kostenvoranschlag', 'Quotation', 'Estimate #311', 'Devis n° 2025-12', 'Presupuesto nº 45', 'Preventivo n. 9', 'Orçamento', 'Offerte', 'Oferta nr 3/2025']) {
    const c = classifyOffline(readingFromText([QUOTE(title)]));
    t.equal(c.type, 'other', `${title}: ${c.reason}`);
    t.match(c.reason, /a quote/, title);
  }
});

t.test('scanned minutes whose amounts are told in sentences are other, titled or not', async (t) => {
  for (const title of ['Minutes of the Finance Committee Meeting', 'Notes from the January meeting']) {
    const c = classifyOffline(readingFromText([MINUTES(title)], { kind: 'image', width: 1083 }));
    t.equal(c.type, 'other', `${title}: ${c.reason}`);
  }
  t.match(classifyOffline(readingFromText([MINUTES('Notes from the January meeting')], { kind: 'image', width: 1083 })).reason, /told only in sentences/);
  t.equal(classifyOffline(readingFromText([MINUTES('Protokoll der Vorstandssitzung')], { kind: 'image', width: 1083 })).type, 'other');
});

t.test('the same pages titled as an invoice, and invoices or receipts that name an order, a quote or an offer, stay ours', async (t) => {
  t.equal(classifyOffline(readingFromText([ORDER('RECHNUNG Nr. 2025-017')])).type, 'invoice', 'a German invoice');
  t.equal(classifyOffline(readingFromText([QUOTE('RECHNUNG Nr. 2025-031').map((l) => l.replace('Gültig bis', 'Fällig am'))])).type, 'invoice', 'an invoice laid out as the quote');
  const invoice = classifyOffline(readingFromText([[
    'Northwind Consulting Ltd                                   INVOICE', 'Purchase Order No: 4500012345', 'Quote #311 accepted on 2 April 2024',
    'Bill To                                  Invoice No: INV-0042', 'Acme Widgets Inc.                        Invoice Date: 18 April 2024',
    'Description                 Qty     Unit Price      Amount', 'Workshop                      2       1,200.00    2,400.00',
    'Subtotal                                            2,400.00', 'VAT 20%                                               480.00', 'Total Due                                           2,880.00',
  ]]));
  t.equal(invoice.type, 'invoice', invoice.reason);
  const takeaway = classifyOffline(readingFromText([[
    'PIZZERIA DA MARIO', 'Bestellung #0231', '12.03.2025 19:42', 'Margherita            8,50 A', 'Tiramisu              5,00 A', 'Cola 0,5l              3,20 B',
    'SUMME                 16,70', 'Bar                   20,00', 'Rückgeld               3,30', 'Vielen Dank',
  ]], { kind: 'image', width: 400 }));
  t.equal(takeaway.type, 'receipt', `a till slip headed with its order number: ${takeaway.reason}`);
  const oferta = classifyOffline(readingFromText([[
    'SUPERMERCADO NORD S.L.', 'OFERTA SEMANAL', 'CIF: B26164358', 'YOGUR NATURAL          5,32 B', 'LECHE ENTERA           3,11 A',
    'TOTAL A PAGAR EUR      8,43', 'EFECTIVO              10,00', 'CAMBIO                 1,57', '16/09/25 16:57 Caja 2', 'FACTURA SIMPLIFICADA Nº 1913',
  ]], { kind: 'pdf', width: 227 }));
  t.equal(oferta.type, 'receipt', `a till slip whose header advertises an offer: ${oferta.reason}`);
});

t.test('an invoice titled with its kind ("FAKTURA VAT", "Factura simplificada") that names the buyer\'s order under a label stays an invoice', async (t) => {
  // an A4 page: the order reference stands in the head, the seller's line at the foot
  const page = (title: string, orderLine: string) => [
    title, '', 'Usługi Odra Sp. z o.o.', 'ul. Floriańska 2', '30-001 Kraków', '', 'Numer faktury: RE-2022-2844', 'Data wystawienia: 08.05.2022', orderLine,
    '', 'Nazwa                         Ilość        Cena      Wartość', 'Lampka biurowa                    8       64,91       519,28', 'Kable                             8        7,97        63,76',
    '', '                     Wartość netto      VAT 23%      Razem brutto', '                       583,04 PLN    134,10 zł      717,14 PLN',
    'Do zapłaty                                               717,14', ...Array(20).fill(''), 'Drukarnia Wisła Sp. z o.o. · ul. Długa 14 · 30-001 Kraków', 'IBAN PL50 2679 5184 6592 1684 · NIP 938207',
  ];
  for (const title of ['FAKTURA VAT', 'Faktura VAT marża', 'FAKTURA KORYGUJĄCA', 'Factura simplificada']) {
    const c = classifyOffline(readingFromText([page(title, 'Zamówienie nr: B-69829')]));
    t.equal(c.type, 'invoice', `${title}: ${c.reason}`);
  }
  t.equal(classifyOffline(readingFromText([page('ZAMÓWIENIE', 'Zamówienie nr: B-69829')])).type, 'other', 'the same page titled as an order is an order');
  // a scan reads a speck after the title as a point ("FAKTURA VAT.", a generated Polish scan)
  for (const title of ['FAKTURA VAT.', 'INVOICE.', 'Rechnung ·']) t.equal(classifyOffline(readingFromText([page(title, 'Zamówienie nr: B-69829')])).type, 'invoice', `${title} is still a title`);
  t.equal(classifyOffline(readingFromText([page('ZAMÓWIENIE.', 'Zamówienie nr: B-69829')])).type, 'other', 'and an order\'s title with a speck is still an order\'s');
});

/** A page with an invoice's figures (items, a total, a bill-to, a due date) and `note` printed under the total. */
const CONFIRMED = (note: string, title = 'Harbor Tools Inc.') => [
  title, '12 Dock Road, Boston MA 02110', 'Order No.: SO-55812 Order date: 2024-04-02', 'Bill to: Acme Widgets LLC', 'Item Qty Unit price Amount',
  'Cordless drill DX-20 4 129.00 516.00', 'Drill bit set 4 24.50 98.00', 'Subtotal 614.00', 'Tax 8% 49.12', 'Total 663.12 USD', 'Due date: 2024-05-02',
  note, 'An invoice will be issued upon shipment.',
];

t.test('a page that says it is not an invoice is none, in every language served, and says why', async (t) => {
  t.equal(classifyOffline(readingFromText([CONFIRMED('Payment terms: 30 days net.')], { width: 595 })).type, 'invoice', 'the same page without the statement is an invoice');
  for (const note of ['Expected delivery: 2024-04-15. This is not an invoice;', 'Dies ist keine Rechnung.', "Ceci n'est pas une facture.", 'Esto no es una factura.',
    'Questa non è una fattura.', 'Dit is geen factuur.', 'Isto não é uma fatura.', 'To nie jest faktura.', 'This document does not constitute an invoice.']) {
    const c = classifyOffline(readingFromText([CONFIRMED(note)], { width: 595 }));
    t.equal(c.type, 'other', `${note}: ${c.reason}`);
    t.match(c.reason, /it says it is not an invoice \(".+"\)/, note);
  }
});

t.test('a receipt that says it is a receipt and not an invoice, or not a VAT invoice, is still what it is', async (t) => {
  for (const note of ['This is a receipt, not an invoice.', 'This is not a VAT invoice.']) {
    t.equal(classifyOffline(readingFromText([CONFIRMED(note)], { width: 595 })).type, 'invoice', note);
  }
});

t.test('an order confirmation titled as one is other in every language served', async (t) => {
  for (const title of ['ORDER CONFIRMATION', 'Order Acknowledgement', 'Auftragsbestätigung Nr. 4711', 'Confirmation de commande', 'Confirmación de pedido', "Conferma d'ordine", 'Confirmação de encomenda', 'Orderbevestiging', 'Potwierdzenie zamówienia']) {
    const c = classifyOffline(readingFromText([CONFIRMED('Payment terms: 30 days net.', title)], { width: 595 }));
    t.equal(c.type, 'other', `${title}: ${c.reason}`);
    t.match(c.reason, /an order confirmation/, title);
  }
});
