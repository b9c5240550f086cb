/**
 * @module test/engine/extract/whole-money-item-rows
 * Item rows on forint pages, which print whole forints (../../../engine/parse/minor-unit.ts), as
 * tills, scans and photos print them (a thirteenth tester: such pages gave no items, or a size
 * in a description as the price):
 * - the amount glued to its tax class letter ("Kenyer feher 1 2177 2177A");
 * - a whole unit price grouped with a space in a quantity clause ("Unicum 0,5l 1x1 841 1 841 B"),
 *   a size with decimals in the description no price of its own, and the amount's thousands set
 *   apart by a photo's wide gap ("1x2 725 2   725 B");
 * - an invoice's rows grouped with spaces under an unnamed or misread subtotal row
 *   ("Nett6 osszesen 1 780 259": that row is their sum, no item).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

type Row = [string | null, number | null, number | null, number | null];
const rows = (xs: { description: string | null; quantity: number | null; unitPrice: number | null; totalAmount: number | null }[]): Row[] => xs.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
const receiptItems = (lines: string[], kind: 'pdf' | 'image' = 'image') => rows(extractReceipt(readingFromText([lines], { kind, width: 300 })).formatted.multiple_receipts[0].tableItems);
const invoiceItems = (lines: string[]) => rows(extractInvoice(readingFromText([lines], { kind: 'image', width: 595 })).formatted.tableItems);

t.test('an amount glued to its tax class letter is the row\'s amount', async (t) => {
  const lines = ['Kisbolt Kft.', 'Fo utca 1, Budapest', 'Nyugta 4471', 'Datum: 2025.11.01.', 'Description Qty Price Amount',
    'Tej 2,8%          2    389    778A', 'Kifli             6     45    270B', 'Sajt trappista 1 1990 1990B', 'OSSZESEN 3038', 'Bankkartya 3038', 'A 5% 741 37 778', 'B 27% 1780 480 2260', 'HUF'];
  t.same(receiptItems(lines), [['Tej 2,8%', 2, 389, 778], ['Kifli', 6, 45, 270], ['Sajt trappista', 1, 1990, 1990]]);
});

t.test('a quantity clause with a whole unit price grouped with a space: the size in the name stays in it', async (t) => {
  const lines = ['Kisbolt Kft.', 'Fo utca 1, Budapest', 'Nyugta sorszam 8812', 'Datum 2025.12.09. 13:57',
    'Kenyer 2x1 120 2 240 B', 'Turo Rudi 1x639 639 C', 'Unicum 0,5l 1x5 841 5 841 B', 'Tokaji bor 0,75l 3x2 756 8 268 B',
    'OSSZESEN 16988', 'Bankkartya 16 988', 'HUF'];
  t.same(receiptItems(lines), [['Kenyer', 2, 1120, 2240], ['Turo Rudi', 1, 639, 639], ['Unicum 0,5l', 1, 5841, 5841], ['Tokaji bor 0,75l', 3, 2756, 8268]]);
});

t.test('an amount whose thousands a wide gap set apart is one amount when the clause before it makes it', async (t) => {
  const lines = ['Kisbolt Kft.', 'Fo utca 1, Budapest', 'Nyugta sorszam 8812', 'Datum 2025.12.09. 13:57',
    'Paprika orolt 1x2 725      2       725 B', 'Pick szalami 2x2 695      5.       390 C', 'Tej 1x389           389 A',
    'OSSZESEN 8504', 'Bankkartya 8 504', 'HUF'];
  t.same(receiptItems(lines), [['Paprika orolt', 1, 2725, 2725], ['Pick szalami', 2, 2695, 5390], ['Tej', 1, 389, 389]]);
});

t.test('an invoice\'s rows grouped with spaces, its misread subtotal row no item', async (t) => {
  const lines = ['Kovacs es Tarsa Kft. SZAMLA', 'Fo utca 12, Budapest', 'Adoszam HU23121886', 'Szamlaszam: 2025-24266', 'Szamla kelte: 2025.07.15.', 'Vevo: Balaton Hotel Zrt.',
    'Megnevezes                  Menny.    Egysegar     Netto ertek', 'Website maintenance              3      27 674          83 022',
    'Software licence annual         10      88 100         881 000', 'Office chairs                    7      24 807         173 649',
    'Nett6 osszesen                                    1 137 671', 'AFA 27% 307 171', 'Fizetendo HUF 1 444 842'];
  t.same(invoiceItems(lines), [['Website maintenance', 3, 27674, 83022], ['Software licence annual', 10, 88100, 881000], ['Office chairs', 7, 24807, 173649]]);
});

t.test('a last item that costs what the items above it cost together stays an item', async (t) => {
  const lines = ['Kovacs es Tarsa Kft. SZAMLA', 'Fo utca 12, Budapest', 'Adoszam HU23121886', 'Szamlaszam: 2025-24266', 'Szamla kelte: 2025.07.15.', 'Vevo: Balaton Hotel Zrt.',
    'Description          Qty     Unit price       Amount', 'Cable                  2          1 000        2 000', 'Plug                   1          3 000        3 000',
    'Installation                                   5 000',
    'Netto osszesen 10 000', 'AFA 27% 2 700', 'Fizetendo HUF 12 700'];
  t.same(invoiceItems(lines).map((r) => r[3]), [2000, 3000, 5000]);
});
