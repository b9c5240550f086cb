/**
 * @module test/engine/extract/receipt-supplier-tax-id
 * A receipt's supplier printed with its tax or business number on the same line ("... Pty Ltd
 * ABN 51 824 753 556", "... GmbH USt-IdNr. DE123456789"): the name ends before the label.
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { withoutTaxIdAfterName } from '../../../engine/extract/tax-id-after-name.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const sup = (lines: string[]) => receiptSupplier(flattenLines(readingFromText([[...lines, '', 'Coffee 4.50', 'Muffin 3.20', '', 'TOTAL 7.70']], { kind: 'image' })))?.name ?? null;

t.test('a tax or business number on the legal name\'s line is no part of the name', async (t) => {
  for (const [legal, want] of [
    ['Harbour Bites Pty Ltd ABN 51 824 753 556', 'Harbour Bites Pty Ltd'],
    ['Harbour Bites Pty Ltd ACN 123 456 789', 'Harbour Bites Pty Ltd'],
    ['Bäckerei Kunz GmbH USt-IdNr. DE123456789', 'Bäckerei Kunz GmbH'],
    ['Café Lumière SARL SIRET 123 456 789 00012', 'Café Lumière SARL'],
    ['Ferretería Sol S.L. CIF B12345678', 'Ferretería Sol S.L.'],
    ['Bakkerij Jansen B.V. KvK 12345678', 'Bakkerij Jansen B.V.'],
    ['Spice Route Pvt Ltd GSTIN 27AAAPL1234C1ZV', 'Spice Route Pvt Ltd'],
    ['Rose & Crown Ltd, VAT No GB123456789', 'Rose & Crown Ltd'],
  ]) {
    t.equal(sup([legal, '7 Campbell Pde, Bondi Beach NSW', 'Tax Invoice # 453968', '17/05/2026 09:51']), want, legal);
  }
});

t.test('a name without a number after its label, or a label with nothing before it, stays as printed', async (t) => {
  t.equal(withoutTaxIdAfterName('Tin Roof Coffee Inc.'), 'Tin Roof Coffee Inc.');
  t.equal(withoutTaxIdAfterName('Taxi Tina Ltd'), 'Taxi Tina Ltd');
  t.equal(withoutTaxIdAfterName('GST Reg No 001234567'), 'GST Reg No 001234567');
});
