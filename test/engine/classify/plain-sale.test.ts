/**
 * @module test/engine/classify/plain-sale
 * A short page with a total, a till's word and nothing an invoice prints is a receipt, whatever
 * the tax or business number printed beside the shop's name (an Australian café's slip with its
 * ABN on the name line, GST included and EFTPOS was refused as other).
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const a4 = (lines: string[]) => readingFromText([lines], { kind: 'pdf', width: 595 });

t.test("an Australian café's receipt with its ABN on the name line is a receipt", async (t) => {
  for (const head of [['CAFE SOLE PTY LTD ABN 51 824 753 556'], ['CAFE SOLE PTY LTD', 'ABN 51 824 753 556']]) {
    const c = classifyOffline(a4([...head, '12 King St, Sydney NSW 2000', 'Flat White x2', 'Banana Bread', 'TOTAL                  $12.50', 'GST included            $1.14', 'EFTPOS']));
    t.equal(c.type, 'receipt', `${head.join(' / ')}: ${c.reason}`);
    t.match(c.reason, /eftpos/);
  }
});

t.test('a short page with a total but an invoice field is not made a receipt by it', async (t) => {
  const c = classifyOffline(a4(['Northwind Consulting Ltd', 'Invoice No: 0042', 'Date: 18/04/2024', 'Consulting services     1,200.00', 'Travel                    200.00', 'Total                   1,400.00', 'Paid by credit card']));
  t.equal(c.type, 'invoice', c.reason);
});

t.test('a short page with a total and no till word stays other', async (t) => {
  const c = classifyOffline(a4(['Garden club', 'Seeds bought for the spring', 'Tulips 12.00', 'Roses 18.00', 'Total 41.00']));
  t.equal(c.type, 'other', c.reason);
});

t.test("a German café's slip titled 'Rechnung Nr.' and paid by EC-Karte is a receipt", async (t) => {
  const c = classifyOffline(a4(['Café Müller', 'Hauptstr. 5, 10115 Berlin', 'Rechnung Nr. 1234', '12.03.2024 14:22', '1 Cappuccino      3,50', '1 Apfelstrudel    4,20', 'Gesamt EUR        7,70', 'enth. MwSt 7%     0,50', 'EC-Karte          7,70']));
  t.equal(c.type, 'receipt', c.reason);
  t.match(c.reason, /paid at the till/);
});

t.test('an invoice paid by card keeps its title when it prints a buyer or an invoice field', async (t) => {
  const buyer = classifyOffline(a4(['Müller Software GmbH', 'Hauptstr. 5, 10115 Berlin', 'Firma Beispiel AG', 'Musterweg 1', '80331 München', 'Rechnung Nr. 12', '12.03.2024', 'Beratung          500,00', 'Gesamt            595,00', 'enth. MwSt 19%     95,00', 'Bezahlt per Karte 595,00']));
  t.equal(buyer.type, 'invoice', buyer.reason);
  const field = classifyOffline(a4(['Müller Software GmbH', 'Hauptstr. 5, 10115 Berlin', 'Rechnung Nr. 12', 'Rechnungsdatum: 12.03.2024', 'Beratung          500,00', 'Gesamt            595,00', 'enth. MwSt 19%     95,00', 'Kartenzahlung     595,00']));
  t.equal(field.type, 'invoice', field.reason);
});

t.test("a till's TAX INVOICE slip with its own invoice number, paid by EFTPOS, is a receipt", async (t) => {
  const c = classifyOffline(a4(['HARDWARE WAREHOUSE PTY LTD ABN 26 008 672 179', 'TAX INVOICE', 'Invoice No: 4321/00123456', '12/03/2024 10:15', 'Hammer            24.98', 'Nails              5.50', 'TOTAL            $30.48', 'GST included in total $2.77', 'EFTPOS           $30.48']));
  t.equal(c.type, 'receipt', c.reason);
});

t.test('a tax invoice with a bill-to and its number, paid by card, stays an invoice', async (t) => {
  const c = classifyOffline(a4(['Northwind Consulting Pty Ltd ABN 51 824 753 556', '42 King St, Sydney NSW 2000', 'TAX INVOICE', 'Invoice No: INV-0042', 'Bill To: Acme Widgets Pty Ltd', 'Date: 18/04/2024', 'Consulting services   1,200.00', 'GST                     120.00', 'Total                 1,320.00', 'Paid by Visa          1,320.00']));
  t.equal(c.type, 'invoice', c.reason);
});
