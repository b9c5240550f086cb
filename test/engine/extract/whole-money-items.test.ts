/**
 * @module test/engine/extract/whole-money-items
 * Pages in a currency printed in whole amounts (yen, forint: ../../../engine/parse/minor-unit.ts):
 * their item lines ("Maintenance contract 11 10,477 10 % 115,247", "Support hours 3 1 521 27 %
 * 4 563") are items, a till slip in forints is a receipt, and whole numbers stay no money on a
 * page in another currency (a ninth tester: such invoices lost every line, a forint slip was
 * refused as printing no money).
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { printedTaxRates } from '../../../engine/derive/printed-rates.ts';
import { readingFromText } from '../reading-from-text.ts';

const invoice = (cur: string, sym: string, rows: string[], summary: string[]) => [
  'Kobayashi Trading KK INVOICE', '12 High Street, London', 'Invoice No.: FA-2024-1111', 'Invoice date: 2024-04-24', `Bill to: Currency: ${cur}`, 'Tanaka Foods',
  'Description Qty Unit price VAT Amount', ...rows, ...summary.map((s) => s.replace('#', sym)),
];
const items = (lines: string[]) => extractInvoice(readingFromText([lines], { width: 595 })).formatted.tableItems.map((x) => [x.description, x.quantity, x.unitPrice, x.totalAmount]);

t.test('a yen invoice\'s lines, grouped with commas, are its items', async (t) => {
  const lines = invoice('JPY', '¥', ['Maintenance contract 11 10,477 10 % 115,247', 'Training day 6 3,774 10 % 22,644'], ['Net amount #137,891', 'VAT 10 % #13,789', 'Total due #151,680']);
  t.same(items(lines), [['Maintenance contract', 11, 10477, 115247], ['Training day', 6, 3774, 22644]]);
});

t.test('a forint invoice\'s lines, grouped with spaces, are its items', async (t) => {
  const lines = ['Kovács és Társa Kft. SZÁMLA', 'Számla sorszáma: F-2024-1851', 'Vevő: Currency / Währung: HUF', 'Balaton Hotel Zrt.', 'Megnevezés Mennyiség Egységár ÁFA Nettó érték',
    'Support hours 3 1 521 27 % 4 563', 'Consulting services 4 12 289 27 % 49 156', 'Nettó összesen 53 719 Ft', 'ÁFA összesen 27 % 14 504 Ft', 'Bruttó végösszeg 68 223 Ft'];
  t.same(items(lines), [['Support hours', 3, 1521, 4563], ['Consulting services', 4, 12289, 49156]]);
  t.same(printedTaxRates('ÁFA összesen 27 % 14 504 Ft'), [0.27], 'the Hungarian tax word opens its line');
});

t.test('whole numbers are no money on a page in a currency with cents', async (t) => {
  const lines = invoice('EUR', '€', ['Maintenance contract 11 10,477 10 % 115,247', 'Training day 6 3,774 10 % 22,644'], ['Net amount #137,891', 'VAT 10 % #13,789', 'Total due #151,680']);
  t.same(items(lines), []);
});

t.test('a till slip in forints is a receipt', async (t) => {
  const slip = ['Kisbolt Szabo', 'Fo utca 1, Budapest', 'AFA-ID: HU12345678', '2024.10.08. 13:31 Nyugta sz. 3882', 'Ft', 'Joghurt 1 242 A', 'Schokolade 1 029 B', 'Milch 1L 799 B',
    'OSSZESEN Ft 3 070', 'Bankkartya 3 070', 'AFA Netto AFA Brutto', 'A 5% 1 183 59 1 242', 'B 27% 1 440 388 1 828', 'Thank you'];
  const c = classifyOffline(readingFromText([slip], { width: 300 }));
  t.equal(c.type, 'receipt', c.reason);
});
