/**
 * @module test/engine/extract/nordic-kenyan-summary-rows
 * An invoice's sum before VAT in Norwegian, Danish and Swedish ("Sum eks. mva", "I alt ekskl.
 * moms", "Summa exkl. moms") and the amount VAT is charged on in Kenya and the Philippines
 * ("Vatable Amount", "VATable Sales") is a summary row, never an item, and the net; the sum
 * with VAT ("Sum inkl. mva") is the total (a thirteenth tester: "Sum eks. mva" and "Vatable
 * Amount" came out as items).
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const invoice = (head: string[], cur: string, netLabel: string, taxLabel: string, totalLabel: string) => [
  ...head, `Currency: ${cur}`,
  'Description                    Qty    Unit price       Amount',
  'Software licence annual          5      3 101,43    15 507,15',
  'Website maintenance              1      3 999,96     3 999,96',
  `${netLabel.padEnd(45)}19 507,11`,
  `${taxLabel.padEnd(45)} 4 876,78`,
  `${totalLabel.padEnd(45)}24 383,89`,
];
const head = ['Fjord Data AS FAKTURA', 'Storgata 12, 0155 Oslo', 'Fakturanr.: 2025-118', 'Fakturadato: 15.07.2025', 'Forfallsdato: 29.07.2025', 'Kunde: Nordlys Hotell AS'];

t.test('the sum before VAT, in each of these languages, is no item and is the net', async (t) => {
  const cases: [string, string, string, string][] = [
    ['NOK', 'Sum eks. mva', 'MVA 25%', 'Sum inkl. mva'],
    ['NOK', 'Sum ekskl. mva', 'Mva 25 %', 'Å betale'],
    ['DKK', 'I alt ekskl. moms', 'Moms 25%', 'I alt inkl. moms'],
    ['SEK', 'Summa exkl. moms', 'Moms 25%', 'Summa inkl. moms'],
    ['KES', 'Vatable Amount', 'VAT 25%', 'Total Amount'],
    ['PHP', 'VATable Sales', 'VAT 25%', 'Total Amount Due'],
  ];
  for (const [cur, net, tax, total] of cases) {
    const r = extractInvoice(readingFromText([invoice(head, cur, net, tax, total)], { width: 595 })).formatted;
    t.same(r.tableItems.map((i) => i.description), ['Software licence annual', 'Website maintenance'], `${net}: items`);
    t.same([r.netAmount, r.taxAmount, r.totalAmount], [19507.11, 4876.78, 24383.89], `${net}: net, tax, total`);
  }
});
