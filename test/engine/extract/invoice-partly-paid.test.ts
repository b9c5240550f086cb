/**
 * @module test/engine/extract/invoice-partly-paid
 * An invoice that prints what was already paid and what is still due: its total is the invoice
 * total (EN 16931 BT-112), not the amount due for payment (BT-115 = BT-112 - BT-113 paid),
 * wherever the page prints the due (at the top beside the dates, or under the total). And a
 * total whose sum holds a document discount and a charge both (lines - allowance + charge + tax)
 * keeps its printed tax, and its net is the lines less the allowance plus the charge (BT-109).
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { readingFromText } from '../reading-from-text.ts';

const HEAD = [
  'INVOICE', '#INV-7781',
  'Harbour Light Studio',
  'Bill To:                                   Date: Mar 3, 2025',
  'Kestrel Freight Pty,                       Due Date: Apr 2, 2025',
  '14 Wharf Road',
  'Fremantle WA 6160                          Balance Due: $2,140.50',
  'Item                    Quantity    Rate        Amount',
  'Photography day rate    3           $850.00     $2,550.00',
  'Retouching              20          $45.00      $900.00',
];

t.test('a balance due after a payment is no total: the invoice total is (the due printed at the top)', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[...HEAD,
    'Subtotal:                              $3,450.00', 'Tax (10%):                             $345.00', 'Total:                                 $3,795.00',
    'Amount Paid:                           $1,654.50', 'Notes: thank you']]));
  t.same([x.totalAmount, x.taxAmount], [3795, 345]);
});

t.test('the same with the due printed under the total, in another wording', async (t) => {
  const head = HEAD.map((l) => l.replace(/\s+Balance Due: \$2,140\.50/, ''));
  const { formatted: x } = extractInvoice(readingFromText([[...head,
    'Subtotal:                              $3,450.00', 'Tax (10%):                             $345.00', 'Total:                                 $3,795.00',
    'Deposit paid:                          $1,000.00', 'Amount due:                            $2,795.00']]));
  t.same([x.totalAmount, x.taxAmount], [3795, 345]);
});

t.test('an amount due with no payment printed stays the total', async (t) => {
  const head = HEAD.map((l) => l.replace(/\s+Balance Due: \$2,140\.50/, ''));
  const { formatted: x } = extractInvoice(readingFromText([[...head,
    'Subtotal:                              $3,450.00', 'Tax (10%):                             $345.00', 'Amount due:                            $3,795.00']]));
  t.same([x.totalAmount, x.taxAmount], [3795, 345]);
});

t.test('a discount and a shipping charge between the subtotal and the total: the printed tax is the tax', async (t) => {
  const page = [...HEAD,
    'Subtotal:                              $3,450.00', 'Discounts (10 %):                      $345.00', 'Tax (10%):                             $310.50',
    'Shipping:                              $25.00', 'Total:                                 $3,440.50', 'Amount Paid:                           $1,300.00'];
  const x = extractInvoice(readingFromText([page]));
  t.same([x.formatted.totalAmount, x.formatted.taxAmount, x.formatted.discountAmount], [3440.5, 310.5, 345]);
  const d = deriveResult('invoice', x.formatted, x.fields, page.join('\n'));
  t.equal((d.formatted as { netAmount: number | null }).netAmount, 3130, 'the net is the lines less the allowance plus the charge (EN 16931 BT-109), the total less the tax');
});
