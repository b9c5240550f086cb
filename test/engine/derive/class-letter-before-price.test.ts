/**
 * @module test/engine/derive/class-letter-before-price
 * Tills that print an item's tax-class letter between its name and its price ("Brot A 3,49",
 * "Kaas   A   6,49": German, Belgian, French layouts) or after the price with a space ("Brot 3,49
 * B"), under class tables in the forms Europe's tills print them: "A = 19%" (German), "A 21,00%"
 * (Dutch, Belgian), "A IVA 23%" and "1 = 23%" (Portuguese), and Greek tills' Greek capitals ("ΨΩΜΙ
 * 1,13 Β" under "Α 24%"). Each item gets its class's rate and tax, and the letter is no word of the
 * item's name. A letter the table does not rate tells nothing. Receipts written by the test.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 227 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}
const rows = (r: ReceiptResult['multiple_receipts'][number]) => r.tableItems.map((i) => [i.description, i.taxAmount]);
const PRINTED = 'line tax from its tax class letter and the class rate printed (prices include tax)';

t.test('the class letter between the name and the price (German, Belgian): the class\'s tax, the name without it', async (t) => {
  const table = ['A = 19% 12,59 2,39 14,98', 'B = 7% 1,11 0,08 1,19'];
  for (const [items, kind] of [
    [['Brot A 3,49', 'Kaffee A 8,99', 'Milch B 1,19', 'Spülmittel A 2,50'], 'pdf'],
    [['Brot           A    3,49', 'Kaffee         A    8,99', 'Milch          B    1,19', 'Spülmittel     A    2,50'], 'pdf'],
    [['Brot A 3,49 €', 'Kaffee A 8,99 €', 'Milch B 1,19 €', 'Spülmittel A 2,50 €'], 'image'],
  ] as Array<[string[], 'pdf' | 'image']>) {
    const { r, fields } = derive(['Backhaus Müller GmbH', 'Hauptstr. 5, 80331 München', ...items, 'SUMME EUR 16,17', 'Bar 20,00', ...table], kind);
    t.same(rows(r), [['Brot', 0.56], ['Kaffee', 1.44], ['Milch', 0.08], ['Spülmittel', 0.4]], items[0]);
    t.equal(fields['tableItems[2].taxAmount'].rule, PRINTED);
  }
  const be = derive(['Delhaize Belgique S.A.', 'Kaas A 6,49', 'Wijn B 8,99', 'Brood A 2,29', 'TOTAAL 17,77', 'BTW Excl BTW Incl', 'A 6,00% 8,28 0,50 8,78', 'B 21,00% 7,43 1,56 8,99']);
  t.same(rows(be.r), [['Kaas', 0.37], ['Wijn', 1.56], ['Brood', 0.13]]);
});

t.test('a letter before the price that the class table does not rate is the name\'s: nothing is told', async (t) => {
  const { r } = derive(['Apotheke am Markt', 'Vitamin C 5,99', 'Pflaster 3,00', 'SUMME EUR 8,99', 'A = 19% 2,52 0,48 3,00', 'B = 7% 5,60 0,39 5,99']);
  t.same(rows(r), [['Vitamin C', null], ['Pflaster', null]]);
});

t.test('Greek capitals as the classes, on the items and in the table', async (t) => {
  const { r } = derive(['ΣΚΛΑΒΕΝΙΤΗΣ Α.Ε.', 'ΑΦΜ 094025817', 'ΨΩΜΙ 1,13 Β', 'ΚΡΑΣΙ 6,20 Α', 'ΓΑΛΑ 2,26 Β', 'ΣΥΝΟΛΟ 9,59', 'ΦΠΑ ΚΑΘΑΡΗ ΦΠΑ', 'Α 24% 5,00 1,20', 'Β 13% 3,00 0,39']);
  t.same(rows(r), [['ΨΩΜΙ', 0.13], ['ΚΡΑΣΙ', 1.2], ['ΓΑΛΑ', 0.26]]);
  t.equal(r.taxAmount, 1.59);
  // (the item's mark read in Latin letters by OCR, the table's in Greek, or the other way round)
  const mixed = derive(['ΣΚΛΑΒΕΝΙΤΗΣ Α.Ε.', 'ΨΩΜΙ 1,13 B', 'ΚΡΑΣΙ 6,20 A', 'ΓΑΛΑ 2,26 Β', 'ΣΥΝΟΛΟ 9,59', 'Α 24% 5,00 1,20', 'B 13% 3,00 0,39'], 'image');
  t.same(rows(mixed.r), [['ΨΩΜΙ', 0.13], ['ΚΡΑΣΙ', 1.2], ['ΓΑΛΑ', 0.26]]);
});

// (these layouts were read before this test was written; kept as the specification of the class table forms)
t.test('the class table forms Europe\'s tills print, the mark after the price', async (t) => {
  const de = derive(['Backhaus Müller GmbH', 'Brot 3,49 B', 'Kaffee 8,99 A', 'Milch 1,19 B', 'Spülmittel 2,50 A', 'SUMME EUR 16,17',
    'A = 19% Netto 9,66 MwSt 1,83', 'B = 7% Netto 4,37 MwSt 0,31']);
  t.same(rows(de.r), [['Brot', 0.23], ['Kaffee', 1.44], ['Milch', 0.08], ['Spülmittel', 0.4]]);
  const nl = derive(['Albert Heijn B.V.', 'Kaas 6,49 A', 'Wijn 8,99 B', 'Brood 2,29 A', 'TOTAAL 17,77', 'BTW Grondslag BTW', 'A 9,00% 8,05 0,73', 'B 21,00% 7,43 1,56']);
  t.same(rows(nl.r), [['Kaas', 0.54], ['Wijn', 1.56], ['Brood', 0.19]]);
  const pt = (marks: string[], table: string[]) => derive(['Pingo Doce Distribuição Alimentar S.A.', 'NIF 500829993', `PAO 1,20 ${marks[2]}`, `VINHO 6,15 ${marks[0]}`,
    `ARROZ 1,06 ${marks[2]}`, `SUMO 2,26 ${marks[1]}`, 'TOTAL 10,67', ...table]).r;
  const want = [['PAO', 0.07], ['VINHO', 1.15], ['ARROZ', 0.06], ['SUMO', 0.26]];
  t.same(rows(pt(['A', 'B', 'C'], ['Taxa IVA Base Valor', 'A IVA 23% 5,00 1,15', 'B IVA 13% 2,00 0,26', 'C IVA 6% 2,13 0,13'])), want);
  t.same(rows(pt(['1', '2', '3'], ['IVA Base Valor', '1 = 23% 5,00 1,15', '2 = 13% 2,00 0,26', '3 = 6% 2,13 0,13'])), want);
});
