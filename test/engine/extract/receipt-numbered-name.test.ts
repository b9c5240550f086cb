/**
 * @module test/engine/extract/receipt-numbered-name
 * A shop whose name begins with a number sign and a small number ("No. 1 Coffee Shop", "No 1
 * Noodle House", "Nº 1 Coffee Shop") is the supplier when it is the top name-like line and no
 * street word follows the number (a tester's fault kind: it was read as the address's house
 * number or a registration label, and the town below was returned). A house number with its
 * street ("No. 12 Jalan Penang"), or a numbered line under another name, stays the address.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';
import { supplierOfHeader as sup } from './till-header-supplier.ts';

t.test('a numbered name at the top of the receipt is the supplier', async (t) => {
  t.equal(sup(['No. 1 Coffee Shop', '12 High Street', 'Manchester M1 1AA']), 'No. 1 Coffee Shop');
  t.equal(sup(['No 1 Noodle House', '45 Bridge Road', 'Leeds LS1 4AP']), 'No 1 Noodle House');
  t.equal(sup(['NO. 1 NOODLE HOUSE', '45 Bridge Road', 'Leeds LS1 4AP']), 'NO. 1 NOODLE HOUSE');
  t.equal(sup(['No.1 Coffee Shop', 'Shop 3, The Quay', 'Cork T12 X2Y4']), 'No.1 Coffee Shop', 'the sign glued to the number');
  t.equal(sup(['Nº 1 Coffee Shop', '12 High Street', 'Manchester M1 1AA']), 'Nº 1 Coffee Shop');
});

t.test('nor is its number read as the receipt number', async (t) => {
  const r = extractReceipt(readingFromText([['No. 1 Coffee Shop', '12 High Street', 'Manchester M1 1AA', 'Date: 14/03/2024', 'Tea 2.00', 'Cake 3.00', 'Total 5.00']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(r.supplierName, 'No. 1 Coffee Shop');
  t.equal(r.documentId, null);
});

t.test('a house number with its street, or a numbered line under the name, is the address', async (t) => {
  t.equal(sup(['No. 12 Jalan Penang', 'Kedai Makan Ah Seng', '10000 George Town']), 'Kedai Makan Ah Seng', 'a street word after the number');
  t.equal(sup(['KEDAI RUNCIT MAJU', 'No. 1 Jalan Besar', '81760 Johor Bahru']), 'KEDAI RUNCIT MAJU');
  t.equal(sup(['Harbour Cafe', 'No 1 Quay Street', 'Cork']), 'Harbour Cafe');
  t.equal(sup(['KEDAI RUNCIT MAJU', 'No 3 Taman Melati', '53100 Kuala Lumpur']), 'KEDAI RUNCIT MAJU');
});
