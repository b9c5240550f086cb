/**
 * @module test/engine/derive/sign-first-rate-rows
 * Specification, on Turkish fiscal receipts ("SIMIT %1 *15,00", a KDV table "%1 214,85 2,15"):
 * - every line prints its rate with the sign first, and the KDV table's rows print each rate's base
 *   and tax; where a discount after the last line ("INDIRIM *-12,00") keeps the lines from adding
 *   up to the total, a rate whose lines make its row's gross bore none of it (each line's tax is its
 *   total x r / (1 + r)), and a rate of one line that makes its row's gross less the discount bore
 *   it all (its net and tax are the row's);
 * - a rate of several lines that make its row's gross less the discount keeps their taxes null:
 *   how they shared the discount is not printed;
 * - the rate between the name and the starred price is no word of the name;
 * - a % sign read as an 8 ("SIMIT 81 *15,00", "81 214,85 2,15") is put back where the row's
 *   figures hold at the rate: no line gets a quantity of 81.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { mendedSignFirstRates, signFirstRows } from '../../../engine/parse/sign-first-rates.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return (d.formatted as ReceiptResult).multiple_receipts[0];
}
const col = (r: ReceiptResult['multiple_receipts'][number], f: 'taxAmount' | 'netAmount' | 'discountAmount' | 'quantity') => r.tableItems.map((i) => i[f]);

const slip = (pct: string, items: string[], rows: string[], total: string) => ['GUNES BAKKAL GIDA LTD. STI.', 'ATATURK CAD. NO:7 BORNOVA/IZMIR', 'BORNOVA V.D. 1234567890',
  'TARIH : 03.03.2026 SAAT : 09:12', 'FIS NO : 0112', ...items.map((l) => l.replace(/%/g, pct)), 'INDIRIM *-12,00', 'TOPKDV *20,15', `TOPLAM *${total}`,
  `NAKIT *${total}`, 'KDV ORANI MATRAH KDV', ...rows.map((l) => l.replace(/%/g, pct)), 'Z NO:0088 EKU NO:0001'];
const items = ['SIMIT %1 *15,00', 'CAY 1KG %1 *202,00', 'SAMPUAN %20 *120,00'];
const rows = ['%1 214,85 2,15', '%20 90,00 18,00'];

t.test('a rate per line and a KDV table: each rate told by its row, the discount by the row that prints it', async (t) => {
  const r = derive(slip('%', items, rows, '325,00'));
  t.same(col(r, 'taxAmount'), [0.15, 2, 18]);
  t.same(col(r, 'netAmount'), [14.85, 200, 90]);
  t.same(col(r, 'discountAmount'), [0, 0, 12]);
  // (the rate before the starred price is no word of the name)
  t.same(r.tableItems.map((i) => i.description), ['SIMIT', 'CAY 1KG', 'SAMPUAN']);
});

t.test('the % sign read as an 8: put back where the rows hold, no quantity of 81', async (t) => {
  const r = derive(slip('8', items, rows, '325,00'));
  t.same(col(r, 'quantity'), [1, 1, 1]);
  t.same(col(r, 'taxAmount'), [0.15, 2, 18]);
  t.same(signFirstRows('81 214,85 2,15\n820 90,00 18,00'), [{ rate: 0.01, base: 214.85, tax: 2.15 }, { rate: 0.2, base: 90, tax: 18 }]);
  // (a row whose figures do not hold at the rate is no rate row, and nothing is put back)
  t.same(signFirstRows('81 214,85 9,15'), []);
  t.equal(mendedSignFirstRates('SIMIT 81 *15,00\n81 214,85 9,15'), 'SIMIT 81 *15,00\n81 214,85 9,15');
});

t.test('two lines of the discounted rate: how they shared it is not printed', async (t) => {
  const r = derive(slip('%', ['SIMIT %1 *15,00', 'CAY 1KG %1 *202,00', 'DETERJAN %20 *60,00', 'SAMPUAN %20 *60,00'], rows, '325,00'));
  t.same(col(r, 'taxAmount'), [0.15, 2, null, null]);
});
