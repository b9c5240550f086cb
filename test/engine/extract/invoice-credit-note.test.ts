/**
 * @module test/engine/extract/invoice-credit-note
 * A credit note's amounts printed negative in the three ways seen ("-1.234,56", "(1,234.56)",
 * "1.234,56-") come back negative, net, tax and total; and a VAT id printed under the letterhead
 * ("USt-IdNr. DE 318 224 671") is never the tax amount. Kinds a fresh tester's invoices showed.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';
import { pickAmounts } from '../../../engine/extract/amount-roles.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';

function creditNote(sign: (s: string) => string, dec: ',' | '.'): string[] {
  const f = (s: string) => sign(dec === ',' ? s : s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')));
  return [
    'Krause & Vogt Elektrotechnik OHG                         GUTSCHRIFT', 'Gartenweg 9, 80331 München', 'USt-IdNr. DE 318 224 671', '', '',
    'Rechnungsempfänger                          Rechnungsnummer:   INV-2025-5231', 'Zielony Ogród Sp. z o.o.                    Rechnungsdatum:      23.07.2025',
    '12 Market Square', '', '',
    'Bezeichnung                          Menge     Einzelpreis        Betrag', '',
    `Beratungsleistung                       10    ${f('288,67').padStart(12)}  ${f('2.886,70').padStart(12)}`,
    `Webseitenpflege (monatlich)              1    ${f('98,57').padStart(12)}  ${f('98,57').padStart(12)}`, '',
    `                              Nettobetrag                   ${f('2.985,27').padStart(12)}`,
    `                              USt. 20% (${f('2.985,27')})        ${f('597,05').padStart(12)}`,
    `                              Gesamtbetrag EUR              ${f('3.582,32').padStart(12)}`,
  ];
}

for (const [how, sign, dec] of [['a leading minus', (s: string) => `-${s}`, ','], ['parentheses', (s: string) => `(${s})`, '.'], ['a trailing minus', (s: string) => `${s}-`, ',']] as const) {
  t.test(`a credit note's amounts printed with ${how} come back negative`, async (t) => {
    const { formatted: x } = extractInvoice(readingFromText([creditNote(sign, dec)]));
    t.same([x.netAmount, x.taxAmount, x.totalAmount], [-2985.27, -597.05, -3582.32]);
    t.equal(x.supplierName, 'Krause & Vogt Elektrotechnik OHG');
  });
}

t.test('a VAT id under the letterhead is never the tax amount', async (t) => {
  const page = creditNote((s) => s, ',').filter((l) => !/USt\. 20%/.test(l));
  const { formatted: x } = extractInvoice(readingFromText([page]));
  t.not(x.taxAmount, 318224671);
  // read alone, no total beside it (a credit note's were all negative): still no tax
  for (const id of ['USt-IdNr. DE 318 224 671', 'VAT No. GB 193 4472 18', 'P.IVA IT 09283746152']) {
    const roles = pickAmounts(flattenLines(readingFromText([['Studio Lindqvist', id, '', 'Nettobetrag   -2.985,27', 'Gesamtbetrag EUR   -3.582,32']])), null);
    t.equal(roles.tax, null, id);
  }
});

t.test("a credit note's own number wins over the number of the invoice it refers to", async (t) => {
  for (const [label, ref] of [
    ['Credit Note No.', 'Original invoice'], ['Credit note', 'Refers to invoice no.'], ['Gutschrift Nr.', 'zu Rechnung Nr.'], ['Gutschriftsnummer:', 'Rechnungsnummer:'],
    ['Avoir n°', 'Facture d\'origine n°'], ['Nota de crédito nº', 'Factura nº'], ['Nota di credito n.', 'Fattura n.'], ['Nota de crédito n.º', 'Fatura n.º'],
    ['Creditnota nr', 'Factuurnummer:'], ['Faktura korygująca nr', 'Do faktury nr'],
  ]) {
    const { formatted: x } = extractInvoice(readingFromText([[
      'Thornbury Consulting Ltd', `                                        ${label} CN-0042`,
      'Acme Widgets LLC                        Date 14/05/2025', `Lindenweg 4                             ${ref} INV-000981`, '10115 Berlin', '',
      'Refund: consulting hours not used                   -1.200,00', 'Subtotal                                            -1.200,00',
      'VAT 20%                                               -240,00', 'Total credit                                        -1.440,00',
    ]]));
    t.equal(x.documentId, 'CN-0042', `${label} / ${ref}`);
  }
});
