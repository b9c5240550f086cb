/**
 * @module test/engine/extract/cash-rounding
 * A cash rounding in the languages of the tills that print one (Swiss 5 rappen, Nordic whole
 * kronor): "Total CHF 23.47", "Rundung -0.02", "Zu bezahlen 23.45". The total is the amount paid
 * after the rounding, the rounding line is neither an item nor a discount, and the lines adding
 * up to the sum before the rounding pass the items check.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { printedRoundings } from '../../../engine/parse/rounding-labels.ts';
import type { Receipt } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function run(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as { multiple_receipts: Receipt[] }).multiple_receipts[0], checks: d.checks };
}

const SLIPS: [string, string[], number][] = [
  ['German', ['COOP BASEL', 'Brot 3.20', 'Milch 1.85', 'Kaese 18.42', 'Total CHF 23.47', 'Rundung -0.02', 'Zu bezahlen 23.45'], 23.45],
  ['French', ['COOP LAUSANNE', 'Pain 3.20', 'Lait 1.85', 'Fromage 18.42', 'Total CHF 23.47', 'Arrondi -0.02', 'A payer 23.45'], 23.45],
  ['Norwegian', ['KIWI OSLO', 'Brod 32,20', 'Melk 18,50', 'Ost 48,42', 'Total NOK 99,12', 'Avrunding -0,12', 'Å betale 99,00'], 99],
  ['Swedish', ['ICA NARA', 'Bröd 32,20', 'Mjölk 18,50', 'Ost 48,42', 'Totalt SEK 99,12', 'Öresavrundning -0,12', 'Att betala 99,00'], 99],
  ['rounding above the total', ['COOP BASEL', 'Brot 3.20', 'Milch 1.85', 'Kaese 18.42', 'Rundung -0.02', 'Total CHF 23.45', 'Bar 50.00', 'Rückgeld 26.55'], 23.45],
];

t.test('the total is the amount paid after the cash rounding; the rounding is no item and no discount', async (t) => {
  for (const [name, lines, total] of SLIPS) {
    for (const kind of ['pdf', 'image'] as const) {
      const { r, checks } = run(lines, kind);
      t.equal(r.totalAmount, total, `${name} (${kind}): total`);
      t.same(r.tableItems.map((i) => i.description), lines.slice(1, 4).map((l) => l.replace(/\s[\d.,]+$/, '')), `${name} (${kind}): the goods are the items`);
      t.equal(r.discountAmount, 0, `${name} (${kind}): no discount`);
      const items = checks.find((c) => c.name === 'items_sum_equals_net_or_total');
      t.equal(items?.ok, true, `${name} (${kind}): the lines add up to the total less the rounding`);
    }
  }
});

t.test('the roundings a page prints, signed, up to half a unit', async (t) => {
  t.same(printedRoundings('Total 23.47\nRundung -0.02\nÖresavrundning -0,12\nRounding Adj RM 0.02\nArrondi 0,03-\nAvrunding 4,00'), [-0.02, -0.12, 0.02, -0.03]);
});
