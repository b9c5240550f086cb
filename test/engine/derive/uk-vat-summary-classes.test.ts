/**
 * @module test/engine/derive/uk-vat-summary-classes
 * A UK till flags each item with its VAT class after the price ("RED WINE 12.50 S", "MILK 1.65 Z",
 * or glued, "5.99Z") and prints a VAT summary whose rows give each class its rate, net and VAT.
 * Many tills print the rate without its % sign under a head that names the rate column ("VAT RATE
 * NET VAT" over "S 20.0 41.67 8.33"), and the zero-rated class as "Z 0 8.05 0.00" or "Z 0.0 8.05
 * 0.00": each row's rate is printed (its arithmetic holds at it; the zero row prints a VAT of
 * 0.00), so each item's tax is its class's, zero for Z, and the document's VAT and net are the
 * summary's column sums. Receipts written by the test, in several layouts (fresh testers' tills).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { classRates } from '../../../engine/derive/tax-classes.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}
const taxes = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => i.taxAmount);
const PRINTED = 'line tax from its tax class letter and the class rate printed (prices include tax)';

/** A corner shop's slip: three S items (50.00 with 8.33 VAT) and three Z items (8.05), its summary rows given. */
function cornerShop(summary: string[], glued = false): string[] {
  const s = glued ? '' : ' ';
  return ['CORNER MARKET LTD', '12 High Street, Leeds', 'VAT No. GB 123 4567 89', `RED WINE 12.50${s}S`, `SHAMPOO 4.50${s}S`, `DETERGENT 33.00${s}S`,
    `MILK 2L 1.65${s}Z`, `BREAD 1.40${s}Z`, `BANANAS 5.00${s}Z`, 'TOTAL 58.05', 'CASH 60.00', 'CHANGE 1.95', ...summary, '12/03/2026 14:22'];
}

t.test('the class rates of a summary whose rates print no % sign, the zero-rated row among them', async (t) => {
  t.same([...classRates('VAT RATE NET VAT\nS 20% 41.67 8.33\nZ 0 8.05 0.00')], [['S', 0.2], ['Z', 0]]);
  t.same([...classRates('VAT RATE  NET  VAT\nS 20.0 41.67 8.33\nZ 0.0 8.05 0.00')], [['S', 0.2], ['Z', 0]]);
  t.same([...classRates('Code Rate Net VAT\nS 20.00 41.67 8.33\nL 5.00 60.00 3.00\nZ 0.00 1.45 0.00')], [['S', 0.2], ['L', 0.05], ['Z', 0]]);
  // (a zero row alone, no rated class row beside it, tells nothing: "E 0 5.00 0.00" may be anything)
  t.same([...classRates('RATE NET VAT\nE 0 5.00 0.00')], []);
  // (a bare figure that is no rate in use, or whose arithmetic does not hold, is no rate)
  t.same([...classRates('VAT RATE NET VAT\nS 20.0 41.67 9.33\nZ 0.0 8.05 0.00')], []);
  // (two figures without a head naming the rate column: no rate row, as before)
  t.same([...classRates('S 20.0 41.67 8.33\nZ 0.0 8.05 0.00')], []);
});

t.test('S and Z items under the summary layouts UK tills print: each item its class\'s rate, Z items none', async (t) => {
  for (const [summary, glued] of [
    [['VAT RATE NET VAT', 'S 20% 41.67 8.33', 'Z 0 8.05 0.00'], false],
    [['VAT RATE  NET  VAT', 'S 20.0 41.67 8.33', 'Z 0.0 8.05 0.00'], false],
    [['VAT RATE  NET  VAT', 'S 20.0 41.67 8.33', 'Z 0.0 8.05 0.00'], true],
    [['VAT Summary', 'Code Rate Net VAT', 'S 20.00 41.67 8.33', 'Z 0.00 8.05 0.00', 'Total VAT 8.33'], false],
  ] as Array<[string[], boolean]>) {
    const { r, fields } = derive(cornerShop(summary, glued));
    const label = `${summary.join(' / ')}${glued ? ' (marks glued)' : ''}`;
    t.same(taxes(r), [2.08, 0.75, 5.5, 0, 0, 0], label);
    t.same(r.tableItems.map((i) => i.netAmount), [10.42, 3.75, 27.5, 1.65, 1.4, 5], label);
    t.equal(r.taxAmount, 8.33, label);
    t.equal(r.netAmount, 49.72, label);
    t.equal(fields['tableItems[3].taxAmount'].rule, PRINTED, `${label}: the Z row's rate is printed`);
  }
});

t.test('marks glued to prices that open with the pound sign, or read small by OCR off a photo', async (t) => {
  const shop = (pound: string, s: string, z: string) => ['CORNER MARKET LTD', `RED WINE ${pound}12.50${s}`, `SHAMPOO ${pound}4.50${s}`, `DETERGENT ${pound}33.00${s}`,
    `MILK 2L ${pound}1.65${z}`, `BREAD ${pound}1.40${z}`, `BANANAS ${pound}5.00${z}`, `TOTAL ${pound}58.05`, 'VAT RATE NET VAT', 'S 20% 41.67 8.33', 'Z 0 8.05 0.00'];
  for (const [pound, s, z] of [['£', 'S', 'Z'], ['', 's', 'z'], ['£', 's', 'Z']]) {
    const { r } = derive(shop(pound, s, z), 'image');
    t.same(taxes(r), [2.08, 0.75, 5.5, 0, 0, 0], `${pound}12.50${s}, ${pound}1.65${z}`);
  }
});

t.test('three classes, the rates bare: the document VAT is the rows\' sum, not one row\'s', async (t) => {
  const shop = (summary: string[]) => ['HIGHFIELD PHARMACY LTD', 'VAT Reg 987654321', 'CHILD CAR SEAT 63.00 L', 'SUN CREAM 8.40S', 'BREAD 1.45 Z', 'TOTAL 72.85', ...summary];
  for (const summary of [['VAT RATE NET VAT', 'S 20.0 7.00 1.40', 'L 5.0 60.00 3.00', 'Z 0.0 1.45 0.00'],
    ['VAT RATE NET VAT', 'S 20.0 7.00 1.40', 'L 5.0 60.00 3.00', 'Z 0.0 1.45 0.00', 'TOTAL VAT 4.40']]) {
    for (const kind of ['pdf', 'image'] as const) {
      const { r } = derive(shop(summary), kind);
      t.equal(r.taxAmount, 4.4, `${kind}: ${summary.join(' / ')}`);
      t.equal(r.netAmount, 68.45, kind);
      t.same(taxes(r), [3, 1.4, 0], kind);
    }
  }
});

t.test('the summary\'s bare rates tell the class where the document tax alone would fit two rates', async (t) => {
  // (1.99 and 1.20 at 20 % make 0.53, and at 19 % 0.51: within the cent an item may round, the VAT alone tells neither)
  const { r } = derive(['KWIK SAVE LTD', 'BAKED BEANS 0.65Z', 'COLA 2L 1.99S', 'CRISPS 1.20S', 'TEA BAGS 2.89Z', 'TOTAL 6.73', 'CASH 10.00',
    'VAT  RATE  NET  VAT', 'S 20.0 2.66 0.53', 'Z 0.0 3.54 0.00']);
  t.same(taxes(r), [0, 0.33, 0.2, 0]);
  t.equal(r.taxAmount, 0.53);
  t.equal(r.netAmount, 6.2);
});
