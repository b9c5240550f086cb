/**
 * @module test/engine/extract/supplier-legal-forms
 * The legal forms of partnerships and professional companies end a supplier's name like any
 * other company suffix. Found by a tester on invoices never seen before: "Blackwater Logistics
 * LLP", "ALAM CERIA CATERING PLT", "Copperline Web Studio L.P." sat on the title's row
 * ("... LLP        INVOICE"), which reads as a title, not a name, unless a legal form vouches for
 * it; the first address line was taken instead, 7 of 7.
 * - LLP, LLLP, LP and L.P. (UK, US), PLT (Malaysia's limited liability partnership), PLLC and
 *   P.C. (US professional companies) are legal forms, beside LLC, Inc., Corp. and Ltd.
 * - A sender line is cut after them as after any legal form; a speck for one of their dots is a dot.
 * - On a receipt, a name ending in one is still the supplier.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { COMPANY_SUFFIX, legalFormOnly, tidyName } from '../../../engine/extract/supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const BODY = ['', 'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500.00    1,000.00',
  'Subtotal                                            1,000.00', 'Sales Tax 8%                                           80.00', 'Balance Due                                      $1,080.00'];

/** The tester's layout: the name and the title on one row, the address under the name, the number and date beside it. */
const supplier = (name: string) => extractInvoice(readingFromText([[`${name}                         INVOICE`, 'Havenweg 2',
  '3011 Rotterdam                           Invoice No: F2022/0342', 'VAT Reg No GB445556656                 Invoice Date: 17/03/2022', '',
  'Bill To:', 'Harwood & Pike Solicitors', 'Rua do Sol 1', ...BODY]])).formatted.supplierName;

const FORMS = ['LLP', 'L.L.P.', 'LLLP', 'LP', 'L.P.', 'PLT', 'PLLC', 'P.C.', 'LLC', 'Inc.', 'Corp.', 'Ltd'];

t.test('a partnership\'s or professional company\'s legal form vouches for a name on the title\'s row', async (t) => {
  for (const form of FORMS) t.equal(supplier(`Blackwater Logistics ${form}`), `Blackwater Logistics ${form}`, form);
  t.equal(supplier('ALAM CERIA CATERING PLT'), 'ALAM CERIA CATERING PLT');
});

t.test('the forms are company suffixes and legal forms alone; words that hold their letters are not', async (t) => {
  for (const form of FORMS) {
    t.ok(COMPANY_SUFFIX.test(`Oakhurst Joinery ${form}`.toLowerCase()), `suffix ${form}`);
    t.ok(legalFormOnly(form), `alone ${form}`);
  }
  for (const word of ['Help Desk', 'Plate', 'Alps', 'PC World']) t.notOk(legalFormOnly(word), word);
  for (const word of ['Help Desk', 'Plateau Foods', 'Alps Outdoor']) t.notOk(COMPANY_SUFFIX.test(word.toLowerCase()), word);
});

t.test('a sender line is cut after them; a speck for one of their dots is a dot', async (t) => {
  t.equal(tidyName('Oakhurst Joinery LLP : 12 Park Road : Leeds LS1 4AP'), 'Oakhurst Joinery LLP');
  t.equal(tidyName('Blackwater Logistics LLP Havenweg 2'), 'Blackwater Logistics LLP', 'the separator lost');
  t.equal(tidyName('Copperline Web Studio L.P. Havenweg 2'), 'Copperline Web Studio L.P.');
  t.equal(tidyName('Copperline Web Studio L:P.'), 'Copperline Web Studio L.P.');
});

t.test('on a receipt, a name ending in one of them is the supplier', async (t) => {
  const reading = readingFromText([['ALAM CERIA CATERING PLT', '(LLP0012345-LGN)', 'NO 12 JALAN PUDU', '55100 KUALA LUMPUR', '', '', 'TOTAL 5.00']], { kind: 'image' });
  t.equal(receiptSupplier(flattenLines(reading))?.name, 'ALAM CERIA CATERING PLT');
});

t.test('"d.o.o." and "s.r.o." with an o read as a zero are the legal form again, for the seller and the buyer', async (t) => {
  t.equal(tidyName('Novak d.0.0.'), 'Novak d.o.o.');
  t.equal(tidyName('KOVO PLUS S.R.0.'), 'KOVO PLUS S.R.O.');
  t.equal(tidyName('Novak d.o.o.'), 'Novak d.o.o.', 'a form read right stays');
  const f = extractInvoice(readingFromText([[
    'Bergmann Haustechnik GmbH                     RECHNUNG', 'Hauptstraße 12, 1010 Wien', 'Rechnungsnummer: 2026-30616',
    'Kunde:                                        Rechnungsdatum: 13.03.2026', 'Novak d.0.0.                                  Fällig am: 27.04.2026',
    'Slovenska cesta 19, 1000 Ljubljana', ...BODY,
  ]])).formatted;
  t.equal(f.customerName, 'Novak d.o.o.');
});
