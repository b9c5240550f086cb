/**
 * @module test/engine/extract/order-number
 * The purchase order reference (EN 16931 BT-13) by its labels in the eight languages served,
 * the longest label first ("Your order ref." over "Your order"); a label followed by words or a
 * date holds no number, and a bare noun ("pedido" in a shipping line) is no label.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';
import { orderNumbers } from '../../../engine/extract/order-number.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';

const order = (line: string | string[]) => extractInvoice(readingFromText([[
  'Nordwind Trading', 'Invoice No. INV-2025-100', 'Date: 12/10/2025', ...(Array.isArray(line) ? line : [line]),
  'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00', 'Total                                             1.000,00 EUR',
]])).formatted.orderNumber;

t.test('order reference labels in the eight languages', async (t) => {
  for (const [line, want] of [
    ['Your order ref.: PO-1188', 'PO-1188'], ['Purchase Order No.: 4500012345', '4500012345'], ['Order number: SO-77812', 'SO-77812'],
    ['Ihre Bestellung: 88123', '88123'], ['Bestell-Nr.: B-2025-17', 'B-2025-17'], ['Auftragsnummer 40012', '40012'],
    ['Votre commande : CMD-9912', 'CMD-9912'], ['N° de commande : 2025-4471', '2025-4471'],
    ['Su pedido: 4500123', '4500123'], ['Número de pedido: PED-2025-18', 'PED-2025-18'],
    ['Rif. ordine: PO-7781', 'PO-7781'], ['Vs. ordine n. 5512', '5512'],
    ['V/ Referência: ENC 5521', 'ENC 5521'], ['Nº encomenda: 2025/0091', '2025/0091'],
    ['Uw referentie: 2025-0042', '2025-0042'], ['Ordernummer: ORD-88120', 'ORD-88120'],
    ['Nr zamówienia: ZAM/2025/12', 'ZAM/2025/12'], ['Numer zlecenia: ZL-0042', 'ZL-0042'],
  ] as const) t.equal(order(line), want, line);
});

t.test('an order label that ends its line has its number below it', async (t) => {
  t.equal(order(['Customer No.      Your order ref.', 'C-1002            PO-55120']), 'PO-55120');
});

t.test('a label followed by words or a date holds no number, and a bare noun is no label', async (t) => {
  t.equal(order('Ihre Bestellung vom 02.10.2025'), null, 'a date after the label');
  t.equal(order(['Data ordine: 12/10/2025', 'Via Roma 1, 10122 Torino']), null, 'an order date');
  t.equal(order('Gastos de envío del pedido 12,50'), null, 'a shipping line');
});

t.test('"n.:" after an order label is a number marker, also before an id that starts with letters ("Vs. ordine n.: B-47971")', async (t) => {
  const ids = (line: string) => orderNumbers(flattenLines(readingFromText([['FATTURA', line, 'Totale 12,00']]))).map((c) => c.text);
  t.same(ids('Vs. ordine n.: B-47971'), ['B-47971']);
  t.same(ids('Rif. ordine n. 4471'), ['4471']);
});

t.test('order reference labels in other languages (a thirteenth tester\'s invoices), accents as printed and as a scan drops them', async (t) => {
  for (const [line, want] of [
    ['Rendelésszám: PO-96556', 'PO-96556'], ['Rendelesszam:PO-38356', 'PO-38356'], ['Comanda nr.: PO-72801', 'PO-72801'],
    ['Naročilo št.: PO-93810', 'PO-93810'], ['Narocilo St.: PO-93810', 'PO-93810'], ['Narudžba br. 2026/77', '2026/77'],
    ['Číslo objednávky: OBJ-1204', 'OBJ-1204'], ['Ordrenr.: PO-19645', 'PO-19645'], ['Tilausnumero:PO-99119', 'PO-99119'],
    ['Tellimuse nr: 88120', '88120'], ['Pasūtījuma Nr. P-4410', 'P-4410'], ['Užsakymo Nr. UZ-0042', 'UZ-0042'],
    ['Encomenda n.º: PO-36626', 'PO-36626'], ['Encomenda n.9:PO-36626', 'PO-36626'], ['LPO No: PO-31128', 'PO-31128'],
  ] as const) t.equal(order(line), want, line);
});

t.test('the bare order noun closed by its colon in a header field is a label, and holds only an id (a fresh tester\'s Polish and Austrian invoices)', async (t) => {
  t.equal(order('Kraków                               Zamówienie: ZAM-2025-118'), 'ZAM-2025-118');
  t.equal(order('Familie Gruber                       Auftrag: A-2025-211'), 'A-2025-211');
  t.equal(order('Pedido: 4500123'), '4500123');
  t.equal(order('Bestellung: 02.10.2025'), null, 'a date after it is no order number');
  t.equal(order('Auftrag erteilt am 02.10.2025 per E-Mail'), null, 'the noun without its colon names no field');
});
