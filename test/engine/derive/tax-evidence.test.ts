/**
 * @module test/engine/derive/tax-evidence
 * "No tax printed -> 0" (issue #12, item 6) holds only on a page that prints no tax at all: no
 * tax word beside an amount or a rate (in the Baltic languages too: Estonian "KM", "käibemaks",
 * Lithuanian "PVM", Latvian "PVN") and no tax table's rate row, even one whose tax word or net
 * OCR garbled. Such a page keeps a tax it could not read null, never 0. And the Lithuanian total
 * "IŠ VISO" as OCR reads it ("1s viso") is the total, never an item.
 */
import t from 'tap';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { printsRateRow, printsTaxEvidence } from '../../../engine/derive/printed-rates.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A receipt result of a total and its lines, nothing else read (currency units). */
const bill = (total: number, lines: number[]): ReceiptResult => ({
  multiple_receipts: [{
    documentId: '1', supplierName: 'S', customerName: null, date: 'd', totalAmount: total, taxAmount: null, netAmount: null, discountAmount: null, currencyCode: 'EUR',
    paymentMethod: null, tableItems: lines.map((v, i) => ({ quantity: null, description: `Item ${i}`, totalAmount: v, unitPrice: null, taxAmount: null, netAmount: null, discountAmount: null })),
  }],
});
const taxOf = (text: string, total: number, lines: number[]) => {
  const d = deriveResult('receipt', bill(total, lines), {}, text);
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], rule: d.fields.taxAmount?.rule };
};

t.test('a tax table\'s rate row is tax evidence whatever its header, when its figures agree with its rate', async (t) => {
  t.equal(printsRateRow('A 24% 17,47 4,19 21,66'), true, 'class, rate, net, tax, gross');
  t.equal(printsRateRow('A 24% 17.,47 4,19. 21,66'), true, 'the net garbled by OCR: 21,66 x 24/124 = 4,19 still tells the row');
  t.equal(printsRateRow('19% 7.118 1.352 8.470'), true, 'whole pesos: 7 118 x 19 % = 1 352');
  t.equal(printsRateRow('1 8.1% 24.13 1.95 26.08'), true, 'a Swiss numeric class');
  t.equal(printsRateRow('Rabatt 10% 25,00 2,50'), false, 'a discount names itself');
  t.equal(printsRateRow('10% 25,00 7,00'), false, 'figures that disagree with the rate');
  t.equal(printsRateRow('2 x 1,99 3,98'), false);
});

t.test('Baltic tax words count as tax evidence; the kilometre and the Finnish date do not', async (t) => {
  t.equal(printsTaxEvidence('KM % Km-ta. KM Kokku'), true, 'Estonian KM before a % column head');
  t.equal(printsTaxEvidence('KM 24% 4,19'), true);
  t.equal(printsTaxEvidence('Käibemaks 22% 3,61'), true);
  t.equal(printsTaxEvidence('PVM 21% 4,14'), true, 'Lithuanian PVM');
  t.equal(printsTaxEvidence('PVN 21% 4,14'), true, 'Latvian PVN');
  t.equal(printsTaxEvidence('Taxi 12 km 15.00\nTOTAL 15.00'), false, 'a distance in km');
  t.equal(printsTaxEvidence('KMKR EE100200300'), false, 'Estonia\'s VAT number is no tax');
  t.equal(printsTaxEvidence('Pvm: 12.03.2025\nYhteensä 15,00'), false, 'Finland\'s pvm is the date');
});

t.test('a receipt whose tax table OCR garbled keeps its tax null, not 0 "no tax printed"', async (t) => {
  const estonian = 'Kama 500g 2x5,97 11,94 A\nKohuke 1x5,57 5,57 A\nKOKKU 17,51\nKM % Km-ta. ·KM Kokku\nA 24% 14.,12 3,39. 17,51\nEUR';
  const ee = taxOf(estonian, 17.51, [11.94, 5.57]);
  t.not(ee.r.taxAmount, 0);
  t.not(ee.rule, 'no tax printed');
  // (the header alone, its row unread: the tax word still tells a tax is printed)
  t.equal(taxOf('Kohuke 5,57\nKOKKU 5,57\nKM 24 %\nEUR', 5.57, [5.57]).r.taxAmount, null);
  t.equal(taxOf('Duona 4,16 B\nIS VISO 4,16\nPVM % Be PVM PVM Su PVM\nEUR', 4.16, [4.16]).r.taxAmount, null, 'Lithuanian PVM header');
  t.equal(taxOf('Duona 4,16\nB 9% 3.,82 0,34 4,16', 4.16, [4.16]).r.taxAmount, null, 'a rate row alone, no tax word on the page');
  const none = taxOf('Taxi 12 km\nFare 15,00\nKOKKU 15,00', 15, [15]);
  t.same([none.r.taxAmount, none.r.netAmount, none.rule], [0, 15, 'no tax printed'], 'a page that prints no tax still gets 0');
});

t.test('the Lithuanian total "IŠ VISO" as OCR reads it is the total, not an item', async (t) => {
  for (const label of ['1s viso', 'Is viso', 'IŠ VISO', 'ls viso']) {
    const r = extractReceipt(readingFromText([['Rimi Lietuva', 'Juoda duona 1 4,16 4,16 B', 'Kefyras 2 6,10 12,20 A', `${label} 16,36`, 'EUR']], { kind: 'image' })).formatted.multiple_receipts[0];
    t.equal(r.totalAmount, 16.36, label);
    t.same(r.tableItems.map((i) => i.totalAmount), [4.16, 12.2], `${label}: no item`);
  }
});
