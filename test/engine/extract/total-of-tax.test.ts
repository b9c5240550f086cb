/**
 * @module test/engine/extract/total-of-tax
 * A total word followed by a tax's name ("SYNOLO FPA 2,59", "UKUPNO PDV 1,58", "SKUPAJ DDV
 * 4,01", "CELKEM DPH 81,81") sums the tax, not the bill: the document's total is the one the
 * total word alone labels, and the tax line gives the tax, even where no item was read to tell
 * the total by their sum.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const read = (lines: string[]) => extractReceipt(readingFromText([lines], { kind: 'image', width: 400 })).formatted.multiple_receipts[0];

t.test('the tax\'s total below the bill\'s total', async (t) => {
  const gr = read(['FOURNOS ELENIS O.E.', 'AFM 998734512 DOY A ATHINON', 'APODEIXI LIANIKIS POLISIS', 'AR. 4410 16/01/2026 09:12',
    'SYNOLO EUR 3,60', 'METRITA 5,00', 'RESTA 1,40', 'FPA% KATHARI AXIA FPA', '13 3,19 0,41', 'SYNOLO FPA 0,41']);
  t.equal(gr.totalAmount, 3.6);
  t.equal(gr.taxAmount, 0.41);
  const gr2 = read(['FOURNOS ELENIS O.E.', 'AFM 998734512 DOY A ATHINON', 'APODEIXI LIANIKIS POLISIS', 'AR. 4410 16/01/2026 09:12', 'SYNOLO EUR 9,00', 'METRITA 10,00', 'RESTA 1,00',
    'FPA% KATHARI AXIA FPA', '24 2,66 0,64', '13 5,04 0,66', 'SYNOLO FPA 1,30']);
  t.equal(gr2.totalAmount, 9, 'under a tax table of two rates');
  const hr = read(['Caffe bar Riva', 'Obala 12, 21000 Split', 'Racun br. 118/1/1 12.03.2026.', 'UKUPNO EUR 7,90', 'Gotovina 10,00', 'Osnovica 6,32', 'UKUPNO PDV 1,58']);
  t.equal(hr.totalAmount, 7.9);
  t.equal(hr.taxAmount, 1.58);
  const cz = read(['Potraviny U Lipy', 'Datum: 02.03.2026', 'CELKEM Kc 201,00', 'Hotove 201,00', 'Zaklad 166,91', 'CELKEM DPH 34,09']);
  t.equal(cz.totalAmount, 201);
  t.equal(cz.taxAmount, 34.09);
});
