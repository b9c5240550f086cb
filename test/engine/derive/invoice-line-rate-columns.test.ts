/**
 * @module test/engine/derive/invoice-line-rate-columns
 * Specification, on invoices whose item table prints each line's VAT rate:
 * - a line's own printed rate wins: a 0 % line under one "VAT 20%" summary bears no tax, never
 *   the one rate printed beside a tax word;
 * - a row that prints the table's columns (quantity, unit price, rate, amount) is a line whatever
 *   its name: a delivery or freight row is no charge taken as a percentage;
 * - a size opening a line's name ("2.4 m aluminium ladder") is part of the name, the row still a line;
 * and with every line read, the lines add up to the net and each line's tax is its net x its rate.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { billCharge } from '../../../engine/parse/charge-labels.ts';
import { rateColumnItemRow } from '../../../engine/parse/rate-column-row.ts';
import type { InvoiceResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractInvoice(readingFromText([lines], { kind: 'pdf' }));
  return deriveResult('invoice', x.formatted, x.fields, lines.join('\n')).formatted as InvoiceResult;
}

t.test('a 0 % line among 20 % lines, and a delivery row, on a UK invoice', async (t) => {
  const inv = derive(['Wharfedale Garden Supplies Ltd  INVOICE', 'Mill Lane, Otley LS21 1BZ', 'VAT Reg No: GB 455 1029 33',
    'Bill to:  Invoice No:  WGS-2231', 'Ilkley Community Allotments  Invoice date:  02/03/2026', 'Description  Qty  Unit price  VAT  Amount £',
    'Garden bench, oak  2  180.00  20%  360.00', 'Seed catalogue 2026  50  2.40  0%  120.00', 'Delivery (two-man team)  1  45.00  20%  45.00',
    'Subtotal  525.00', 'VAT 0% on £120.00  0.00', 'VAT 20% on £405.00  81.00', 'TOTAL GBP  606.00']);
  t.same(inv.tableItems.map((i) => i.totalAmount), [360, 120, 45]);
  t.same(inv.tableItems.map((i) => i.taxAmount), [72, 0, 9]);
  t.same(inv.tableItems.map((i) => i.netAmount), [360, 120, 45]);
});

t.test('a size opening the first line\'s name, and a freight row, on an Australian invoice', async (t) => {
  const inv = derive(['Darling Downs Trade Supplies Pty Ltd  TAX INVOICE', 'ABN 33 615 204 118', 'Bill to: Rosa Nguyen  Invoice # 7720', 'Date: 09/03/2026',
    'Description  Qty  Unit Price  GST  Amount AUD', '2.4 m aluminium ladder  1  389.00  10%  389.00', 'Safety harness  2  145.00  10%  290.00',
    'Freight to site  1  60.00  10%  60.00', 'Subtotal (ex GST)  739.00', 'GST 10%  73.90', 'Total (inc GST)  812.90']);
  t.same(inv.tableItems.map((i) => i.description), ['2.4 m aluminium ladder', 'Safety harness', 'Freight to site']);
  t.same(inv.tableItems.map((i) => i.taxAmount), [38.9, 29, 6]);
});

t.test('a row of the table\'s columns is a line; a percentage charge is still a charge', async (t) => {
  t.ok(rateColumnItemRow('Freight  1  60.00  10%  60.00'));
  t.ok(rateColumnItemRow('Delivery (two-man team)  1  45.00  20%  45.00'));
  t.notOk(billCharge('Delivery (two-man team)  1  45.00  20%  45.00'));
  t.notOk(rateColumnItemRow('Freight  2  60.00  10%  60.00'), 'its quantity times its price is not its amount');
  t.ok(billCharge('Service Charge 10% 5.00'));
  t.ok(billCharge('Delivery 10% 3.20'));
});

t.test('deriveItems: lines printing rates of their own never take the one rate printed beside a tax word', async (t) => {
  const { deriveItems } = await import('../../../engine/derive/derive-items.ts');
  const line = (total: number) => ({ description: 'x', quantity: null, unitPrice: null, totalAmount: total, discountAmount: null, taxAmount: null, netAmount: null });
  const doc = { totalAmount: 18, netAmount: null, taxAmount: 2, discountAmount: 0 };
  // (the lines make the total before a cash rounding: the only-rate rule would tax the 0 % line at 20 %)
  const r = deriveItems([line(12), line(6.04)], doc, [0.2], '', { marks: null, rates: new Map(), lineRates: [0.2, 0] }, false, [], [-0.04]);
  t.same(r.items.map((i) => i.taxAmount), [null, null]);
  // (the lines and a charge below them make the net: each line at its own rate)
  const c = deriveItems([line(100), line(50)], { totalAmount: 182, netAmount: 160, taxAmount: 22, discountAmount: 0 }, [0.2], '', { marks: null, rates: new Map(), lineRates: [0.2, 0] }, false, [10], []);
  t.same(c.items.map((i) => i.taxAmount), [20, 0]);
});
