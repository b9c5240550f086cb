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

t.test('a county with its postcode after it is an address line, no company', async (t) => {
  t.equal(sup(['THE COFFEE HOUSE', '3 Market Pl, Barnard Castle', 'Co. Durham DL12 8NE']), 'THE COFFEE HOUSE', 'a UK postcode after the county');
  t.equal(sup(['The Crown Inn', '12 Bridge St', 'Co. Antrim BT41 4AA']), 'The Crown Inn', 'a Northern Irish one');
  t.equal(sup(['The Harbour Bar', 'Main Street, Kinsale', 'Co. Cork P17 X052']), 'The Harbour Bar', 'an Irish Eircode');
});

t.test('a care-of line names the address\'s addressee, never the shop', async (t) => {
  t.equal(sup(['THE OLD FORGE', 'c/o Smith & Co.', '1 Station Rd, Durham']), 'THE OLD FORGE');
  t.equal(sup(['The Old Forge', 'Care of Hartley & Co.', '1 Station Rd, Durham']), 'The Old Forge');
});

t.test('a line opening with a unit, suite, flat or level number and a comma is an address, whatever company word it holds', async (t) => {
  t.equal(sup(['BREW & BAKE', 'coffee, cakes and more.', 'Unit 5, Tyne Co. Business Park']), 'BREW & BAKE', 'a business park with "Co." in its name');
  t.equal(sup(['Brew & Bake', 'Suite 2B, Quayside Ltd Centre', 'Newcastle NE1 3DX']), 'Brew & Bake', 'a suite in a centre named with "Ltd"');
});
