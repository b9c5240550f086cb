/**
 * @module test/engine/extract/brazil-approximate-tax-nfce
 * A Brazilian NFC-e prints the approximate taxes in its prices, as law 12.741/2012 asks ("Valor
 * aprox. dos tributos R$ 3,45 (Fonte: IBPT)", "Trib aprox R$: 1,20 Fed 0,80 Est"), and often no
 * other tax. That figure is the receipt's taxAmount, result_data saying it is the approximate one
 * (README, "Printed or derived"); it is never an item nor the total, wherever it is printed; the
 * net is the total less it (the prices include those taxes), never a subtotal equal to the total;
 * and no line tax is shared out of it (each product's burden differs). Receipts written by the test.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function read(lines: string[], kind: 'pdf' | 'image' = 'pdf') {
  const x = extractReceipt(readingFromText([lines], { kind, width: 300 }));
  const d = deriveResult('receipt', x.formatted, x.fields, lines.join('\n'));
  return { r: (d.formatted as ReceiptResult).multiple_receipts[0], fields: d.fields };
}
const APPROXIMATE = /approximate taxes.*12\.741/;

t.test('the approximate taxes are the tax, said so, and no item or total, wherever they are printed', async (t) => {
  const items = ['7891000100103 ARROZ AGULHINHA 5KG 1 UN x 22,90 22,90', '7896005800015 FEIJAO CARIOCA 1KG 1 UN x 8,49 8,49', '7891107101621 OLEO SOJA 900ML 2 UN x 6,30 12,60'];
  const head = ['SUPERMERCADO BOM PRECO LTDA', 'CNPJ 12.345.678/0001-90', 'Rua Augusta 100, Sao Paulo SP', 'DOCUMENTO AUXILIAR DA NOTA FISCAL DE CONSUMIDOR ELETRONICA', ...items, 'QTD. TOTAL DE ITENS 4'];
  const note = 'Valor aprox. dos tributos R$ 3,45 (Fonte: IBPT)';
  for (const [lines, label] of [
    [[...head, 'VALOR TOTAL R$ 43,99', 'FORMA PAGAMENTO VALOR PAGO', 'Cartao de Debito 43,99', note, 'Emissao 14/03/2026 10:22:31'], 'below the payment'],
    [[...head, note, 'VALOR TOTAL R$ 43,99', 'FORMA PAGAMENTO VALOR PAGO', 'Dinheiro 50,00', 'Troco 6,01'], 'above the total'],
  ] as Array<[string[], string]>) {
    for (const kind of ['pdf', 'image'] as const) {
      const { r, fields } = read(lines, kind);
      t.equal(r.taxAmount, 3.45, `${kind}, ${label}`);
      t.match(fields.taxAmount, { source: 'printed', rule: APPROXIMATE }, 'result_data says the tax is the approximate one');
      t.equal(r.totalAmount, 43.99);
      t.same(r.tableItems.map((i) => i.totalAmount), [22.9, 8.49, 12.6], `${kind}, ${label}: no item of the note`);
      t.equal(r.netAmount, 40.54);
      t.same(r.tableItems.map((i) => i.taxAmount), [null, null, null], 'no line tax is shared out of it');
    }
  }
});

t.test('the figure as its federal and state parts', async (t) => {
  const { r, fields } = read(['PADARIA PAO DOURADO LTDA', 'CNPJ 11.222.333/0001-44', 'PAO FRANCES 0,500 KG x 14,90 7,45', 'CAFE COADO 4,50', 'TOTAL R$ 11,95',
    'DINHEIRO 20,00', 'TROCO 8,05', 'Trib aprox R$: 1,20 Fed 0,80 Est', '14/03/2026 08:01']);
  t.equal(r.taxAmount, 2);
  t.match(fields.taxAmount, { rule: APPROXIMATE });
  t.equal(r.netAmount, 9.95);
  t.equal(r.tableItems.length, 2);
});

t.test('a subtotal equal to the total is the prices\' sum, no net: the net is the total less the approximate taxes', async (t) => {
  for (const note of ['Trib aprox R$: 12,30 Fed 9,58 Est', 'Valor aprox. dos tributos R$ 21,88 (27,42%) Fonte: IBPT']) {
    const { r, fields } = read(['LOJAS CENTRAL S.A.', 'CNPJ 33.014.556/0001-96', '1 CARREGADOR USB 49,90', '2 CABO HDMI 2M 29,90', 'Subtotal 79,80', 'Total R$ 79,80', 'Pix 79,80', note]);
    t.equal(r.taxAmount, 21.88, note);
    t.equal(r.netAmount, 57.92, note);
    t.match(fields.netAmount, { source: 'derived', from: ['totalAmount', 'taxAmount'] });
    // (the note's percentage is the whole sale's burden, no rate of each line)
    t.same(r.tableItems.map((i) => i.taxAmount), [null, null], note);
  }
});
