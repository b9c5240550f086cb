/**
 * @module test/engine/extract/savings-under-item
 * A line discount printed under its item ("Desconto -0,50", "Dto. -1,00", "Rabatt -0,50",
 * "Poupança 0,30") is that item's discountAmount, its totalAmount what is paid for it (the
 * README's convention: EN 16931 BG-27, a line allowance comes off the item above), and no item of
 * its own. A savings word (PT poupança, ES ahorro, IT risparmio, DE Ersparnis, NL besparing, FR
 * économie) names such a row; printed without its minus ("Poupança 0,30", as Portuguese tills
 * print the saving) it is taken off only when the item rows add up to the total below them with
 * it taken off and not with it added. Before, "Poupança 0,30" was an item of 0,30.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const bill = (lines: string[]) => {
  const r = extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0];
  return { total: r.totalAmount, discount: r.discountAmount, rows: r.tableItems.map((i) => [i.description, i.totalAmount, i.discountAmount]) };
};

t.test('a discount row with its minus comes off the item above (as before)', async (t) => {
  t.same(bill(['Pingo Doce', 'Lisboa', '14/03/2024', 'Iogurte Natural 2,49', 'Desconto -0,50', 'Pao de forma 1,59', 'TOTAL 3,58']).rows,
    [['Iogurte Natural', 1.99, 0.5], ['Pao de forma', 1.59, null]], 'Portuguese');
  t.same(bill(['Supermercado Día S.A.', 'Madrid', '14/03/2024', 'Aceite oliva 1L 8,95', 'Dto. -1,00', 'Pan 0,85', 'TOTAL 8,80']).rows,
    [['Aceite oliva 1L', 7.95, 1], ['Pan', 0.85, null]], 'Spanish');
  t.same(bill(['Edeka Markt', 'Hauptstr 1 Berlin', '14.03.2024', 'Kaffee 500g 6,99', 'Rabatt -0,50', 'Milch 1,19', 'SUMME EUR 7,68']).rows,
    [['Kaffee 500g', 6.49, 0.5], ['Milch', 1.19, null]], 'German');
});

t.test('a savings word names a line discount', async (t) => {
  t.same(bill(['Continente', 'Porto', '14/03/2024', 'Leite UHT 1L 0,89', 'Queijo Flamengo 3,29', 'Poupança -0,30', 'Arroz Agulha 1,19', 'TOTAL 5,07']).rows,
    [['Leite UHT 1L', 0.89, null], ['Queijo Flamengo', 2.99, 0.3], ['Arroz Agulha', 1.19, null]], 'Portuguese, with its minus');
  t.same(bill(['Esselunga', 'Milano', '14/03/2024', 'Pasta 1,20', 'Risparmio -0,20', 'Latte 1,50', 'TOTALE 2,50']).rows,
    [['Pasta', 1, 0.2], ['Latte', 1.5, null]], 'Italian');
});

t.test('a saving printed without its minus, the sum proving it taken off', async (t) => {
  t.same(bill(['Continente', 'Porto', '14/03/2024', 'Leite UHT 1L 0,89', 'Queijo Flamengo 3,29', 'Poupança 0,30', 'Arroz Agulha 1,19', 'TOTAL 5,07']),
    { total: 5.07, discount: 0.3, rows: [['Leite UHT 1L', 0.89, null], ['Queijo Flamengo', 2.99, 0.3], ['Arroz Agulha', 1.19, null]] }, 'Portuguese');
  t.same(bill(['Pingo Doce', 'Lisboa', '14/03/2024', 'Iogurte Natural 2,49', 'Poupança imediata 0,50', 'Pao de forma 1,59', 'Poupança 0,30', 'Agua 0,39', 'TOTAL 3,67']).rows,
    [['Iogurte Natural', 1.99, 0.5], ['Pao de forma', 1.29, 0.3], ['Agua', 0.39, null]], 'two of them');
  t.same(bill(['Carrefour', 'Madrid', '14/03/2024', 'Leche 0,89', 'Queso 3,29', 'Ahorro 0,30', 'Arroz 1,19', 'TOTAL 5,07']).rows,
    [['Leche', 0.89, null], ['Queso', 2.99, 0.3], ['Arroz', 1.19, null]], 'Spanish');
  t.same(bill(['Continente', 'Porto', '14/03/2024', 'Leite UHT 1L 0,89', 'Queijo Flamengo 3,29', 'Poupança 0,30', 'Arroz Agulha 1,19', 'TOTAL 5,67']).rows,
    [['Leite UHT 1L', 0.89, null], ['Queijo Flamengo', 3.29, null], ['Poupança', 0.3, null], ['Arroz Agulha', 1.19, null]], 'the sum with it added: a charge, left as read');
});

t.test('a saving without its minus after the last item: the document discount, no item', async (t) => {
  t.same(bill(['Continente', 'Porto', '14/03/2024', 'Leite UHT 1L 0,89', 'Queijo Flamengo 3,29', 'Poupança 0,30', 'TOTAL 3,88']),
    { total: 3.88, discount: 0.3, rows: [['Leite UHT 1L', 0.89, null], ['Queijo Flamengo', 3.29, null]] }, 'the basket\'s or the last item\'s: the document\'s only');
});
