/**
 * @module test/engine/extract/rupee-read-as-three
 * An Indian receipt's rupee sign read by OCR as a 3 glued before the total ("Total ₹450.00" read
 * "Total 3450.00"): the total without the 3 is taken when the page is in rupees and the
 * receipt's arithmetic (the items, subtotal + tax, cash − change) confirms it and not the figure
 * as read; never on its own, never on a page in another currency, never from a text layer.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { rupeePage, withoutLeadingThree } from '../../../engine/extract/rupee-read-as-three.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const total = (lines: string[], kind: 'image' | 'pdf' = 'image') => extractReceipt(readingFromText([lines], { kind, width: 300 })).formatted.multiple_receipts[0].totalAmount;
const head = ['Sharma Sweets', 'Chandni Chowk, Delhi', 'Bill # 4711 08/10/2024'];

t.test('a total whose rupee sign was read as a 3 is read without it when the arithmetic confirms that', async (t) => {
  t.equal(total([...head, 'Samosa 200.00', 'Lassi 250.00', 'Total 3450.00', 'Cash Rs 500.00', 'Change 50.00']), 450, 'the items and cash − change');
  t.equal(total([...head, 'Total 3450.00', 'Cash Rs 500.00', 'Change 50.00']), 450, 'cash − change');
  t.equal(total([...head, 'Sub Total Rs 428.57', 'GST 5% 21.43', 'Total 3450.00']), 450, 'subtotal + tax');
  t.equal(total([...head, 'Total 3450.00', 'Cash 3500.00', 'Change 350.00', 'INR']), 450, 'cash and change read with the same 3 before them');
  t.equal(total(['Sharma Sweets', 'Delhi', '08/10/2024', 'Total 3 450.00', 'Cash ₹500.00', 'Change ₹50.00']), 450, 'the sign and a space after it');
});

t.test('a leading 3 stays without such confirmation', async (t) => {
  t.equal(total([...head, 'Total 3450.00', 'Cash Rs 3500.00', 'Change 50.00']), 3450, 'the figure as read is confirmed');
  t.equal(total([...head, 'Total 3450.00', 'Paid Rs 3450.00']), 3450, 'nothing confirms the figure without the 3');
  t.equal(total(['Cafe Roma', 'Via Roma 1', '08/10/2024', 'Total 3450.00', 'Cash 500.00', 'Change 50.00', 'EUR']), 3450, 'a page in euros');
  t.equal(total([...head, 'Total 3450.00', 'Cash Rs 500.00', 'Change 50.00'], 'pdf'), 3450, 'a text layer holds the figure as printed');
});

t.test('the page in rupees and the figure without its 3', async (t) => {
  const page = (...ls: string[]) => rupeePage(flattenLines(readingFromText([ls])));
  t.ok(page('Total ₹450.00'));
  t.ok(page('Cash Rs. 500.00'));
  t.ok(page('Amount in words: Four hundred fifty rupees only'));
  t.ok(page('GSTIN 07AAACS1234F1Z5', 'Total 3450.00'), 'an Indian tax number');
  t.notOk(page('Total 3450.00', 'VAT 20% 575.00', 'GBP'));
  t.equal(withoutLeadingThree({ text: '3450.00', decimals: 2 }), 450);
  t.equal(withoutLeadingThree({ text: '31,250.00', decimals: 2 }), 1250, 'lakh and thousands grouping after the sign');
  t.equal(withoutLeadingThree({ text: '3,450.00', decimals: 2 }), null, 'a separator after the 3: no sign');
  t.equal(withoutLeadingThree({ text: '450.00', decimals: 2 }), null);
  t.equal(withoutLeadingThree({ text: '3.50', decimals: 2 }), null);
});
