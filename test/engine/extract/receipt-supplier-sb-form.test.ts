/**
 * @module test/engine/extract/receipt-supplier-sb-form
 * Malaysian till receipts write Sendirian Berhad short as "SB" right before the company's
 * registration number ("MYNEWS RETAIL SB(306295-X)"): a legal form, which names the supplier.
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

/** The header `lines` over a till body of items and totals (the header is the top 40 % of the page). */
const BODY = ['QTY PRICE DISC AMT', 'KOPI O 1 2.50 0.00 2.50 SR', 'ROTI BAKAR 1 3.00 0.00 3.00 SR', 'NASI LEMAK 1 5.50 0.00 5.50 SR', 'SUB TOTAL 11.00', 'GRAND TOTAL 11.00', 'CASH 20.00', 'CHANGE DUE 9.00', 'TOTAL QTY 3', 'GST SUMMARY AMOUNT TAX', 'SR @ 6% 10.38 0.62', 'THANK YOU PLEASE COME AGAIN'];
const sup = (lines: string[]) => receiptSupplier(flattenLines(readingFromText([[...lines, ...BODY]], { kind: 'image' })))?.name ?? null;

t.test('"SB" before the registration number is a legal form: that line names the company, under a branch\'s name and address', async (t) => {
  t.equal(sup([
    'TQ FOR SHOPPING WITH US',
    'WISMA SERI BINTANG',
    'LOT 12, WISMA SERI BINTANG, JALAN TUN RAZAK',
    '50400 KUALA LUMPUR',
    'CARELINE : 1800 22 3344',
    'KEDAI SEGAR RETAIL SB(412233-K) FKA PASAR SEGAR SB',
    'TAX REG ID 000123456789',
    '12/03/2018 10:11',
  ]), 'KEDAI SEGAR RETAIL SB');
  t.equal(sup(['WISMA SERI BINTANG', 'NO 3, JALAN TUN RAZAK', 'KEDAI SEGAR RETAIL SB (412233-K)', '12/03/2018 10:11']), 'KEDAI SEGAR RETAIL SB');
});

t.test('"SB" without a registration number after it is no legal form (initials)', async (t) => {
  t.equal(sup(['RESTORAN SRI MELAKA', 'NO 3, JALAN TUN RAZAK', 'LIM SB', '12/03/2018 10:11']), 'RESTORAN SRI MELAKA');
});
