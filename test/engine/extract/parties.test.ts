/**
 * @module test/engine/extract/parties
 * Seller and buyer blocks of invoices.
 */
import t from 'tap';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { BUYER_LABELS, SELLER_LABELS, labelledParty } from '../../../engine/extract/parties.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const seller = (page: string[]) => labelledParty(flattenLines(readingFromText([page], { width: 600 })), SELLER_LABELS, BUYER_LABELS)?.name ?? null;
const buyer = (page: string[]) => labelledParty(flattenLines(readingFromText([page], { width: 600 })), BUYER_LABELS, SELLER_LABELS)?.name ?? null;

t.test('a label, an id line, then the name: the id and the address are skipped', async (t) => {
  const page = [
    'RECHNUNG', 'Verkäufer:', 'Nummer : 12345676', 'Rohstoff AG Salzgitter', 'Marktstr. 153', 'DE 38226 Salzgitter', '',
    'Käufer/Leistungsempfänger:', 'Nummer : 75969813', 'Metallbau Leipzig GmbH & Co. KG', 'Pappelallee 15',
  ];
  t.equal(seller(page), 'Rohstoff AG Salzgitter');
  t.equal(buyer(page), 'Metallbau Leipzig GmbH & Co. KG', 'two labels joined by a slash are one label');
});

t.test('a "Name:" key takes the wrapped line and the salutation printed above its value', async (t) => {
  const page = [
    'Verkäufer',
    'Nummer:                      549910',
    '                             MVM Musterhafter',
    'Name:                        Versicherungsverein Musterstadt a.G.',
    'Anschrift:                   Musterstr. 12',
    '',
    'Käufer/Leistungsempfänger',
    '                             Herrn',
    'Name:                        Max Mustermann',
    'Anschrift:                   Musterstr. 11',
  ];
  t.equal(seller(page), 'MVM Musterhafter Versicherungsverein Musterstadt a.G.');
  t.equal(buyer(page), 'Herrn Max Mustermann');
});

t.test('a name on the label line; "to" and "from" need a colon', async (t) => {
  t.equal(buyer(['Bill To: Acme Widgets Inc.']), 'Acme Widgets Inc.');
  t.equal(buyer(['To: iViveLabs Ltd Order date: 28 Jan 15']), 'iViveLabs Ltd');
  t.equal(buyer(['Payable to the order of the bank within 30 days']), null);
  t.equal(buyer(['Customer No: 4711']), null, 'a customer number is not a customer');
});

t.test('the seller is never taken from the buyer line at the top', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Tax Invoice', 'Envato', 'ABN: 11 119 159 741', 'To: iViveLabs Ltd Order date: 28 Jan 15', 'Invoice No. 12429647',
    'Item purchase $80.80', 'Invoice Total: $101.00',
  ]]));
  t.equal(x.supplierName, 'Envato');
  t.equal(x.customerName, 'iViveLabs Ltd');
});

t.test('a department named after the customer is not the customer; "Nom du client" labels the buyer', async (t) => {
  const page = [
    'FICTIOCORP',
    'Par courrier',
    'Customer Support Department',
    'TSA 12345',
    '',
    'Nom du client                               Les prochaines étapes',
    'JOHN DOE                                    Prochaine facture vers le 29/03/2021',
  ];
  t.equal(buyer(page), 'JOHN DOE');
  t.equal(buyer(['Service client', 'Tel 0800 123 123']), null);
});

t.test('a buyer whose name starts with "Services" or "Support" is a company when its legal form says so; a service desk is still no party', async (t) => {
  const invoice = (buyerLine: string) => extractInvoice(readingFromText([['Atelier Dupont SARL', '14 rue Oberkampf', '33000 Bordeaux', 'Facture', buyerLine, 'N° de facture Date de facture',
    '2023/8554 8 février 2023', 'Désignation Qté Prix unitaire Montant', 'Câbles 1 281,92 281,92', 'Sous-total HT 281,92', 'TVA 20% 56,38', 'Total TTC 338,30']])).formatted;
  t.equal(invoice('Facturé à: Services Moreau SAS').customerName, 'Services Moreau SAS');
  t.equal(invoice('Customer: Support Partners GmbH').customerName, 'Support Partners GmbH');
  t.not(invoice('Customer service: +33 1 23 45 67 89').customerName, 'service: +33 1 23 45 67 89');
});

t.test('an Italian buyer whose S.r.l. OCR read as S.r.i. keeps its legal form', async (t) => {
  const x = extractInvoice(readingFromText([['Forniture Roma S.p.A.', 'Via Roma 12', '00184 Roma', 'FATTURA', 'Destinatario: Studio Lago S.r.i.', 'Numero fattura: 2025/117', 'Data: 14/03/2025',
    'Descrizione    Quantità    Prezzo    Importo', 'Carta A4          2       10,00      20,00', 'Imponibile                 20,00', 'IVA 22%                     4,40', 'Totale                     24,40']], { kind: 'image' })).formatted;
  t.equal(x.customerName, 'Studio Lago S.r.l.');
});

/** An invoice head in two columns, seller left and buyer right, under a row of labels. */
const TWO_COLUMNS = (labels: [string, string], rows: [string, string][]) => [
  'INVOICE', `${labels[0].padEnd(50)}${labels[1]}`, ...rows.map(([a, b]) => `${a.padEnd(50)}${b}`), '',
  'Invoice No: INV-2025-5581', 'Description Qty Rate Amount', 'Lawn care 5 64.18 320.90', 'Total Due 320.90',
];

t.test('a row of labels only ("FROM  BILL TO", "SPRZEDAWCA  NABYWCA", "EMITENTE  TOMADOR") heads two party blocks; no label is a name', async (t) => {
  const en = TWO_COLUMNS(['FROM', 'BILL TO'], [["Dave's Plumbing Corp.", 'Globex Corporation'], ['2300 Mission Street', '500 Oracle Parkway']]);
  t.equal(seller(en), "Dave's Plumbing Corp.");
  t.equal(buyer(en), 'Globex Corporation');
  const pl = TWO_COLUMNS(['SPRZEDAWCA', 'NABYWCA'], [['Zaklad Stolarski Lis Sp. z o.o.', 'Hotel Pod Roza Sp. z o.o.'], ['ul. Piekna 15', 'pl. Wszystkich Swietych 3']]);
  t.equal(seller(pl), 'Zaklad Stolarski Lis Sp. z o.o.');
  t.equal(buyer(pl), 'Hotel Pod Roza Sp. z o.o.');
  const br = extractInvoice(readingFromText([TWO_COLUMNS(['EMITENTE', 'TOMADOR'], [['Almeida & Souza Advogados ME', 'Prefeitura de Campinas'], ['Rua Augusta 1500', 'Av. Anchieta 200']])], { width: 600 })).formatted;
  t.equal(br.supplierName, 'Almeida & Souza Advogados ME');
  t.equal(br.customerName, 'Prefeitura de Campinas');
});

t.test('names read before the row of labels over them (a taller row listed first) are still the blocks\' names', async (t) => {
  const reading = readingFromText([TWO_COLUMNS(['FROM', 'BILL TO'], [["Dave's Plumbing Corp.", 'Globex Corporation'], ['2300 Mission Street', '500 Oracle Parkway']])], { width: 600 });
  const ls = reading.pages[0].lines;
  [ls[1], ls[2]] = [ls[2], ls[1]]; // the names' row first, as OCR listed a photo's taller row
  const x = extractInvoice(reading).formatted;
  t.equal(x.supplierName, "Dave's Plumbing Corp.");
  t.equal(x.customerName, 'Globex Corporation');
});

t.test('a party name wrapped in its column is read whole: its legal form below, or a name that ends with one', async (t) => {
  const a = TWO_COLUMNS(['SPRZEDAWCA', 'NABYWCA'], [['Uslugi Remontowe Kowalczyk', 'Urzad Miasta Krakowa'], ['Sp. z o.o.', 'pl. Wszystkich Swietych 3'], ['ul. Piekna 15', '31-004 Krakow']]);
  t.equal(seller(a), 'Uslugi Remontowe Kowalczyk Sp. z o.o.');
  const b = TWO_COLUMNS(['FROM', 'BILL TO'], [['SMITH & JONES', 'Fenwick & Hart'], ['CONSULTING LIMITED', 'Solicitors LLP'], ['45 Queen Street', 'Unit 7, Park Royal']]);
  t.equal(seller(b), 'SMITH & JONES CONSULTING LIMITED');
  t.equal(buyer(b), 'Fenwick & Hart Solicitors LLP');
  const c = TWO_COLUMNS(['FROM', 'BILL TO'], [['Northwind Traders Ltd', 'Globex Corporation'], ['Consulting Department', '500 Oracle Parkway']]);
  t.equal(seller(c), 'Northwind Traders Ltd', 'a name with its legal form is whole: the line under it is no part of it');
});

/** A scan's reading: one OCR line per row, its columns' words joined by single spaces (their boxes keep the gaps). */
const scanBuyer = (page: string[]) => {
  const reading = readingFromText([page], { width: 600, kind: 'image' });
  for (const p of reading.pages) for (const l of p.lines) l.text = l.text.trim().replace(/\s+/g, ' ');
  return labelledParty(flattenLines(reading), BUYER_LABELS, SELLER_LABELS)?.name ?? null;
};

t.test('a scan joins the buyer with the meta column on one line: the buyer is still read (a fresh tester: "Description" came back)', async (t) => {
  t.equal(scanBuyer([
    'Lim & Rahman Logistics Sdn. Bhd.',
    'Bill To:                                Invoice No: 202202914',
    'Kestrel Outdoor Supplies                Date: 07/03/2022',
    '88 Harbour Road                         Due Date: 21/04/2022',
    '',
    'Description                             Qty   Unit Price   Amount (RM)',
    'Travel expenses                         10    95.19        951.90',
  ]), 'Kestrel Outdoor Supplies');
  t.equal(scanBuyer(['Kunde', 'Nummer      : 4711', 'Acme GmbH']), 'Acme GmbH', 'a key with its colon set apart is still a key');
});

t.test('a buyer block ends at the item table header: no header word is a name', async (t) => {
  for (const [label, header] of [['Factuur aan:', 'Omschrijving   Aantal   Prijs   Bedrag'], ['Spett.le', 'Descrizione   Q.tà   Prezzo   Importo'], ['Bill To:', 'Description   Qty   Unit Price   Amount'], ['Nabywca:', 'Opis   Ilość   Cena']]) {
    t.equal(scanBuyer([label, 'Kundennummer: 4711', 'Marktplein 1', header, 'Arbeidsuren   2   700,32   1.400,64']), null, header);
  }
});

t.test('a party label before a field of its own ("Buyer Order No:", "Customer Ref:", "Buyer GSTIN:") names no party there', async (t) => {
  for (const field of ['Buyer Order No: PE-884', "Buyer's Order No.: PE-884", 'Customer Ref: 1182', 'Buyer GSTIN: 27ABCPP4321K1Z2', 'Customer Account No. 00418']) {
    t.equal(buyer(['TAX INVOICE', 'Shree Ganesh Traders Pvt. Ltd.', 'Invoice No: SGT/26-27/0312', field, 'Bill To:', 'Patel Electricals', 'Shop 3, Station Road, Pune 411001']), 'Patel Electricals', field);
  }
  t.equal(buyer(['TAX INVOICE', 'Customer: Patel Electricals']), 'Patel Electricals', 'a name after the label is still the buyer');
});
