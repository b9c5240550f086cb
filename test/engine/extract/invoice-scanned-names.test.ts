/**
 * @module test/engine/extract/invoice-scanned-names
 * An invoice's party names read from a scan are mended as a receipt's shop name is (the
 * document first, then the lexicon: ../../../engine/extract/receipt-supplier.ts repaired). Found
 * by a tester on a scanned invoice: "Riverbend Dentai Group", an l read as i, came back as the
 * customer.
 * - A word of a scanned name that is no word and one confusable glyph from one common word is
 *   that word ("Dentai" -> Dental).
 * - A text layer's name is as printed; a word read so elsewhere on the document stays; a name
 *   in another language is left alone.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const page = (customer: string, extra: string[] = []) => ['Bluestem Analytics Inc.                    INVOICE', '45 rue des Lilas',
  '69003 Lyon                                 Invoice #: 35474', 'EIN 52-8550209                             Date: 09/19/2024', '',
  'Bill To:', customer, 'Corso Italia 4', '', 'Description                 Qty     Rate      Amount', 'Spare parts                   1  1,358.13  1,358.13',
  'Subtotal                                            1,358.13', 'Balance Due                                        $1,358.13', ...extra];
const names = (lines: string[], kind: 'pdf' | 'image') => {
  const x = extractInvoice(readingFromText([lines], { kind })).formatted;
  return [x.supplierName, x.customerName];
};

t.test('a scanned party name with a glyph misread is mended; the supplier\'s too', async (t) => {
  t.same(names(page('Riverbend Dentai Group'), 'image'), ['Bluestem Analytics Inc.', 'Riverbend Dental Group']);
  t.same(names(page('Riverbend Dental Group').map((l) => l.replace('Bluestem Analytics', 'Harbour Suppiies')), 'image'), ['Harbour Supplies Inc.', 'Riverbend Dental Group']);
});

t.test('a text layer\'s name, a word read so elsewhere, and a name in another language stay as read', async (t) => {
  t.same(names(page('Riverbend Dentai Group'), 'pdf'), ['Bluestem Analytics Inc.', 'Riverbend Dentai Group'], 'a text layer misreads nothing');
  t.same(names(page('Riverbend Dentai Group', ['', 'Dentai Group member since 2019']), 'image'), ['Bluestem Analytics Inc.', 'Riverbend Dentai Group'], 'printed so twice');
  t.same(names(page('Gemeente Westerveld'), 'image')[1], 'Gemeente Westerveld');
  t.same(names(page('Condominio Le Magnolie'), 'image')[1], 'Condominio Le Magnolie');
});
