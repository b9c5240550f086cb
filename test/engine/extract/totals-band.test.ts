/**
 * @module test/engine/extract/totals-band
 * An invoice's totals printed as a band, a row of labels over a row of figures: each figure is
 * the role of the label above it (net, tax, total), in the eight languages served, whether the
 * text layer gives the row as one line or OCR reads each column as a line of its own; a table
 * with one row per rate is no band.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';
import type { DocumentReading } from '../../../engine/types.ts';

/** [label row, figure row, net, tax, total] */
const BANDS: [string, string, number, number, number][] = [
  ['Total excl. VAT      VAT 20%      TOTAL', '1 250,00             250,00       1 500,00 EUR', 1250, 250, 1500],
  ['Subtotal        Tax          Amount due', '1,250.00        250.00       1,500.00', 1250, 250, 1500],
  ['Netto           MwSt 19 %       Gesamtbetrag', '1.250,00        237,50          1.487,50 €', 1250, 237.5, 1487.5],
  ['Total HT        TVA 20 %        Total TTC', '1 250,00        250,00          1 500,00 €', 1250, 250, 1500],
  ['Base imponible     IVA 21 %     Total', '1.250,00           262,50       1.512,50 €', 1250, 262.5, 1512.5],
  ['Imponibile      IVA 22%       Totale', '1.250,00        275,00        1.525,00 €', 1250, 275, 1525],
  ['Total Ilíquido     IVA 23%      Total', '1 250,00           287,50       1 537,50 €', 1250, 287.5, 1537.5],
  ['Totaal excl. btw     Btw 21%      Totaal', '1.250,00             262,50       1.512,50 €', 1250, 262.5, 1512.5],
  ['Wartość netto      VAT 23%      Do zapłaty', '1 250,00           287,50       1 537,50 PLN', 1250, 287.5, 1537.5],
];

const page = (band: string[]) => [
  'Nordwind Consulting', 'Invoice No. 2025-118', '', 'Description                  Qty    Unit price      Amount',
  'Consulting services            5        250,00    1 250,00', '', ...band,
];

/** The reading with each row's columns (parted by three spaces or more) read as lines of their own, as OCR gives them. */
function columnsAsLines(r: DocumentReading): DocumentReading {
  return {
    ...r,
    pages: r.pages.map((p) => ({
      ...p,
      lines: p.lines.flatMap((l) => {
        const parts: typeof l.words[] = [];
        l.words.forEach((w, i) => {
          const prev = l.words[i - 1];
          if (prev && w.box.x - (prev.box.x + prev.box.w) > 3 * 6) parts.push([w]);
          else if (parts.length) parts[parts.length - 1].push(w);
          else parts.push([w]);
        });
        return parts.map((ws) => ({ text: ws.map((w) => w.text).join(' '), words: ws, box: { x: ws[0].box.x, y: l.box.y, w: ws[ws.length - 1].box.x + ws[ws.length - 1].box.w - ws[0].box.x, h: l.box.h } }));
      }),
    })),
  };
}

t.test('each figure of a band is the role of the label above it, in every language served', async (t) => {
  for (const [labels, figures, net, tax, total] of BANDS) {
    for (const kind of ['pdf', 'image'] as const) {
      const { formatted: x } = extractInvoice(readingFromText([page([labels, figures])], { kind }));
      t.same([x.netAmount, x.taxAmount, x.totalAmount], [net, tax, total], `${labels} (${kind})`);
      t.same(x.tableItems.map((i) => i.totalAmount), [1250], `${labels} (${kind}): the band is no item`);
    }
  }
});

t.test('a band whose columns OCR read as lines of their own is still one row of labels over one of figures', async (t) => {
  for (const [labels, figures, net, tax, total] of BANDS) {
    const { formatted: x } = extractInvoice(columnsAsLines(readingFromText([page([labels, figures])], { kind: 'image' })));
    t.same([x.netAmount, x.taxAmount, x.totalAmount], [net, tax, total], labels);
  }
});

t.test('figures right-aligned under their labels still belong to the label above them', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([page(['Net amount          VAT amount           Total amount', '      1,250.00              250.00               1,500.00'])]));
  t.same([x.netAmount, x.taxAmount, x.totalAmount], [1250, 250, 1500]);
});

t.test('a table with one row per rate under the labels is no band: its sums are the totals', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[
    'Nordwind Consulting', 'Invoice No. 2025-118', 'Description                  Qty    Unit price      Amount',
    'Consulting services            5        200,00    1 000,00', 'Books                         10         25,00      250,00', '',
    'Rate       Net           VAT          Total', '20%        1 000,00      200,00       1 200,00', '5,5%       250,00        13,75        263,75',
    'Amount due                                        1 463,75 EUR',
  ]]));
  t.equal(x.totalAmount, 1463.75);
  t.equal(x.netAmount, 1250);
  t.equal(x.taxAmount, 213.75);
});

t.test('labels crammed together with no wide gap between two of them are parted where the figures below part', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([page(['Wartość netto Podatek VAT 23%         Wartość brutto', ' 3 660,03 PLN   841,81 PLN           4 501,84 zł'])]));
  t.same([x.netAmount, x.taxAmount, x.totalAmount], [3660.03, 841.81, 4501.84]);
});
