/**
 * @module test/engine/derive/leading-class-mark
 * A tax-class mark printed in brackets before the item's name ("(A) PAO DE FORMA 1,59", "[B]
 * Milch 1,19") is the item's class: its line tax comes from the class table's rate, and the mark
 * is no word of the description. A quantity line whose count OCR misread as a letter ("N X 1,39")
 * gives its item the count the arithmetic makes certain (2,78 / 1,39 = 2), and nothing when the
 * quotient is no whole number.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import { leadingClassMark, withoutLeadingClassMark } from '../../../engine/parse/leading-class-mark.ts';
import { damagedCountLine } from '../../../engine/extract/damaged-count.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[], kind: 'pdf' | 'image' = 'image') {
  const x = extractReceipt(readingFromText([lines], { kind }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const rows = (r: ReceiptResult['multiple_receipts'][0]) => r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount, i.taxAmount]);

t.test('Portuguese till: (A) / (C) before the names, the IVA table by class', async (t) => {
  const lines = ['MINIMERCADO DA RIBEIRA', 'Cais da Ribeira 12, Porto', 'NIF 501 234 567', 'FATURA SIMPLIFICADA FS A/2211', 'Data: 2026-03-06 18:09',
    '(A) LEITE MEIO GORDO 1L 0,89', 'N X 1,45', '(A) MASSA ESPARGUETE 500G 2,90', '(C) DETERGENTE LOICA 1,99', '(c) AGUA TONICA 1L 1,20',
    'TOTAL A PAGAR 6,98 EUR', 'MULTIBANCO 6,98', 'TAXA INCID. IVA', 'A 6% 3,58 0,21', 'C 23% 2,59 0,60'];
  for (const kind of ['pdf', 'image'] as const) {
    t.same(rows(derive(lines, kind)), [
      ['LEITE MEIO GORDO 1L', 1, 0.89, 0.89, 0.05], ['MASSA ESPARGUETE 500G', 2, 1.45, 2.9, 0.16], ['DETERGENTE LOICA', 1, 1.99, 1.99, 0.37], ['AGUA TONICA 1L', 1, 1.2, 1.2, 0.22],
    ], kind);
  }
});

t.test('German till: [A] / [B] in square brackets before the names', async (t) => {
  const lines = ['Dorfladen Kaiser', 'Hauptstr. 4, Freising', '06.03.2026 08:30', '[A] Vollmilch 1L 1,19', '[A] Bauernbrot 3,49', '[B] Spuelmittel 1,79',
    'SUMME EUR 6,47', 'BAR 10,00', 'RUECKGELD 3,53', 'MwSt Netto MwSt Brutto', 'A 7% 4,37 0,31 4,68', 'B 19% 1,50 0,29 1,79'];
  t.same(rows(derive(lines)), [['Vollmilch 1L', 1, 1.19, 1.19, 0.08], ['Bauernbrot', 1, 3.49, 3.49, 0.23], ['Spuelmittel', 1, 1.79, 1.79, 0.29]]);
});

t.test('Italian till: the count of the quantity line under its item read as a letter', async (t) => {
  const lines = ['ALIMENTARI ROSSI', 'Via Po 9, Torino', '08/03/2026 10:05', 'LATTE INTERO 1L 3,87', 'Z x 1,29', 'PANE COMUNE 2,10', 'TOTALE EUR 5,97', 'CONTANTI 5,97'];
  t.same(rows(derive(lines)).map((r) => r.slice(0, 4)), [['LATTE INTERO 1L', 3, 1.29, 3.87], ['PANE COMUNE', 1, 2.1, 2.1]]);
});

t.test('a mark in brackets opens the name: a letter; a count in brackets stays', async (t) => {
  t.same(leadingClassMark('(A) PAO 1,59'), { mark: 'A', end: 4 });
  t.same(leadingClassMark('[c] LIXIVIA 1,89'), { mark: 'C', end: 4 });
  t.equal(leadingClassMark('(2) Croquetas 8,40'), null, 'a count');
  t.equal(leadingClassMark('PAO (A) 1,59'), null, 'not opening the name');
  t.equal(withoutLeadingClassMark('(B) Milch 1L'), 'Milch 1L');
  t.equal(withoutLeadingClassMark('(A)'), '(A)', 'nothing after it: left as read');
});

t.test('a count read as a letter: the arithmetic makes it certain, or nothing', async (t) => {
  t.same(damagedCountLine('N X 1,39', 2.78, null), { quantity: 2, unitPrice: 1.39 }, 'the item below');
  t.same(damagedCountLine('Z x 0,99', null, 2.97), { quantity: 3, unitPrice: 0.99 }, 'the item above');
  t.equal(damagedCountLine('N X 1,39', 2.79, 3.1), null, 'no whole count');
  t.equal(damagedCountLine('2 X 1,39', 2.78, null), null, 'a count read: ./quantity-clause.ts');
  t.equal(damagedCountLine('MILK X 1,39', 2.78, null), null, 'a word');
});
