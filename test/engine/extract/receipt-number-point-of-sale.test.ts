/**
 * @module test/engine/extract/receipt-number-point-of-sale
 * An Argentine till's or invoice's number printed as its point of sale and its own number
 * (engine/extract/point-of-sale-number.ts): "P.V. 0004 Nro. 00012877" is number 0004-00012877,
 * the two joined with a dash as the same slips print them in one piece, their leading zeros
 * kept; printed in one piece ("Factura B N° 0003-00045612") it stays as printed. A "P.V.P." price
 * or a point of sale with no number after it gives none.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([[
  'KIOSCO LA ESQUINA', 'Av. Corrientes 1234', 'CUIT 30-71234567-8', '12/05/2025 12:30', ...rows, 'Alfajor 1500,00', 'TOTAL 1500,00', 'EFECTIVO 2000,00',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('a point of sale and its number printed apart are the number, joined with a dash', async (t) => {
  for (const [rows, want] of [
    [['P.V. 0004 Nro. 00012877'], '0004-00012877'],
    [['PV: 0004 - Nro: 00012877'], '0004-00012877'],
    [['Punto de Venta: 00004 Comp. Nro: 00012877'], '00004-00012877'],
    [['PUNTO DE VENTA: 00004    COMP. NRO: 00012877'], '00004-00012877'],
    [['Pto. Vta. 0004 Nº 00012877'], '0004-00012877'],
    [['FACTURA B', 'P.V. 0004 Nro. 00012877'], '0004-00012877'],
    [['Punto de Venta: 00004', 'Comp. Nro: 00012877'], '00004-00012877'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.join(' / ')} (${kind})`);
});

t.test('a number printed in one piece with its dash stays as printed', async (t) => {
  for (const [row, want] of [
    ['Ticket Nro. 0001-00012877', '0001-00012877'],
    ['Factura B N° 0003-00045612', '0003-00045612'],
    ['FACTURA C Nro. 0002-00000481', '0002-00000481'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([row], kind), want, `${row} (${kind})`);
});

t.test('a price or a class letter with no number gives none', async (t) => {
  for (const row of ['P.V.P. 1500,00', 'Factura B', 'Factura a consumidor final']) t.equal(documentId([row], 'pdf'), null, row);
});
