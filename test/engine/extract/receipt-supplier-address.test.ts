/**
 * @module test/engine/extract/receipt-supplier-address
 * The address under the shop's name (a street line, an Irish county "Co. Cork") is never the
 * name: a fresh tester's receipts, whose "Main Street, Kinsale, Co. Cork" scored as a company.
 */
import t from 'tap';
import { supplierOfHeader as sup } from './till-header-supplier.ts';

t.test('the address under the name is never the name: a street line, an Irish county', async (t) => {
  t.equal(sup(['Live Everyday', "Mulligan's Centra", 'Main Street, Kinsale, Co. Cork', 'VAT Reg: IE 6388047V'], { 0: 11, 1: 20 }), "Mulligan's Centra", 'Co. Cork is a county, no company');
  t.equal(sup(["Mulligan's Centra", 'Kinsale', 'Co. Cork', 'VAT Reg: IE 6388047V']), "Mulligan's Centra", 'the county on its own line');
  t.equal(sup(["O'Leary's Spar", 'Harbour Road, Kinsale Trading Estate', 'VAT Reg: IE 6388047V']), "O'Leary's Spar", 'a street line with a trade word');
  t.equal(sup(['Hartley & Co.', '14 Market Place', 'Leeds LS1 6DT']), 'Hartley & Co.', 'a company\'s Co. stays one');
});

t.test('a company named with its branch\'s place in brackets is no address line, whatever stands above it', async (t) => {
  t.equal(sup(['ah chong', 'KEDAI BUKU MAJU (TAMAN DAYA) SDN BHD', '789417-W', 'NO.5, JALAN SAGU 18,', '81100 JOHOR BAHRU'], { 0: 30, 1: 24 }), 'KEDAI BUKU MAJU (TAMAN DAYA) SDN BHD', 'a handwritten name over it');
  t.equal(sup(['Welcome', 'Corner Books (Harbour Road) Ltd', '12 Quay Street', 'Cork']), 'Corner Books (Harbour Road) Ltd', 'a street word inside a legal name');
});
