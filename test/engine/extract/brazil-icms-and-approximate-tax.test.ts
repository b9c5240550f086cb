/**
 * @module test/engine/extract/brazil-icms-and-approximate-tax
 * A Brazilian NFC-e or cupom fiscal's tax: the ICMS it prints (its summary "ICMS 18% BASE 45,00
 * VALOR 8,10", however a scan splits or words it) is the tax, never its base nor its items'
 * class codes ("T18%", "F1", "I1", "N1"); with no ICMS printed, the approximate taxes of Lei
 * 12.741/2012 ("Tributos Totais Incidentes (Lei Federal 12.741/2012) R$ 8,10", or its federal,
 * state and municipal parts, which add up to it); and a page whose items are ICMS-taxed but that
 * prints no tax figure keeps its tax null (unread), never 0. Slips generated over figures, rates
 * and wordings, taken through extraction and derivation.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

const money = (v: number) => v.toFixed(2).replace('.', ',');

function slip(prices: number[], rate: number, taxLines: (base: number, tax: number) => string[], kind: 'pdf' | 'image' = 'image') {
  const total = prices.reduce((s, p) => s + p, 0);
  const base = prices[0] + (prices[1] ?? 0);
  const tax = Math.round(base * rate) / 100;
  const lines = ['MERCADO SAO JOSE LTDA', 'CNPJ 12.345.678/0001-90', 'Av. Brasil 200, Recife PE', 'DANFE NFC-e - Documento Auxiliar da NFC-e',
    'DESCRICAO            QTD UN  VL UNIT   VL TOTAL',
    ...prices.map((p, i) => `${['ARROZ TIPO 1 5KG', 'FEIJAO PRETO 1KG', 'CERVEJA LATA', 'LEITE INTEGRAL 1L'][i]}     1 UN   ${money(p)}   ${money(p)}  ${i < 2 ? `T${rate}%` : i === 2 ? 'F1' : 'I1'}`),
    `QTD. TOTAL DE ITENS ${prices.length}`, `VALOR TOTAL R$ ${money(total)}`, `Cartao de Debito ${money(total)}`, ...taxLines(base, tax), 'Consulte pela Chave de Acesso em www.sefaz.pe.gov.br'];
  const x = extractReceipt(readingFromText([lines], { kind }));
  const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
  return { total, base, tax, taxAmount: r.taxAmount, lines };
}

const PRICES = [[25, 20, 10], [31.9, 12.5, 7.8, 4.6], [18.75, 9.99]];

t.test('the ICMS summary\'s value is the tax, never its base, however the scan lays it out', async (t) => {
  const layouts: ((base: number, tax: number, rate: number) => string[])[] = [
    (b, x, r) => [`ICMS ${r}% BASE ${money(b)} VALOR ${money(x)}`],
    (b, x, r) => [`ICMS ${r}% BASE ${money(b)}`, `VALOR ${money(x)}`],
    (b, x) => [`BASE CALC. ICMS ${money(b)}   VALOR ICMS ${money(x)}`],
    (b, x) => [`BC ICMS ${money(b)} ICMS ${money(x)}`],
    (b, x) => [`ICMS: BASE ${money(b)} / VALOR ${money(x)}`],
    (b, x, r) => [`T${r}%  BASE ${money(b)}  VALOR ${money(x)}`],
    (b, x, r) => [`ICMS ${r},00%   BASE R$ ${money(b)}   VALOR R$ ${money(x)}`],
  ];
  for (const [i, layout] of layouts.entries()) {
    for (const [j, prices] of PRICES.entries()) {
      const rate = [18, 12, 17][j];
      const s = slip(prices, rate, (b, x) => layout(b, x, rate), i % 2 ? 'pdf' : 'image');
      t.equal(s.taxAmount, s.tax, `${s.lines.slice(-2, -1)[0]} (${s.tax})`);
    }
  }
});

t.test('a summary whose value does not hold at its rate gives no tax rather than a wrong one', async (t) => {
  const s = slip([25, 20, 10], 18, (b) => [`ICMS 18% BASE ${money(b)} VALOR 45,00`]);
  t.not(s.taxAmount, 45);
});

t.test('with no ICMS printed, the approximate taxes of Lei 12.741/2012, whole or as their parts', async (t) => {
  const cases: [string[], number][] = [
    [['Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ 8,10'], 8.1],
    [['Informacao dos Tributos Totais Incidentes', '(Lei Federal 12.741/2012) R$ 6,45'], 6.45],
    [['Trib. aprox. R$ 8,10 Federal 4,05 Estadual 3,15 (Fonte: IBPT)'], 8.1],
    [['Trib aprox R$ 4,05 Federal e 3,15 Estadual', 'Fonte: IBPT'], 7.2],
    [['Tributos aproximados: Federal R$ 4,05 | Estadual R$ 3,15 | Municipal R$ 0,90', 'Fonte: IBPT'], 8.1],
    [['Val Aprox Tributos R$ 2,70 (6,00%) Fed, R$ 5,40 (12,00%) Est'], 8.1],
  ];
  for (const [lines, want] of cases) {
    const s = slip([25, 20, 10], 18, () => lines);
    t.equal(s.taxAmount, want, lines.join(' / '));
  }
});

t.test('items taxed at an ICMS class, no tax figure printed: tax unread (null), not 0', async (t) => {
  for (const prices of PRICES) t.equal(slip(prices, 18, () => []).taxAmount, null);
  const lines = ['Padaria Central', 'Rua das Flores 12', '12/10/2025', 'Pao de queijo 19,23', 'Cafe 6,40', 'TOTAL R$ 25,63', 'Obrigado!'];
  const x = extractReceipt(readingFromText([lines]));
  const r = (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
  t.equal(r.taxAmount, 0, 'a slip with no tax word and no class code: no tax printed, as before');
});
