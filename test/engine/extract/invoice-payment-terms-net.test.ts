/**
 * @module test/engine/extract/invoice-payment-terms-net
 * A payment term is no net amount: "Terms: Net 30", "Payment terms Net 14 days", "Zahlbar netto
 * 30 Tage", "Net 60" beside the due date name a number of days before payment is due, not the
 * sum before tax (EN 16931 BT-20, payment terms; BT-109 is the net). Before, "Terms Net 30" on a
 * US invoice gave netAmount 30 and a derived tax of total - 30.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { InvoiceResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

/** The invoice as the service returns it: extracted, then its derivable fields derived. */
function invoice(termsLine: string, summary: string[]): InvoiceResult {
  const lines = [
  'Brightline Fabrication LLC', '410 Harbor Ave', 'Portland, OR 97204', '', 'INVOICE', '',
  'Bill To: Cascade Outfitters Inc', '88 Pine St, Seattle WA 98101', '',
  'Invoice No: BF-20931', 'Invoice Date: 11/02/2026', termsLine, 'Due Date: 12/02/2026', '',
  'Description                    Qty   Unit Price      Amount',
  'Steel brackets, powder coated   120       42.50    5,100.00',
  'Laser cutting setup               1      393.00      393.00',
  'Custom enclosure assembly         4      750.00    3,000.00',
  '', ...summary,
  ];
  const x = extractInvoice(readingFromText([lines]));
  return deriveResult('invoice', x.formatted, x.fields, lines.join('\n')).formatted as InvoiceResult;
}

t.test('"Net 30" after a terms label is the payment term, the net is the printed subtotal', async (t) => {
  for (const terms of ['Terms: Net 30', 'Terms Net 30', 'Payment Terms: Net 14 days', 'Payment terms Net 60']) {
    const x = invoice(terms, ['Subtotal                                  $8,493.00', 'Sales Tax (0%)                                $0.00', 'Total Due (USD)                           $8,493.00']);
    t.equal(x.netAmount, 8493, `${terms}: net`);
    t.equal(x.taxAmount, 0, `${terms}: tax`);
    t.equal(x.totalAmount, 8493, `${terms}: total`);
  }
});

t.test('with no subtotal printed, "Net 30" is still no net: net = total - tax', async (t) => {
  const x = invoice('Terms: Net 30', ['Sales Tax (8%)                              $679.44', 'Total Due (USD)                           $9,172.44']);
  t.equal(x.netAmount, 8493);
  t.equal(x.taxAmount, 679.44);
});

t.test('a net of days in other languages ("Zahlbar netto 30 Tage", "Net 30 jours") is no net amount', async (t) => {
  for (const terms of ['Zahlbar netto 30 Tage', 'Paiement : net 30 jours', 'Net 45 days']) {
    const x = invoice(terms, ['Sales Tax (0%)                                $0.00', 'Total Due (USD)                           $8,493.00']);
    t.equal(x.netAmount, 8493, terms);
  }
});

t.test('a net amount with cents beside "Net" is still the net', async (t) => {
  const x = invoice('Terms: due on receipt', ['Net                                       $8,493.00', 'Sales Tax (0%)                                $0.00', 'Total Due (USD)                           $8,493.00']);
  t.equal(x.netAmount, 8493);
});
