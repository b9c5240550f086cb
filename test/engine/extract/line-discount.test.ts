/**
 * @module test/engine/extract/line-discount
 * A discount row printed between two item rows is the item above's line discount: it comes off
 * that item's total, the unit price stays the one printed, the row is no item, and when the line
 * discounts add up to the document's discount every other line has none (a seventeenth tester's
 * Czech drugstore slip kept every item's discount and tax unknown). A discount row after the last
 * item may be the basket's: it stays the document's only.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 260 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], formatted: d.formatted, fields: d.fields };
}

const slip = (discount: string, after: boolean) => [
  'Drogerie Lipa s.r.o.', 'Nadrazni 12, 60200 Brno', 'DIC: CZ27451092', 'Uctenka c. 2026/018344', '8.8.2026 15:30',
  'Sampon Heřmánek 400ml    89,90', 'Praci gel 1,5l          249,00', ...(after ? [] : [discount]), 'Toaletni papir 8ks      129,90', ...(after ? [discount] : []),
  'CELKEM                  418,80', 'Platebni karta          418,80', 'Sazba Zaklad DPH Celkem', '21% 346,12 72,68 418,80',
];

t.test('a discount row between two items comes off the item above, and the other lines have none', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    for (const word of ['Sleva akce', 'Rabatt', 'Discount', 'Promo']) {
      const { r, formatted, fields } = derive(slip(`${word.padEnd(20)}    -50,00`, false), kind);
      t.same(r.tableItems.map((i) => [i.description, i.unitPrice, i.discountAmount, i.totalAmount]),
        [['Sampon Heřmánek 400ml', 89.9, 0, 89.9], ['Praci gel 1,5l', 249, 50, 199], ['Toaletni papir 8ks', 129.9, 0, 129.9]], `${kind} ${word}: lines`);
      t.equal(r.discountAmount, 50, `${kind} ${word}: the document's discount`);
      t.match(fields['tableItems[0].discountAmount'], { source: 'derived', rule: 'no line discount: the line discounts printed add up to the document discount' });
      t.same(validateResult('receipt', formatted).missing, [], `${kind} ${word}: valid`);
    }
  }
});

t.test('a discount row after the last item may be the basket\'s: no line takes it, and a line printing none has none (EN 16931 BT-136 = 0)', async (t) => {
  const { r } = derive(slip(`${'Sleva akce'.padEnd(20)}    -50,00`, true), 'pdf');
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['Sampon Heřmánek 400ml', 89.9], ['Praci gel 1,5l', 249], ['Toaletni papir 8ks', 129.9]]);
  t.same(r.tableItems.map((i) => i.discountAmount), [0, 0, 0]);
  t.equal(r.discountAmount, 50);
});

t.test('a class letter OCR set apart from the discount\'s row ("Multibuy saving -0.50" / "A") does not hide the item below it', async (t) => {
  const lines = ['Harrow Fresh Market', 'Leeds LS7 3QP', 'VAT No: GB 284552190', 'Receipt No: 4471-0092-3381', '14/11/2026 17:42',
    'Kitchen Roll 4pk £3.80 A', 'Washing Up Liquid 2 @ 1.25 £2.50 A', 'Multibuy saving -0.50', 'A', 'Cheddar Mature 400g £3.65 Z',
    'TOTAL 9.45', 'VAT SUMMARY', 'Rate Net VAT Gross', 'Z 0% 3.65 0.00 3.65', 'A 20% 4.83 0.97 5.80', 'VISA 9.45'];
  const { r, formatted } = derive(lines, 'image');
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount, i.discountAmount, i.taxAmount]),
    [['Kitchen Roll 4pk', 3.8, 0, 0.63], ['Washing Up Liquid', 2, 0.5, 0.33], ['Cheddar Mature 400g', 3.65, 0, 0]]);
  t.same(validateResult('receipt', formatted).missing, []);
});
