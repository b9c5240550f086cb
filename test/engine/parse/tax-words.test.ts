/**
 * @module test/engine/parse/tax-words
 * The tax names are read as taxes wherever a line is asked whether it names one: Malaysia's SST
 * (sales and service tax) as much as a GST or a VAT, on a line saying the total includes it.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { namesTax, printedTaxRates } from '../../../engine/derive/printed-rates.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('an SST included in the total ("Incl. SST 8% 1.36", "SST 6% INCL 0.57") is the tax, as a GST is', async (t) => {
  const cases: Array<[string[], number, number]> = [
    [['Mee Goreng 9.72', 'Limau Ais 4.32', 'Kuih 4.32', 'TOTAL RM 18.36', 'Incl. SST 8% 1.36'], 18.36, 1.36],
    [['Roti Telur 3.18', 'Teh Tarik 6.89', 'TOTAL 10.07', 'SST 6% INCL 0.57'], 10.07, 0.57],
    [['Kopi O 2.65', 'Nasi Lemak 8.15', 'Total Payable 10.80', 'SST 8% INCLUDED 0.80'], 10.8, 0.8],
  ];
  for (const [body, total, tax] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const lines = ['GERAI MAKAN BUKIT INDAH', '05/02/2026 13:05', ...body, 'Terima kasih'];
      const x = extractReceipt(readingFromText([lines], { kind }));
      const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
      t.same([r.totalAmount, r.taxAmount, r.netAmount], [total, tax, Math.round((total - tax) * 100) / 100], `${body[body.length - 1]} (${kind})`);
    }
  }
});

t.test('"SST" names a tax, and its rate is a printed tax rate', async (t) => {
  t.ok(namesTax('SST 8% 4.67'));
  t.ok(namesTax('Sales & Service Tax (SST) 6%'));
  t.same(printedTaxRates('Sub Total 58.40\nSST 8% 4.67\nTOTAL 63.07'), [0.08]);
  t.notOk(namesTax('Classic 2.50'), 'no word holding the letters');
});
