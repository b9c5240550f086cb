/**
 * @module test/engine/extract/receipt-approximate-tax
 * A Brazilian till slip prints the approximate taxes Law 12.741/2012 asks for ("Tributos aprox.
 * (Lei 12.741): R$ 3,91") and often no other tax: that figure is the receipt's tax, and the result
 * records that it is the approximate one. A printed tax line wins over it.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

function slip(taxLines: string[]): string[] {
  return ['Padaria Central', 'Rua das Flores 12, Curitiba PR', 'Cupom Nº 12345', '23/01/2026 10:02', 'Pão de queijo 19,23', 'Café 6,40', 'TOTAL R$ 25,63', ...taxLines, 'Obrigado!'];
}
const read = (lines: string[]) => {
  const r = extractReceipt(readingFromText([lines], { kind: 'pdf', width: 300, confidence: 1 }));
  return { receipt: r.formatted.multiple_receipts[0], fields: r.fields };
};

t.test('the approximate taxes are the tax when no other is printed', async (t) => {
  for (const line of ['Tributos aprox. (Lei 12.741): R$ 3,91', 'Val aprox tributos R$ 3,91', 'Valor aproximado dos tributos (Lei nº 12.741/2012): 3,91']) {
    const { receipt, fields } = read(slip([line]));
    t.equal(receipt.taxAmount, 3.91, line);
    const tax = Object.entries(fields).find(([k]) => k.endsWith('taxAmount'))?.[1];
    t.ok(/approximate taxes.*12\.741/.test(String(tax?.rule)), 'result_data says the figure is approximate');
  }
});

t.test('a printed tax wins over the approximate one', async (t) => {
  const { receipt, fields } = read(slip(['Imposto 3,91', 'Tributos aprox. (Lei 12.741): R$ 5,00']));
  t.equal(receipt.taxAmount, 3.91);
  const tax = Object.entries(fields).find(([k]) => k.endsWith('taxAmount'))?.[1];
  t.notOk(tax?.rule);
});

t.test('Brazil\'s state VAT on goods, ICMS, is a printed tax and wins over the approximate one (a breaker\'s pharmacy slip)', async (t) => {
  const lines = ['Farmacia Boa Saude Ltda', 'CNPJ 98.765.432/0001-10', 'Av. Paulista 900, Sao Paulo SP', 'Data: 01/04/2026', 'Vitamina C R$ 50,00', 'TOTAL R$ 50,00', 'ICMS 18% 9,00', 'Tributos aprox. (Lei 12.741) R$ 14,10', 'Dinheiro 50,00'];
  t.equal(read(lines).receipt.taxAmount, 9);
});
