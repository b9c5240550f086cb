/**
 * @module test/engine/derive/stacked-taxes
 * Invoices whose every line bears two taxes, each printed on its own summary line as the whole
 * net at its rate (a Saskatchewan GST 5 % + PST 6 %, a Quebec GST 5 % + QST 9.975 %, an Indian
 * intra-state CGST 6 % + SGST 6 %): a line's tax is its net at the sum of the rates, its net the
 * printed line amount, its total the printed line amount (the invoice's lines exclude tax). Taxes
 * that do not add up to the document's tax, or that are not the net at their rates, give nothing.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { stackedTaxRate, summaryTaxLines } from '../../../engine/derive/stacked-taxes.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { InvoiceResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function run(lines: string[]) {
  const x = extractInvoice(readingFromText([lines], { kind: 'pdf' }));
  const d = deriveResult('invoice', x.formatted, x.fields, lines.join('\n'));
  return { r: d.formatted as InvoiceResult, fields: d.fields };
}

const head = (seller: string, id: string) => [seller, 'INVOICE', `Invoice No  ${id}`, 'Bill To', 'Harrowgate Tenants Society', 'Invoice Date  2026-03-04', 'Due Date  2026-04-03'];

t.test('two taxes each the net at its rate: every line bears their sum', async (t) => {
  const cases: [string[], [number, number, number][]][] = [
    [[...head('Northgate Signage Inc.', 'NS-3301'), 'Description  Qty  Rate  Amount', 'Steel frame sign  3  $210.00  $630.00', 'Window lettering  12  $15.50  $186.00', 'Subtotal  $816.00', 'GST 5%  $40.80', 'PST 6%  $48.96', 'Total  $905.76'],
      [[630, 630, 69.3], [186, 186, 20.46]]],
    [[...head('Atelier Beaulac inc.', 'AB-77'), 'Description  Qté  Prix  Montant', 'Reliure sur mesure  4  310,00 $  1 240,00 $', 'Dorure à la feuille  2  95,00 $  190,00 $', 'Sous-total  1 430,00 $', 'GST 5%  71,50 $', 'QST 9,975%  142,64 $', 'Total  1 644,14 $'],
      [[1240, 1240, 185.69], [190, 190, 28.45]]],
    [[...head('Sahyadri Printers Private Limited', 'SPH/25-26/118'), 'Description  HSN  Qty  Rate  Taxable Value', 'Letterheads A4  4901  500  4.00  2,000.00', 'Visiting cards  4911  10  150.00  1,500.00', 'Total Taxable Value  3,500.00', 'CGST @ 6%  210.00', 'SGST @ 6%  210.00', 'Invoice Total  3,920.00'],
      [[2000, 2000, 240], [1500, 1500, 180]]],
  ];
  for (const [lines, want] of cases) {
    const { r, fields } = run(lines);
    t.same(r.tableItems.map((i) => [i.totalAmount, i.netAmount, i.taxAmount]), want, lines[0]);
    t.match(fields['tableItems[0].taxAmount'], { source: 'derived', rule: 'line tax = line net x the sum of the rates of the taxes every line bears' }, `${lines[0]}: rule`);
    t.equal(r.tableItems.every((i) => i.netAmount !== null && i.taxAmount !== null), true, `${lines[0]}: every line filled`);
  }
});

t.test('the summary\'s tax lines and when they stack', async (t) => {
  t.same(summaryTaxLines('GST/HST No. 81234 5678 RT0001\nGST 5%  $40.80\nPST 6%  $48.96'), [{ rate: 0.05, amount: 40.8 }, { rate: 0.06, amount: 48.96 }]);
  t.ok(Math.abs(stackedTaxRate('CGST @ 2.5%  12.50\nSGST @ 2.5%  12.50', 500, 25)! - 0.05) < 1e-12, 'the same rate twice: both halves');
  t.equal(stackedTaxRate('GST 5%  $40.80\nPST 6%  $30.00', 816, 70.8), null, 'PST not the net at its rate: some line is exempt from it');
  t.equal(stackedTaxRate('GST 5%  $40.80\nPST 6%  $48.96', 816, 95), null, 'the document tax holds another tax');
  t.equal(stackedTaxRate('VAT 20%  $163.20', 816, 163.2), null, 'one tax: the only-rate rule\'s');
});

t.test('a validation that needs the line taxes holds once they stack', async (t) => {
  const lines = [...head('Northgate Signage Inc.', 'NS-3302'), 'Description  Qty  Rate  Amount', 'Vinyl banner  2  $120.00  $240.00', 'Subtotal  $240.00', 'GST 5%  $12.00', 'PST 7%  $16.80', 'Total  $268.80'];
  const { r } = run(lines);
  t.same(r.tableItems.map((i) => [i.netAmount, i.taxAmount]), [[240, 28.8]]);
  t.same(validateResult('invoice', r).missing.filter((m) => m.startsWith('tableItems')), []);
});
