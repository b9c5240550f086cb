/**
 * @module test/engine/extract/order-number-po
 * A purchase order's number under its shortest label, "PO" (engine/extract/order-number.ts):
 * "PO 48013", "PO: 48013", "P0# 48013" (its O read as a zero) give the number after it; an id
 * printed with its PO prefix glued by a dash ("PO-48013", labelled or not) is the order's id as
 * printed, and "P0-48013", its O read as a zero, is PO-48013. A post-office box ("PO Box 123",
 * "P.O. Box 123") and a lower-case "po" (Polish "po 14 dniach", after 14 days) name no order.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const order = (line: string, kind: 'pdf' | 'image') => extractInvoice(readingFromText([[
  'Nordwind Trading', 'Invoice No. INV-2025-100', 'Date: 12/10/2025', line,
  'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00', 'Total                                             1.000,00 EUR',
]], { kind })).formatted.orderNumber;

t.test('a bare PO label gives the number after it', async (t) => {
  for (const [line, want] of [
    ['PO 48013', '48013'], ['PO: 48013', '48013'], ['PO# 48013', '48013'], ['P0: 48013', '48013'], ['P0 48013', '48013'],
    ['PO 4500123   Date 12/10/2025', '4500123'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(order(line, kind), want, `${line} (${kind})`);
});

t.test('an id with its PO prefix glued by a dash is the order id as printed, its O mended', async (t) => {
  for (const [line, want] of [
    ['PO-48013', 'PO-48013'], ['P0-48013', 'PO-48013'], ['PO Number: P0-48013', 'PO-48013'], ['Your ref: P0-48013', 'PO-48013'],
    ['Reference PO/2025/118', 'PO/2025/118'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(order(line, kind), want, `${line} (${kind})`);
});

t.test('a post-office box or a lower-case po names no order', async (t) => {
  for (const line of ['PO Box 123', 'P.O. Box 123', 'PO BOX 4501', 'P0 Box 123', 'PO-Box 123', 'Płatne po 14 dniach', 'Termin: po 30 dniach']) {
    t.equal(order(line, 'image'), null, line);
  }
});

t.test('"Your PO" before an id that holds PO inside it gives the whole id, not its tail', async (t) => {
  for (const [line, want] of [['Your PO: OE-PO-0457', 'OE-PO-0457'], ['Your P.O. OE-PO-0457', 'OE-PO-0457'], ['Buyer Order No: PE-884', 'PE-884']] as const) {
    for (const kind of ['pdf', 'image'] as const) t.equal(order(line, kind), want, `${line} (${kind})`);
  }
  t.equal(order('Ref OE-PO-0457', 'pdf'), null, 'unlabelled, the PO inside a longer id is no order id of its own');
});
