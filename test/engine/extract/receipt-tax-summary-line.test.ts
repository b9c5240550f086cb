/**
 * @module test/engine/extract/receipt-tax-summary-line
 * A receipt's one-line tax summary of key-value pairs ("MwSt/TVA 10%  Netto 610,37  Steuer
 * 61,04"), also as a scan reads it with the rate's % lost ("MSt/TVA 10s Netto 610.37 Steuer
 * 61,04"): the net is the figure after "Netto", never the tax's, whatever the rate.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const TILL = ['SUPERMERCADO LA PLAZA S.L.', 'C/ Mayor 12, Madrid', 'Fecha: 21/12/2019', 'TEH TARIK 19.31', 'MEE GORENG 17.85', 'PAPER TOWEL 634.25', 'TOTAL A PAGAR 671,41 EUR', 'BAR 700,00', 'CAMBIO 28,59'];

t.test('net and tax from a line of key-value pairs, at any rate, printed or misread', async (t) => {
  for (const summary of ['MwSt/TVA 10% Netto 610,37 Steuer 61,04', 'MSt/TVA 10s Netto 610.37 Steuer 61,04', 'Netto 610,37 Steuer 61,04', 'MwSt/TVA 21s Netto 554,88 Steuer 116,53']) {
    for (const kind of ['pdf', 'image'] as const) {
      const lines = [...TILL, summary, 'THANK YOU'];
      const x = extractReceipt(readingFromText([lines], { kind }));
      const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
      const net = summary.includes('554') ? 554.88 : 610.37;
      t.same([r.netAmount, r.taxAmount, r.totalAmount], [net, Math.round((671.41 - net) * 100) / 100, 671.41], `${summary} (${kind})`);
    }
  }
});
