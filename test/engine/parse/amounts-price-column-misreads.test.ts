/**
 * @module test/engine/parse/amounts-price-column-misreads
 * A price ending a row, the till's price column, whose digit OCR read as a letter of its shape
 * (SROIE's Malaysian slips): its last decimal's 0 as a C or an O ("18.0C", "5.6O"), its first
 * digit 1 as an l or an I ("l2.00", "I2.50"). Such a figure is the price; a letter so placed
 * elsewhere on the row ("0,5l" a litre, "6,20C" a class letter after two decimals) stays a letter.
 */
import t from 'tap';
import { findAmounts } from '../../../engine/parse/amounts.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const values = (text: string) => findAmounts(text).map((a) => a.value);

t.test('letters for digits in the price ending the row', async (t) => {
  t.same(values('Nasi Lemak 18.0C'), [18]);
  t.same(values('Teh Tarik 5.6O'), [5.6]);
  t.same(values('Mee Goreng l2.00'), [12]);
  t.same(values('Roti Canai I2.50 SR'), [12.5]);
});

t.test('such letters elsewhere stay letters', async (t) => {
  t.notOk(values('Cola 0,5l 1,99').includes(0.51), 'a litre');
  t.notOk(values('Cola 1,99 0,5l').includes(0.51), 'a litre, even last');
  t.same(values('Ilford film 12.00'), [12]);
});

t.test('a Malaysian slip\'s rows keep their misread prices', async (t) => {
  const lines = ['KEDAI MAKAN SDN BHD', 'NO 12 JALAN BESAR KUALA LUMPUR', 'DATE 12/03/2018 10:14', '1 Nasi Lemak 18.0C', '1 Teh Tarik 5.6O', '1 Mee Goreng l2.00', '1 Roti Canai 2.00',
    'TOTAL 37.60', 'CASH 50.00'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 300 })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['Nasi Lemak', 18], ['Teh Tarik', 5.6], ['Mee Goreng', 12], ['Roti Canai', 2]]);
});
