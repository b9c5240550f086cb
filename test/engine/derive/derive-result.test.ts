/**
 * @module test/engine/derive/derive-result
 * The derivation step on whole results: provenance of every field, the checks of printed
 * values, and the reference's validation of the filled result; and through the engine on a
 * generated text-layer receipt that prints no tax.
 */
import t from 'tap';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { confirmedTaxRate, printedTaxRates, mentionsTax } from '../../../engine/derive/printed-rates.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { InvoiceResult, ReceiptResult } from '../../../schemas/results.ts';

const receipt = (): ReceiptResult => ({
  multiple_receipts: [{
    documentId: '268472', supplierName: 'THE PLUME OF FEATHERS', customerName: null, date: '15/08/2025', totalAmount: 12.9, taxAmount: null,
    netAmount: null, discountAmount: null, currencyCode: 'GBP', paymentMethod: null,
    tableItems: [{ quantity: null, description: 'SAUSAGE AND MASH', totalAmount: 12.9, unitPrice: null, taxAmount: null, netAmount: null, discountAmount: null }],
  }],
});

t.test('the reference\'s own receipt: a total and one line make a valid result, every filled field marked derived', async (t) => {
  const fields = { totalAmount: { value: 12.9, confidence: 0.9 }, supplierName: { value: 'THE PLUME OF FEATHERS', confidence: 0.8 }, taxAmount: { value: null, confidence: 0 } };
  const d = deriveResult('receipt', receipt(), fields, 'THE PLUME OF FEATHERS\nSAUSAGE AND MASH 12.90\nTOTAL 12.90');
  const r = (d.formatted as ReceiptResult).multiple_receipts[0];
  t.same([r.taxAmount, r.netAmount, r.discountAmount], [0, 12.9, 0]);
  t.same(r.tableItems[0], { quantity: 1, description: 'SAUSAGE AND MASH', totalAmount: 12.9, unitPrice: 12.9, taxAmount: 0, netAmount: 12.9, discountAmount: 0 });
  t.equal(validateResult('receipt', d.formatted).valid, true);
  t.equal(d.fields.totalAmount.source, 'printed');
  t.equal(d.fields.taxAmount.source, 'derived');
  t.equal(d.fields.taxAmount.rule, 'no tax printed');
  t.equal(d.fields.taxAmount.confidence, 0.9, 'as sure as the total it rests on');
  t.equal(d.fields['tableItems[0].unitPrice'].source, 'derived');
  t.equal(d.fields.supplierName.source, 'printed');
  t.equal(validateResult('receipt', receipt()).valid, false, 'the input is not altered');
});

t.test('a value the document does not determine stays null, so validation stays false', async (t) => {
  const noId = receipt();
  noId.multiple_receipts[0].documentId = null;
  const d = deriveResult('receipt', noId, {}, 'TOTAL 12.90');
  t.same(validateResult('receipt', d.formatted).missing, ['multiple_receipts[0].documentId']);
});

t.test('checks are made on printed values only, and say when they fail', async (t) => {
  const inv: InvoiceResult = {
    supplierName: 'S', customerName: null, documentId: '1', orderNumber: null, date: 'd', dueDate: 'd', currencyCode: 'EUR',
    totalAmount: 169.4, taxAmount: 29.4, netAmount: 140, discountAmount: null,
    tableItems: [{ quantity: 1, description: 'a', totalAmount: 100, unitPrice: 100, taxAmount: null, netAmount: null, discountAmount: null },
      { quantity: 1, description: 'b', totalAmount: 30, unitPrice: 30, taxAmount: null, netAmount: null, discountAmount: null }],
  };
  const d = deriveResult('invoice', inv, {}, 'IVA 21% 29,40');
  t.same(d.checks.map((c) => [c.name, c.ok]), [['net_plus_tax_equals_total', true], ['items_sum_equals_net_or_total', false]]);
  const derivedNet = deriveResult('invoice', { ...inv, netAmount: null }, {}, 'IVA 21% 29,40');
  t.notOk(derivedNet.checks.some((c) => c.name === 'net_plus_tax_equals_total'), 'a derived net proves nothing');
});

t.test('printed tax rates and tax words', async (t) => {
  t.same(printedTaxRates('VAT 20% 3.42\nDiscount 10%\nMwSt 7 %\nTVA 5,5 %'), [0.2, 0.07, 0.055]);
  t.equal(mentionsTax('GST Reg No: 001234567\nTOTAL 12.00'), false, 'a registration number is no tax amount');
  t.equal(mentionsTax('TAX INVOICE\nTOTAL 12.00'), false);
  t.equal(mentionsTax('GST 6% 0.68\nTOTAL 12.00'), true);
  t.equal(mentionsTax('Incl. VAT\nTOTAL 12.00'), true);
});

t.test("a rate printed without a tax word beside it ('19 %' on the item rows, '[%]' only in the breakdown's header) gives the line taxes when the document's net and tax confirm it", async (t) => {
  const text = 'Pos Beschreibung Nettopreis Menge Steuersatz Nettobetrag\nTGA 43,20 3 Std 19 % 129,60\nBeamer 122,50 1 Stk 19 % 122,50\nArt Basisbetrag Steuersatz [%] Steuerbetrag\nS 252,10 19 47,90';
  t.same(printedTaxRates(text), [], 'no tax line prints its rate with a % sign');
  t.same(confirmedTaxRate(text, 252.1, 47.9), [0.19], '252.10 x 19 % = 47.90');
  t.same(confirmedTaxRate(text, 252.1, 40), [], 'a rate the totals do not confirm is no rate');
  t.same(confirmedTaxRate('Skonto 2 % bei Zahlung\n19 % on lines', 100, 19), [0.19], 'of two percentages, the one the totals confirm');
  const inv: InvoiceResult = {
    supplierName: 'S', customerName: null, documentId: '1', orderNumber: null, date: 'd', dueDate: 'd', currencyCode: 'EUR',
    totalAmount: 300, taxAmount: 47.9, netAmount: 252.1, discountAmount: 0,
    tableItems: [{ quantity: 3, description: 'TGA', totalAmount: 129.6, unitPrice: 43.2, taxAmount: null, netAmount: null, discountAmount: null },
      { quantity: 1, description: 'Beamer', totalAmount: 122.5, unitPrice: 122.5, taxAmount: null, netAmount: null, discountAmount: null }],
  };
  const d = deriveResult('invoice', inv, {}, text);
  const items = (d.formatted as InvoiceResult).tableItems;
  t.same(items.map((i) => [i.taxAmount, i.netAmount]), [[24.62, 129.6], [23.28, 122.5]]);
  t.equal(validateResult('invoice', d.formatted).valid, true);
});

t.test('a yen receipt\'s line taxes come out in whole yen', async (t) => {
  const r = receipt();
  const yen: ReceiptResult = { multiple_receipts: [{ ...r.multiple_receipts[0], currencyCode: 'JPY', totalAmount: 1420, taxAmount: 129,
    tableItems: [{ quantity: null, description: 'Onigiri', totalAmount: 1000, unitPrice: null, taxAmount: null, netAmount: null, discountAmount: null },
      { quantity: null, description: 'Tea', totalAmount: 420, unitPrice: null, taxAmount: null, netAmount: null, discountAmount: null }] }] };
  const d = deriveResult('receipt', yen, {}, 'Onigiri 1,000\nTea 420\nTAX 10% 129\nTOTAL ¥1,420');
  t.same((d.formatted as ReceiptResult).multiple_receipts[0].tableItems.map((i) => [i.taxAmount, i.netAmount]), [[91, 909], [38, 382]]);
});
