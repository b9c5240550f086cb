/**
 * @module test/engine/extract/code-row
 * Malaysian and Singaporean till rows of codes and figures whose item name is printed on the line
 * (or two lines) under them ("2105 2 8.48 16.96 SR" over "PAINT ROLLER"; "1x 00004410236 8.48SR"
 * over "WAFER ROLLS"; "SR: PAINT ROLLER"), a count of the units sold ("Total Qty: 3") under the
 * items, and the same rows with their names above them. Before, the rows took the line above
 * (the column heading, or the previous item's name) and the first item was lost, so the items
 * did not add up and the line taxes stayed null.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { validateResult } from '../../../schemas/mandatory-fields.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { namelessCodeRow, nameWithoutTaxCode } from '../../../engine/extract/code-row.ts';
import { quantityCountLine } from '../../../engine/extract/quantity-count-line.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const HEAD = ['SINAR TERANG HARDWARE SDN BHD', '(774411-K)', 'LOT 8, JALAN PERDANA 2', '81200 JOHOR BAHRU, JOHOR', 'GST REG NO : 002233445566', 'TAX INVOICE',
  'INVOICE NO : CS 0519/0733', 'DATE : 03/06/2018 16:05', 'CASHIER : LIM'];

function read(body: string[]) {
  const lines = [...HEAD, ...body];
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult;
  const r = d.multiple_receipts[0];
  return { items: r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), taxes: r.tableItems.map((i) => [i.taxAmount, i.netAmount]), r, valid: validateResult('receipt', d).valid };
}

t.test('code, quantity, unit price, total and tax code over the name', async (t) => {
  const d = read(['ITEM QTY U/PRICE AMOUNT', '4410 3 5.30 15.90 SR', 'WALL PLUG 8MM', '7719 1 31.80 31.80 SR', 'CLAW HAMMER 16OZ', 'Total Qty: 4',
    'TOTAL SALES (INCL GST) 47.70', 'CASH 50.00', 'CHANGE 2.30', 'GST SUMMARY AMOUNT TAX', 'GST @ 6% 45.00 2.70']);
  t.same(d.items, [['WALL PLUG 8MM', 3, 5.3, 15.9], ['CLAW HAMMER 16OZ', 1, 31.8, 31.8]]);
  t.same(d.taxes, [[0.9, 15], [1.8, 30]]);
  t.ok(d.valid);
});

t.test('no column heading: the name under its row, on one line or two, after its tax code', async (t) => {
  const d = read(['1 512 42.40 SR', 'SR: EXTENSION CORD', '3 GANG 5M', '1 077 10.60 SR', 'SR: CABLE TIES', 'TOT QTY: 2 53.00', 'TOTAL INCL GST 53.00', 'CASH 60.00', 'CHANGE 7.00', 'GST 6% 3.00']);
  t.same(d.items.map((x) => [x[0], x[3]]), [['EXTENSION CORD 3 GANG 5M', 42.4], ['CABLE TIES', 10.6]]);
  t.ok(d.valid);
});

t.test('a count and barcode, the total glued to its tax code, the name below', async (t) => {
  const d = read(['OPEN DAILY 0900 - 2200', 'MEMBER NO: 7730012', '1x 00004410236 8.48SR', 'OAT BISCUIT', '2x 00009912345 6.36SR', '- SESAME SNAPS', 'SUB-TOTAL 14.84', 'TOTAL 14.84', 'CASH 20.00', 'CHANGE 5.16', 'GST @6% 0.84']);
  t.same(d.items, [['OAT BISCUIT', 1, 8.48, 8.48], ['SESAME SNAPS', 2, 3.18, 6.36]]);
});

t.test('the name above its code row is still read from above', async (t) => {
  const d = read(['Item Qty Price Disc Amount', 'Teh Tarik Ais', 'TT01 2 2.65 0+0 5.30', 'Nasi Lemak Ayam', 'NL12 1 9.54 0+0 9.54', 'Total Qty: 3', 'Total 14.84', 'GST 6% 0.84', 'Cash 20.00']);
  t.same(d.items.map((x) => [x[0], x[3]]), [['Teh Tarik Ais', 5.3], ['Nasi Lemak Ayam', 9.54]]);
});

t.test('rows of codes and figures, and the tax code before a name', async (t) => {
  const row = (s: string) => flattenLines(readingFromText([[s]]))[0];
  t.ok(namelessCodeRow(row('4410 3 5.30 15.90 SR'), false));
  t.ok(namelessCodeRow(row('1x 00004410236 8.48SR'), false));
  t.ok(namelessCodeRow(row('TT01 2 2.65 0+0 5.30'), false));
  t.ok(namelessCodeRow(row('030177 1 12.40 12.40 5'), false), 'a class mark read as a digit');
  t.notOk(namelessCodeRow(row('2 Roti Canai 3.20'), false), 'a name');
  t.notOk(namelessCodeRow(row('1 BM 4Pancakes 10.00'), false), 'a name opening with a figure');
  t.notOk(namelessCodeRow(row('6WOODSCREW 1.00 6.00 SR'), false), 'a count glued to the name');
  t.notOk(namelessCodeRow(row('4410 3 5.30 15.90 TAXABLE'), false), 'a word after the total');
  t.notOk(namelessCodeRow(row('4410 3'), false), 'no money');
  t.equal(nameWithoutTaxCode('SR: CABLE TIES'), 'CABLE TIES');
  t.equal(nameWithoutTaxCode('ZR. RICE 5KG'), 'RICE 5KG');
  t.equal(nameWithoutTaxCode('ZRL:ASAM BOI 65G'), 'ASAM BOI 65G', 'a zero-rated local supply');
  t.equal(nameWithoutTaxCode('ZRE: PALM OIL 5L'), 'PALM OIL 5L', 'a zero-rated export');
  t.equal(nameWithoutTaxCode('- SESAME SNAPS'), 'SESAME SNAPS');
  t.equal(nameWithoutTaxCode('SRIRACHA SAUCE'), 'SRIRACHA SAUCE');
});

t.test('the count of units sold is no item and no name', async (t) => {
  for (const s of ['Total Qty: 3', 'TOT QTY: 9 106.10', '#Total Qty 2', 'Tota Qty. 4', 'TOTAL QTY. : 18 144.68', 'Item(s) : 2 Qty(s) : 3', 'ITEM COUNT 1', 'No. of Items: 3']) t.ok(quantityCountLine(s), s);
  for (const s of ['TOTAL 14.84', 'Totally Fresh Juice 4.50', 'Qty 2', 'Items 3.50']) t.notOk(quantityCountLine(s), s);
  const d = read(['Item Qty Price Amount', 'Kopi O Kosong', 'KP03 2 1.80 3.60', 'Tota Qty. 2', 'Total 3.60', 'Cash 5.00']);
  t.same(d.items.map((x) => x[0]), ['Kopi O Kosong']);
  const below = read(['4410 3 5.30 15.90 SR', 'WALL PLUG 8MM', 'Tota Qty. 3', 'TOTAL 15.90', 'CASH 20.00']);
  t.same(below.items.map((x) => x[0]), ['WALL PLUG 8MM'], 'not a second line of the last name');
  const priced = read(['Teh Tarik Ais 5.30', 'Roti Bakar 3.80', 'TOT QTY: 3 9.10', 'TOTAL 9.10', 'CASH 10.00']);
  t.same(priced.items.map((x) => x[0]), ['Teh Tarik Ais', 'Roti Bakar'], 'a count with the sum after it is no item');
});
