/**
 * @module test/engine/parse/keyword-misread
 * With `misread` (engine/parse/lines.ts keyword), one letter after the first of a word of six
 * letters or more may be any other letter or a stroke: a glyph OCR misread that no damage class
 * names ("RECEIPI" for RECEIPT, "Recsipt", "INVDICE", "Invaice", "Tidket", "Quittunq"). Never two
 * letters, the first letter, a shorter word, a digit for a letter (a figure stands there), nor
 * without the option ("charge" is one letter from "change").
 */
import t from 'tap';
import { fold, keyword } from '../../../engine/parse/lines.ts';

const matches = (phrase: string, text: string, misread = true) => keyword(phrase, 'i', { misread }).test(fold(text));

t.test('one letter of a long word misread', async (t) => {
  for (const [phrase, text] of [
    ['receipt #', 'RECEIPI #:CSP0397224'], ['receipt no', 'Recsipt No.: REC-0015016'], ['receipt', 'Reca|pt#: CS00082652'],
    ['invoice no', 'INVDICE NO :18299/102/T0230'], ['invoice no', 'Tax Invaice No 4471'], ['ticket no', 'Tidket No. 029332'],
    ['quittung', 'Quittunq 4711'], ['factura simplificada', 'FACTURA SIMPLIFICADQ 4355'], ['kassenbon nr', 'Kassenbun Nr. 2926'],
  ] as const) t.ok(matches(phrase, text), `${phrase} in "${text}"`);
});

t.test('no label from two misread letters, the first letter, a short word, a digit, or without the option', async (t) => {
  for (const [phrase, text, misread] of [
    ['receipt', 'Racaipt 4471', true], ['receipt', 'Deceipt 4471', true], ['invoice', 'Lnvoice 4471', true],
    ['bill no', 'Bell No 4471', true], ['bon', 'Ban 4471', true], ['ticket', 'Tick3t 4471', true],
    ['receipt', 'Receipts 4471', true], ['change', 'Service Charge 4.06', false], ['invoice no', 'INVDICE NO 4471', false],
  ] as const) t.notOk(matches(phrase, text, misread), `no ${phrase} in "${text}"${misread ? '' : ' (no option)'}`);
});
