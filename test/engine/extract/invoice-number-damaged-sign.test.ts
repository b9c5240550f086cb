/**
 * @module test/engine/extract/invoice-number-damaged-sign
 * A scanned invoice's number marker whose ordinal sign OCR damaged: "Facture N°" read as
 * `N"`, `N'`, `N*`, `N0`, "Factura nº" as `nª`, `n*`, "Fatura n.º" as `n."`, `n.o`, and a marker
 * glued by its colon to the number ("Rechnung Nr.:RE-118", "Facture Nº:F-2026-0142"). The labels
 * and numbers are generated over several languages, number shapes (with "/", "-", letters, a
 * series) and spacings, on a text layer and on a scan.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const BODY = ['', 'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00',
  'Subtotal                                            1.000,00', 'VAT 20%                                               200,00', 'Total                                             1.200,00 EUR'];

const id = (label: string, kind: 'pdf' | 'image') =>
  extractInvoice(readingFromText([['Atelier Moreau SARL', label, 'Date: 12/10/2025', ...BODY]], { kind })).formatted.documentId;

/** Each label's words with its sign as printed and as OCR damaged it. */
const LABELS: [string, string[]][] = [
  ['Facture', ['N°', 'N"', "N'", 'N*', 'N0', 'Nº', 'No', 'n”']],
  ['FACTURE', ['N°', 'N"', 'N*', 'N0']],
  ['Factura', ['nº', 'nª', 'n*', 'n9', 'N2', 'n°']],
  ['Fattura', ['n.', 'n°', 'N"', 'nr.']],
  ['Rechnung', ['Nr.', 'Nr', 'N*']],
  ['Factuur', ['nr.', 'nr', 'n°']],
  ['Faktura', ['nr', 'nr.', 'Nr*']],
  ['Fatura', ['n.º', 'n."', 'n.o', 'n.9', "n.'", 'nº']],
];
const NUMBERS = ['F-2026-0142', '2026/118', 'A-77/2025', 'FT 2026/12', '0457', 'INV2026B'];
const GAPS = [' ', ' : ', ' :  ', ': ', ':', '    '];

t.test('the number after a label whose number sign OCR damaged, apart or glued by its colon', async (t) => {
  let n = 0;
  for (const [word, signs] of LABELS) {
    for (const sign of signs) {
      for (const gap of GAPS) {
        // one number and one kind per label and gap, turning through the generated shapes
        const number = NUMBERS[(n + Math.floor(n / GAPS.length)) % NUMBERS.length];
        const kind = n++ % 2 ? 'image' : 'pdf';
        t.equal(id(`${word} ${sign}${gap}${number}`, kind), number, `${word} ${sign}${gap}${number} (${kind})`);
      }
    }
  }
});

t.test('the sign read apart from the number, with a company beside it on a scan', async (t) => {
  t.equal(id('Facture N° :  F-2026-0142            Date : 12/10/2025', 'image'), 'F-2026-0142');
  t.equal(id('Factura nº 2026/118                  Fecha: 12/10/2025', 'image'), '2026/118');
  t.equal(id('Factura N2 2026/118', 'image'), '2026/118');
  t.equal(id('Facture N* 7781-B', 'image'), '7781-B');
});

t.test('no number after the label: none', async (t) => {
  t.equal(id('Facture N" :', 'image'), null);
  t.equal(id('Rechnung Nr.:', 'image'), null);
});
