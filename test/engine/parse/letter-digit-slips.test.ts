/**
 * @module test/engine/parse/letter-digit-slips
 * Letters and digits OCR reads for each other in an item's name, told apart by where they sit: a
 * 0 among letters is an O ("Y0GURT", "SEM0LA", "VINH0"), the ounce's O after a figure ("320Z"),
 * an O inside a figure a size unit ends is a 0 ("75OML"), an l after a multipack's times sign is a
 * 1 ("6xl,5L"). Sizes and figures as read, codes with one letter ("A0") and words holding other
 * digits stay. On a receipt read by OCR the names come out mended and their line taxes are still
 * found by them; a text layer's names are as printed and stay.
 */
import t from 'tap';
import { mendedLetters } from '../../../engine/parse/letter-digit-slips.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a 0 among letters is the letter O, in the case of its word', async (t) => {
  t.equal(mendedLetters('GREEK Y0GURT'), 'GREEK YOGURT');
  t.equal(mendedLetters('DISH S0AP'), 'DISH SOAP');
  t.equal(mendedLetters('PASTA SEM0LA 500G'), 'PASTA SEMOLA 500G');
  t.equal(mendedLetters('VINH0 VERDE 75CL'), 'VINHO VERDE 75CL');
  t.equal(mendedLetters('Cr0issant au beurre'), 'Croissant au beurre');
  t.equal(mendedLetters('Kaffeebohnen ESPRESS0'), 'Kaffeebohnen ESPRESSO');
  t.equal(mendedLetters('B00K CLUB'), 'BOOK CLUB');
});

t.test('the ounce after a figure, and a 0 read as O in a size', async (t) => {
  t.equal(mendedLetters('PEANUT BUTTER 160Z'), 'PEANUT BUTTER 16OZ');
  t.equal(mendedLetters('COFFEE 12 0Z'), 'COFFEE 12 OZ');
  t.equal(mendedLetters('AZEITE 75OML'), 'AZEITE 750ML');
  t.equal(mendedLetters('Mehl 1OKG'), 'Mehl 10KG');
  t.equal(mendedLetters('RIJST 5OOG'), 'RIJST 500G');
  t.equal(mendedLetters('Mineralwasser 6xl,5L'), 'Mineralwasser 6x1,5L');
  t.equal(mendedLetters('Acqua l,5L'), 'Acqua 1,5L');
});

t.test('figures, codes and sizes as read stay', async (t) => {
  for (const s of ['PASTA 500G', 'MILCH 1,0L', 'POSTER A0', 'H2O FILTER', 'USB X10 CABLE', 'PS00 GAME', 'STEAK 2OZ', 'CIDER 4X440ML', 'Pils 0,5l', 'OLIVE OIL 1L', 'Route 66 Burger'])
    t.equal(mendedLetters(s), s, s);
  t.equal(mendedLetters('GREEK Y0GURT 320Z').length, 'GREEK Y0GURT 320Z'.length, 'same length');
});

function derive(lines: string[], kind: 'pdf' | 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}

t.test('an OCR reading: the names mended, their class marks still found', async (t) => {
  const lines = ['MERCATO CENTRALE', 'Via Roma 3, Bologna', '07/03/2026 17:30', 'SPAGHETTI SEM0LA 500G 1,29 A', 'VIN0 ROSS0 75CL 5,90 B', 'Y0GURT GRECO 1,80 A',
    'TOTALE EUR 8,99', 'CONTANTI 10,00', 'RESTO 1,01', 'A 4% 2,97 0,12', 'B 22% 4,84 1,06'];
  const img = derive(lines, 'image');
  t.same(img.tableItems.map((i) => [i.description, i.taxAmount]), [['SPAGHETTI SEMOLA 500G', 0.05], ['VINO ROSSO 75CL', 1.06], ['YOGURT GRECO', 0.07]]);
  const pdf = derive(lines, 'pdf');
  t.same(pdf.tableItems.map((i) => i.description), ['SPAGHETTI SEM0LA 500G', 'VIN0 ROSS0 75CL', 'Y0GURT GRECO'], 'a text layer prints what it prints');
});
