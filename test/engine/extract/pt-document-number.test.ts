/**
 * @module test/engine/extract/pt-document-number
 * A Portuguese receipt's number is its type, series and sequence ("FS 2026A/14882", "FT
 * FA.2026/331"), wherever the line prints it: never the series or the sequence alone.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { ptDocumentNumbers } from '../../../engine/extract/pt-document-number.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('type, series and number are the document number, on its own line or after a title or label', async (t) => {
  const cases: Array<[string, string]> = [
    ['FS 2031C/5907', 'FS 2031C/5907'],
    ['Fatura Simplificada FT FB.2031/418', 'FT FB.2031/418'],
    ['Fatura-Recibo FR 2031Z/66', 'FR 2031Z/66'],
    ['Doc.: FS B2031/30012', 'FS B2031/30012'],
    ['Nota de Credito NC NCA-2031/9', 'NC NCA-2031/9'],
  ];
  for (const [line, id] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = extractReceipt(readingFromText([['PADARIA ESTRELA DO NORTE LDA', 'NIF 509876543', line, 'ATCUD: KQ4T9ZP2-5907', '14-05-2031 08:42', 'Broa 2,40', 'Galao 1,10', 'TOTAL 3,50']], { kind })).formatted.multiple_receipts[0];
      t.equal(r.documentId, id, `${line} (${kind})`);
    }
  }
});

t.test('no number of that form where none is printed: a date after a type code, a word glued on', async (t) => {
  const read = (s: string) => ptDocumentNumbers(flattenLines(readingFromText([[s]]))).map((c) => c.text);
  t.same(read('FT 12/05 entrega'), []);
  t.same(read('SOFT 2031A/12'), []);
  t.same(read('ft 2031A/12'), [], 'the type in capitals');
  t.same(read('Ref FS 2031A/12'), ['FS 2031A/12']);
});
