/**
 * @module test/engine/extract/item-sequence-number
 * Item numbers counting the lines down a till ("001 PAO DE QUEIJO", "002 ...", one read "3" by a
 * scan, one with a speck, "001 .") are no part of the names and no quantity; a number that does
 * not count the items ("7 UP", "3 Musketeers") stays.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { withoutItemNumbers } from '../../../engine/extract/item-sequence-number.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a cupom\'s item numbers are dropped from the names', async (t) => {
  const lines = ['LANCHONETE BOM GOSTO LTDA', 'Rua Sete 100 - Centro', 'CNPJ: 11.222.333/0001-44', 'CUPOM FISCAL ELETRONICO - SAT', '# DESCRICAO QTD UN VL UNIT VL ITEM',
    '001 . PAO DE QUEIJO', '3 UN x 4,50 13,50', '002 SUCO DE UVA 300ML', '1 UN x 7,00 7,00', '3 COXINHA FRANGO', '2 UN x 6,00 12,00', 'TOTAL R$ 32,50', 'Cartao de Credito 32,50', '12/10/2026 09:14:02'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]), [
    ['PAO DE QUEIJO', 3, 4.5, 13.5], ['SUCO DE UVA 300ML', 1, 7, 7], ['COXINHA FRANGO', 2, 6, 12]]);
});

t.test('withoutItemNumbers strips numbers that count the items only', async (t) => {
  t.same(withoutItemNumbers(['001 PAO', '002 CAFE', '3 BOLO', '004 SUCO']), ['PAO', 'CAFE', 'BOLO', 'SUCO']);
  t.same(withoutItemNumbers(['1 Tea', '2 Cake']), ['Tea', 'Cake']);
  t.same(withoutItemNumbers(['7 UP', 'Crisps', '3 Musketeers']), ['7 UP', 'Crisps', '3 Musketeers']);
  t.same(withoutItemNumbers(['Cola', '2 Fanta']), ['Cola', '2 Fanta'], 'one number counts nothing');
  t.same(withoutItemNumbers(['Milk', null]), ['Milk', null]);
});

t.test('a zero-padded number opening a row with its figures is no quantity', async (t) => {
  const lines = ['LANCHONETE BOM GOSTO LTDA', 'Rua Sete 100 - Centro', 'CNPJ: 11.222.333/0001-44', 'CUPOM FISCAL ELETRONICO - SAT',
    '001 PAO DE QUEIJO 13,50', '002 SUCO DE UVA 7,00', 'TOTAL R$ 20,50', '12/10/2026 09:14:02'];
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  t.same(r.tableItems.map((i) => [i.description, i.quantity, i.totalAmount]), [['PAO DE QUEIJO', null, 13.5], ['SUCO DE UVA', null, 7]]);
});
