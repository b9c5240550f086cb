/**
 * @module test/engine/extract/gapped-thousands
 * A figure grouped in thousands with spaces beside a total label is read whole when its first
 * group was read apart (a space read wide, a colon glued to the group), and a figure in a column
 * of its own is never joined to the next.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { labelledAmounts } from '../../../engine/extract/labels.ts';
import { TOTAL_LABELS } from '../../../engine/extract/amount-roles.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const invoice = (total: string, kind: 'pdf' | 'image') => extractInvoice(readingFromText([[
  'Nordwind Sp. z o.o.', 'Faktura nr FV/2025/118', 'Opis                 Ilość      Cena        Wartość', 'Usługa doradcza          1    11 793,00    11 793,00', total,
]], { kind })).formatted;

t.test('the thousands group printed before a figure across a wide space or after a glued colon is part of it', async (t) => {
  for (const [line, total] of [
    ['Do zapłaty  14  505,39 PLN', 14505.39], ['Do zapłaty:14 505,39 PLN', 14505.39], ['Do zapłaty: PLN 14  505,39', 14505.39],
    ['Gesamtbetrag  1  234,56 €', 1234.56], ['Gesamtbetrag:1 234,56 €', 1234.56], ['Total  12  345.00', 12345], ['Total:12 345.00', 12345],
    ['Total TTC  1  234  567,89 €', 1234567.89], ['Do zapłaty 14 505,39 PLN', 14505.39],
  ] as const) {
    for (const kind of ['pdf', 'image'] as const) t.equal(invoice(line, kind).totalAmount, total, `${line} (${kind})`);
  }
});

t.test('a figure in a column of its own, or one that is no group of three digits, stays apart', async (t) => {
  const total = (s: string) => labelledAmounts(flattenLines(readingFromText([[s]])), TOTAL_LABELS)[0]?.value;
  t.equal(total('Total   2          505,39'), 505.39, 'a count in a column of its own');
  t.equal(total('Total  12  45,00'), 45, 'the rest is no group of three digits');
  t.equal(total('Total  1250  505,39'), 505.39, 'the first piece is more than three digits');
  t.equal(total('Total 20%  1  505,39'), 505.39, 'a rate between the label and the figure');
});

t.test('on a page of whole-unit money, a whole figure\'s first group read apart is part of it', async (t) => {
  const total = (page: string[]) => labelledAmounts(flattenLines(readingFromText([page])), TOTAL_LABELS)[0]?.value;
  t.equal(total(['ÖSSZESEN 6  846 Ft']), 6846, 'forints');
  t.equal(total(['TOTAL ¥6  846']), 6846, 'yen, the sign on the first group');
  t.equal(total(['TOTAL 6  846', 'CASH 10 000']), 6846, 'no figure on the page has decimals');
  t.equal(total(['TOTAL 6  846', 'Coffee 2.50']), 846, 'a page with cents: a whole figure is never joined');
  t.equal(total(['TOTAL 6  846', 'Apples 0.450 kg']), 6846, 'a weight\'s decimals are no cents');
  t.equal(total(['TOTAL 2      846 Ft']), 846, 'a count in a column of its own');
  t.equal(total(['TOTAL 27%  1  846 Ft']), 846, 'a rate between the label and the figure');
});
