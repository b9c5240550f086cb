/**
 * @module test/engine/extract/approximate-tax-two-lines
 * Brazil's approximate taxes (law 12.741/2012) printed over two lines of a narrow till roll: the
 * label fills its line and the figure is on the next ("Valor aprox. dos tributos" /
 * "R$ 4,12 (Fonte: IBPT)"), or the federal, state and municipal parts run on to the next line
 * ("Trib. aprox. R$ 4,12 Federal" / "2,31 Estadual"): the figure is the one below, or the sum of
 * every part on both lines (Decreto 8.264/2014 art. 2).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

function slip(taxLines: string[]): string[] {
  return ['Padaria Central', 'Rua das Flores 12, Curitiba PR', 'Cupom Nº 12345', '23/01/2026 10:02', 'Pão de queijo 19,23', 'Café 6,40', 'TOTAL R$ 25,63', 'Dinheiro 30,00', 'Troco 4,37', ...taxLines, 'Obrigado!'];
}
const tax = (lines: string[]) => extractReceipt(readingFromText([slip(lines)], { kind: 'pdf', width: 300, confidence: 1 })).formatted.multiple_receipts[0].taxAmount;

t.test('the label fills its line: the figure is on the next', async (t) => {
  t.equal(tax(['Valor aprox. dos tributos', 'R$ 4,12 (Fonte: IBPT)']), 4.12);
  t.equal(tax(['Tributos aprox. (Lei 12.741):', '4,12']), 4.12);
});

t.test('the parts run on to the next line: their sum', async (t) => {
  t.equal(tax(['Trib. aprox. R$ 4,12 Federal', '2,31 Estadual']), 6.43);
  t.equal(tax(['Trib aprox R$ 2,70 Fed', 'R$ 1,40 Est R$ 0,20 Mun']), 4.3);
  t.equal(tax(['Trib. aprox. R$', '4,12 Federal 2,31 Estadual']), 6.43);
  t.equal(tax(['Trib aprox Federal R$ 4,12', 'Estadual R$ 2,31']), 6.43);
});

t.test('a line below that is no part of the figure stays out of it', async (t) => {
  t.equal(tax(['Trib. aprox. R$ 4,12 Federal', 'Volte sempre 1,00']), 4.12, 'a figure without a part word');
  t.equal(tax(['Trib. aprox. R$ 4,12', '2,31 Estadual']), 4.12, 'a total before the next line\'s part');
});
