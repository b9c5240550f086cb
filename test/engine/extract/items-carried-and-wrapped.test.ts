/**
 * @module test/engine/extract/items-carried-and-wrapped
 * An invoice's line items: a total carried from one page to the next ("Carried forward",
 * "Übertrag", "A reporter", "A transportar", "Suma z przeniesienia"...) is never an item, and a
 * text line under an item's description, starting where it starts, wraps that description
 * (with whole numbers in it, with or without a named header) instead of naming the next item.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (pages: string[][]) => extractInvoice(readingFromText(pages)).formatted.tableItems.map((i) => [i.description, i.totalAmount]);
const HEAD = 'Description              Qty   Unit price    Amount';

t.test('a total carried from one page to the next is no item, in the languages served', async (t) => {
  for (const [foot, head] of [
    ['Carried forward', 'Brought forward'], ['Übertrag', 'Übertrag'], ['A reporter', 'Report'], ['Suma y sigue', 'Suma anterior'],
    ['Da riportare', 'Riporto'], ['A transportar', 'Transporte'], ['Over te brengen', 'Transport'], ['Do przeniesienia', 'Suma z przeniesienia'],
  ]) {
    const x = extractInvoice(readingFromText([
      ['Nordwind Trading', 'Invoice No. INV-2025-100', HEAD, 'Widget A                   2       10,00      20,00', 'Widget B                   1       30,00      30,00', `${foot}                                50,00`],
      [HEAD, `${head}                                   50,00`, 'Widget C                   1       50,00      50,00', 'Total                                       100,00'],
    ])).formatted;
    t.same(x.tableItems.map((i) => [i.description, i.totalAmount]), [['Widget A', 20], ['Widget B', 30], ['Widget C', 50]], `${foot} / ${head}`);
    t.equal(x.totalAmount, 100, `${foot} / ${head}: the carried sum is no total`);
  }
});

t.test('a charge named like a carried total is an item when its figure is no sum of the items above', async (t) => {
  t.same(items([['Nordwind Trading', 'Invoice No. INV-2025-100', HEAD, 'Widget A                   2       10,00      20,00', 'Transporte                 1       12,50      12,50', 'Total                                        32,50']]),
    [['Widget A', 20], ['Transporte', 12.5]]);
});

t.test('a text line under a description wraps it, not the next item', async (t) => {
  t.same(items([['Nordwind Trading', 'Invoice No. INV-2025-100', HEAD, 'Widget A                   2       10,00      20,00', 'Size 42, colour blue', 'Widget B                   1       30,00      30,00', 'Total                                        50,00']]),
    [['Widget A Size 42, colour blue', 20], ['Widget B', 30]], 'whole numbers in the wrapped line');
  t.same(items([['Nordwind Trading', 'Invoice No. INV-2025-100', 'Description                                  Amount', 'Consulting services                        1 000,00', 'for the period October 2025', 'Travel expenses                              250,00', 'Total                                      1 250,00']]),
    [['Consulting services for the period October 2025', 1000], ['Travel expenses', 250]], 'a header with no quantity or price column');
  t.same(items([['Nordwind Trading', 'Invoice No. INV-2025-100', 'Hosting plan premium                1   120,00   120,00', 'incl. backups and monitoring', 'Domain name                         1    15,00    15,00', 'Total                                       135,00']]),
    [['Hosting plan premium incl. backups and monitoring', 120], ['Domain name', 15]], 'no header');
  t.same(items([['Nordwind Trading', 'Invoice No. INV-2025-100', HEAD, 'Widget A                   2       10,00      20,00', 'blue, with cover', 'A4 80g                     1       30,00      30,00', 'Total                                        50,00']]),
    [['Widget A blue, with cover', 20], ['A4 80g', 30]], 'the next row has a short code of its own');
  t.same(items([['Nordwind Trading', 'Invoice No. INV-2025-100', HEAD, 'Widget A long name', '12345                      2       10,00      20,00', 'Total                                        20,00']]),
    [['Widget A long name', 20]], 'a description printed above a row of a code and figures is still that row\'s');
});

t.test('a service named like a carried total ("Vortrag", a talk) is an item when its figure is no sum of the items above', async (t) => {
  t.same(items([['Nordwind Trading', 'Rechnung Nr. RE-2025-100', HEAD, 'Workshop                   1      800,00     800,00', 'Vortrag                    1      500,00     500,00', 'Gesamtbetrag                              1.300,00']]),
    [['Workshop', 800], ['Vortrag', 500]]);
});
