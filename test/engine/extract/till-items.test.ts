/**
 * @module test/engine/extract/till-items
 * A European till prints a bought quantity on its own line above the item ("2 x 3,69" over
 * "H-MILCH 1,5% 7,38 A"): that line is no item, it is the next item's quantity and unit price.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a quantity line over its item gives that item its quantity and unit price', async (t) => {
  const lines = ['Sonnen Nord GmbH', 'Bahnhofstrasse 5', '04109 Leipzig', 'EUR', '2 x 3,69', 'H-MILCH 1,5% 7,38 A', 'BANANEN 3,91 A', '  4 x 2,80', 'SPA BLAUW 11,20 B',
    '--------------------------------', 'SUMME 22,49', 'BAR 25,00', 'RUECKGELD 2,51', '14.05.2025 19:27'];
  const r = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]),
    [['H-MILCH 1,5%', 2, 3.69, 7.38], ['BANANEN', null, null, 3.91], ['SPA BLAUW', 4, 2.8, 11.2]]);
});

t.test('a quantity line that does not multiply to the next line\'s price gives it nothing', async (t) => {
  const lines = ['Sonnen Nord GmbH', 'Bahnhofstrasse 5', '04109 Leipzig', 'EUR', 'BROT 2,10 A', '2 x 3,69', 'H-MILCH 1,5% 7,00 A', '--------------------------------', 'SUMME 9,10', '14.05.2025 19:27'];
  const r = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.totalAmount]), [['BROT', null, 2.1], ['H-MILCH 1,5%', null, 7]]);
});

t.test('without an item header row, the first line after the shop\'s header is an item too', async (t) => {
  const prices = [2.24, 0.66, 2.49, 0.82, 4.73, 4.4, 0.82, 6.32, 0.56, 0.25, 1.5];
  const items = prices.map((p, i) => `ITEM ${String.fromCharCode(65 + i)}LPHA ${p.toFixed(2).replace('.', ',')} A`);
  const sum = Math.round(prices.reduce((a, b) => a + b, 0) * 100) / 100;
  const lines = ['NAHKAUF NORD OHG', 'Lindenweg 8', '50667 Koeln', ...items, '--------------------------------', `SUMME EUR ${sum.toFixed(2).replace('.', ',')}`, '14.05.2025 19:27'];
  const r = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
  t.equal(r.tableItems.length, prices.length);
  t.equal(r.tableItems[0].description, 'ITEM ALPHA');
});

/**
 * A long receipt without a column heading: 40 items, a quantity line under every third name.
 * The top fifth of its lines reaches into the items; the header ends earlier (a rule line, or
 * with none printed or read, the date and the cashier lines), and the items start after it.
 */
function longReceipt(header: string[], printsTotal = true): { lines: string[]; names: string[]; sum: number } {
  const names: string[] = [];
  const body: string[] = [];
  let cents = 0;
  for (let k = 0; k < 40; k++) {
    const name = `GOODS ${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))}Z`;
    const q = k % 3 === 1 ? 2 + (k % 4) : 1;
    const unit = 100 + ((k * 737) % 2900);
    cents += q * unit;
    names.push(name);
    const amt = ((q * unit) / 100).toFixed(2);
    if (q > 1) body.push(name, `  ${q} x ${(unit / 100).toFixed(2)}`.padEnd(36 - amt.length) + amt);
    else body.push(name.padEnd(36 - amt.length) + amt);
  }
  const sum = cents / 100;
  // (without its total, only the header lines can tell where the items start: no sum to check)
  const total = printsTotal ? [`TOTAL`.padEnd(36 - sum.toFixed(2).length) + sum.toFixed(2)] : [];
  return { lines: [...header, ...body, '-'.repeat(36), ...total, 'CASH'.padEnd(30) + '2000.00'], names, sum };
}

t.test('a long receipt without a column heading keeps its first items: the header ends at its rule line', async (t) => {
  const { lines, names } = longReceipt(['KEDAI RUNCIT MAJU SDN BHD', '(1023456-W)', 'LOT 5, JALAN BESAR,', '43000 KAJANG, SELANGOR', 'GST ID : 001234567890', 'TAX INVOICE',
    'Date: 01/02/2023      Time: 10:00:00', 'Receipt No: R998877', 'Cashier: 01', '-'.repeat(36)], false);
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.description), names);
  t.same(r.tableItems.slice(0, 2).map((i) => [i.quantity, i.unitPrice]), [[null, null], [3, 8.37]]);
});

t.test('... and at its date and cashier lines when no rule line was read', async (t) => {
  const { lines, names } = longReceipt(['TESCO STORES LTD', 'VAT No: GB 220430231', 'Cromwell Road, London SW7 4XR', 'Receipt No: CS495612', 'Date:26/06/24 Time:16:42:02', 'Cashier: SARAH'], false);
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.description), names);
});

t.test('... and, with no header line to end it, where the items add up to the total printed below them', async (t) => {
  const { lines, names, sum } = longReceipt(['KEDAI RUNCIT MAJU SDN BHD', 'LOT 5, JALAN BESAR,', '43000 KAJANG, SELANGOR', 'THANK YOU FOR SHOPPING']);
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => i.description), names);
  t.equal(Math.round(r.tableItems.reduce((s, i) => s + (i.totalAmount ?? 0), 0) * 100) / 100, sum);
});

t.test('the amount, payment and change rows of a till ("IMPORTE 26,90", "TARJETA 26,90", "Rückgeld") are never items', async (t) => {
  const rows: [string, string[]][] = [
    ['es', ['IMPORTE 26,90', 'TARJETA 26,90']], ['es', ['IMPORTE 26,90', 'EFECTIVO 30,00', 'CAMBIO 3,10']],
    ['de', ['Betrag EUR 26,90', 'Karte 26,90']], ['de', ['Betrag 26,90', 'BAR 30,00', 'Rückgeld 3,10']],
    ['fr', ['Montant 26,90', 'CARTE BANCAIRE 26,90']], ['fr', ['Montant 26,90', 'ESPÈCES 30,00', 'RENDU 3,10']],
    ['it', ['IMPORTO 26,90', 'CONTANTI 30,00', 'RESTO 3,10']], ['it', ['IMPORTO 26,90', 'CARTA 26,90']],
    ['pt', ['TOTAL 26,90', 'CARTÃO 26,90']], ['pt', ['TOTAL 26,90', 'DINHEIRO 30,00', 'TROCO 3,10']],
    ['nl', ['TOTAAL 26,90', 'PIN 26,90']], ['nl', ['TOTAAL 26,90', 'CONTANT 30,00', 'WISSELGELD 3,10']],
    ['pl', ['SUMA PLN 26,90', 'KARTA 26,90']], ['pl', ['SUMA PLN 26,90', 'GOTÓWKA 30,00', 'RESZTA 3,10']],
  ];
  for (const [lang, tail] of rows) {
    const lines = ['Restaurante La Plaza', 'Calle Mayor 7, Madrid', '05/05/2024 18:18', 'Pasta 7,49 A', 'Mars Bar 6,74 A', 'Carta da forno 1,09 A',
      'Pin Badge 3,51 A', 'Salat 8,07 A', ...tail, 'A 10% 24,45 2,45 26,90', 'Thank you'];
    const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 300 })).formatted.multiple_receipts[0];
    t.same(r.tableItems.map((i) => i.description), ['Pasta', 'Mars Bar', 'Carta da forno', 'Pin Badge', 'Salat'], `${lang}: ${tail.join(' / ')}`);
    t.equal(r.totalAmount, 26.9, `${lang} total`);
  }
});

t.test("a brand's initials joined by an ampersand ('L&P', 'A & W') are a description, not a line without words", async (t) => {
  const lines = ['Fernhill Burgers', 'Shotover St 42, Queenstown', 'Receipt No 722506', 'Date 05/08/2025 14:04', 'Item Qty Price Amount',
    'L&P 1.5L 1 12.60 12.60', 'A & W 2 3.00 6.00', 'Pineapple lumps 1 7.54 7.54', 'TOTAL 26.14'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]),
    [['L&P 1.5L', 1, 12.6, 12.6], ['A & W', 2, 3, 6], ['Pineapple lumps', 1, 7.54, 7.54]]);
});

t.test("a till's shelf code between an item's name and its price row, and the count line under the items, end no items", async (t) => {
  // a code with a date's shape glued to its letters ("HD03-04-06") is no date; "Item(s) : 2 Qty(s) : 2" names two column words but is no header
  const lines = ['HOMEWARE DEPOT SDN BHD', 'Co-Reg: 860671-D', '-TAX INVOICE-', 'TOILET BRUSH 47-2311 *S', 'HD03-04-06 - 5/40/160', '9067860 1× 2.70 2.70',
    'CEMENT KN BLK-2 *S', 'CK11-22-31 - 10/400', '9071872 2× 1.60 3.20', 'Item(s) : 2 Qty(s) : 3', 'TOTAL INCL.GST@6% RM 5.90', 'CASH RM 50.00'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]),
    [['TOILET BRUSH 47-2311 *S', 1, 2.7, 2.7], ['CEMENT KN BLK-2 *S', 2, 1.6, 3.2]]);
  const dated = ['Corner Deli', 'Cashier: Ann', '05/08/2025 14:04', 'Bagel 1 3.20 3.20', 'TOTAL 3.20'];
  t.same(extractReceipt(readingFromText([dated], { kind: 'image' })).formatted.multiple_receipts[0].tableItems.map((i) => i.description), ['Bagel'], 'a date on its own still ends the header');
});
