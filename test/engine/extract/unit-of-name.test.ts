/**
 * @module test/engine/extract/unit-of-name
 * Supplier names under the legal-entity convention: a "(A) unit of ..." line names the legal
 * entity, and a trade name glued by OCR to the legal entity ending in its legal form gives the
 * legal entity, also when the repeated word comes right after the trade name.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { withoutUnitOf } from '../../../engine/extract/unit-of-name.ts';
import { legalEntityAfterTradeName } from '../../../engine/extract/particle-name.ts';
import { readingFromText } from '../reading-from-text.ts';

const supplier = (lines: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0].supplierName;

t.test('a "unit of" line under the brand: the legal entity it names', async (t) => {
  for (const [unit, name] of [['Unit of Seabreeze Hospitality Pvt Ltd', 'Seabreeze Hospitality Pvt Ltd'], ['(A Unit of Kesar Retail Private Limited)', 'Kesar Retail Private Limited'], ['A division of Tamarind Eats LLP', 'Tamarind Eats LLP']]) {
    for (const kind of ['pdf', 'image'] as const) {
      t.equal(supplier(['SEABREEZE KITCHEN', unit, '4 Beach Road, Kochi', 'GSTIN 32ABCDE1234F1Z5', 'Masala Dosa 120.00', 'Filter Coffee 40.00', 'TOTAL 160.00'], kind), name, `${unit} (${kind})`);
    }
  }
  t.equal(withoutUnitOf('Unity of Taste Cafe'), 'Unity of Taste Cafe');
  t.equal(withoutUnitOf('Unit of Measure'), 'Unit of Measure', 'no legal form after it');
});

t.test('a trade name glued to the legal entity, the repeated word right after the trade name', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.equal(supplier(['Slagerij Veldhoven Veldhoven Vleeswaren B.V.', 'Kerkplein 4, 5611 AB Eindhoven', 'Gehakt 6,40', 'TOTAAL 6,40'], kind), 'Veldhoven Vleeswaren B.V.', kind);
  }
  t.equal(legalEntityAfterTradeName('Eetcafe Ooievaar Ooievaar Horeca B.V.'), 'Ooievaar Horeca B.V.');
  t.equal(legalEntityAfterTradeName('Eetcafe Ooievaar Ooievaar B.V.'), 'Eetcafe Ooievaar Ooievaar B.V.', 'a word read twice before the legal form alone');
});

t.test('a street after a comma on the name line is no part of the name', async (t) => {
  t.equal(supplier(['Kaffeehaus Birkenhof, Schlossstrasse 3', '80331 München', 'Kakao 3,80', 'SUMME 3,80'], 'image'), 'Kaffeehaus Birkenhof');
  t.equal(supplier(['Backstube Rosenthal GmbH, Lindenallee 17', '10115 Berlin', 'Brezel 1,20', 'SUMME 1,20'], 'pdf'), 'Backstube Rosenthal GmbH');
});
