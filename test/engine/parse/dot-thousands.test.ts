/**
 * @module test/engine/parse/dot-thousands
 * On a page in a whole-unit currency (Chilean pesos, yen...) that prints no decimal fraction, a
 * dot before exactly three digits groups thousands ("TOTAL $ 6.846" is 6846 pesos); a "$" on a
 * Chilean page (a RUT, a boleta electrónica, IVA at 19 %) is the peso. A euro page keeps reading
 * "6.846" as before, and "1.234,56" stays a European figure.
 */
import t from 'tap';
import { findAmounts, parseNumber } from '../../../engine/parse/amounts.ts';
import { detectCurrency } from '../../../engine/parse/currency.ts';
import { withDotThousands } from '../../../engine/parse/dot-thousands.ts';
import { amountsIn, flattenLines } from '../../../engine/parse/lines.ts';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const lines = (xs: string[]) => flattenLines(readingFromText([xs], { kind: 'image', width: 227 }));
const receipt = (xs: string[]) => extractReceipt(readingFromText([xs], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
const figures = (xs: string[], cur: string | null) => withDotThousands(lines(xs), cur).flatMap((l) => amountsIn(l).map((a) => a.value));

t.test('the parser: a dot before three digits groups thousands only when the page says so', async (t) => {
  t.same(parseNumber('6.846', { dotThousands: true }), { value: 6846, decimals: 0 });
  t.same(parseNumber('6.846'), { value: 6.846, decimals: 3 }, 'unsaid: a decimal point, as before');
  t.same(parseNumber('1.234.567', { dotThousands: true }), { value: 1234567, decimals: 0 });
  t.same(parseNumber('1.234,56', { dotThousands: true }), { value: 1234.56, decimals: 2 }, 'a European figure with its decimals');
  t.same(parseNumber('0.500', { dotThousands: true }), { value: 0.5, decimals: 3 }, 'no thousands group starts with a lone 0');
  t.same(findAmounts('PALTA 1.250 kg 3.990', [], { dotThousands: true }).map((a) => a.value), [1.25, 3990], 'a weight keeps its point');
});

t.test('a "$" on a Chilean page is the peso', async (t) => {
  t.equal(detectCurrency('RUT: 76.123.456-7\nTOTAL $ 6.846')?.code, 'CLP', 'a RUT');
  t.equal(detectCurrency('Boleta electrónica Nº 4711\nTOTAL $ 6.846')?.code, 'CLP', 'a boleta electrónica');
  t.equal(detectCurrency('TOTAL $ 6.846\nIVA 19% $ 1.093')?.code, 'CLP', 'VAT at 19 %');
  t.equal(detectCurrency('NIT 900.123.456-7\nIVA 19% $ 1.093\nTOTAL $ 6.846')?.code, 'COP', 'not on a Colombian page (its NIT): the Colombian peso (./dot-thousands-colombia.test.ts)');
  t.equal(detectCurrency('TOTAL $ 6.846 CLP')?.code, 'CLP', 'the code');
});

t.test('the page: whole-unit money, no decimal fraction printed', async (t) => {
  const clp = ['MINIMARKET', 'PAN 1.990', 'TOTAL $ 6.846', 'IVA 19%'];
  t.same(figures(clp, 'CLP'), [1990, 6846, 19]);
  t.same(figures(clp, 'USD'), [1.99, 6.846, 19], 'a dollar page: as before');
  t.same(figures([...clp, 'CAFE 2,50'], 'EUR'), [1.99, 6.846, 19, 2.5], 'a euro page with cents: as before (./dot-thousands-euro.test.ts)');
  t.same(figures([...clp, 'PROPINA 0,50'], 'CLP'), [1.99, 6.846, 19, 0.5], 'a figure with cents: the page writes decimals');
  t.same(figures([...clp, 'PALTA 1,5 kg'], 'CLP'), [1990, 6846, 19, 1.5], 'a weight\'s decimals say nothing of the money');
  const same = lines(['Cafe 2,50', 'TOTAL 6.846']);
  t.equal(withDotThousands(same, 'EUR'), same, 'nothing to change: the same lines');
});

t.test('a Chilean peso receipt and invoice: the total in pesos', async (t) => {
  const head = ['SUPERMERCADO LOS ANDES', 'RUT: 76.123.456-7', 'Boleta electrónica Nº 123456', '03/12/2026 13:31'];
  const r = receipt([...head, 'PAN AMASADO 1.990', 'LECHE 1L 1.290', 'QUESO 3.566', 'TOTAL $ 6.846', 'EFECTIVO $ 10.000', 'VUELTO $ 3.154']);
  t.same([r.totalAmount, r.currencyCode], [6846, 'CLP'], 'a RUT and a boleta');
  t.equal(receipt(['MINIMARKET', 'Santiago', '03/12/2026 13:31', 'TOTAL $ 6.846', 'IVA 19% $ 1.093']).totalAmount, 6846, 'IVA at 19 %');
  t.equal(receipt(['MINIMARKET', '03/12/2026 13:31', 'TOTAL $ 1.234.567 CLP']).totalAmount, 1234567, 'two groups, the code');
  t.equal(receipt(['Cafe Roma', 'Via Roma 1', '08/10/2024 13:31', 'TOTALE EURO 6.846']).totalAmount, 6.846, 'a euro page: as before');
  const inv = extractInvoice(readingFromText([['Servicios Andinos SpA', 'RUT: 76.123.456-7', 'Factura electrónica Nº 881', 'Fecha: 03/12/2026', 'Neto $ 5.753', 'IVA 19% $ 1.093', 'Total $ 6.846']])).formatted;
  t.same([inv.totalAmount, inv.currencyCode], [6846, 'CLP'], 'an invoice');
});
