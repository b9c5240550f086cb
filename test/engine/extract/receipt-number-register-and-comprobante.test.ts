/**
 * @module test/engine/extract/receipt-number-register-and-comprobante
 * Receipt numbers a fresh tester's generated tills carried and the rules did not read:
 * - a till's register and its number before the receipt's sign ("Reg 02 No. 4410"): the number
 *   after the sign is the receipt's, never the register's;
 * - Argentina's comprobante printed whole, point of sale and number ("Nro. 0003-00012345", "Comp.
 *   Nro: 0003-00012345"), under a point of sale printed on its own line too ("P.V. 0003"): kept
 *   whole, never the point of sale joined to itself ("0003-0003");
 * - a bare Czech "č." (číslo, number) opening the line;
 * - a French till's "Facture no 2024-118".
 * Beside them the numbers that are no receipt's: a CUIT (Argentina's tax id), a register's number
 * alone, a phone number, a date and an amount.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([[
  'CORNER MARKET', 'Main Street 12', 'Tel 0211 345678', ...rows, 'Bread 1.10', 'TOTAL 1.10', 'CASH 5.00', 'CHANGE 3.90',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test('the number after a register and its number is the receipt number', async (t) => {
  for (const [rows, want] of [
    [['Reg 02 No. 4410', '12/05/2025 18:21'], '4410'],
    [['12/05/2025 18:21', 'Register 3 No. 004410'], '004410'],
    [['Till 2 Nr. 51363'], '51363'],
    [['Kasse 3 Nr. 4711 12.05.2025 18:21'], '4711'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.join(' / ')} (${kind})`);
});

t.test('an Argentine comprobante printed whole keeps its point of sale and number', async (t) => {
  for (const [rows, want] of [
    [['CUIT Nro: 20-12345678-9', 'TIQUE FACTURA B', 'P.V. 0003', 'Nro. 0003-00012345', '12/05/2025 10:21'], '0003-00012345'],
    [['CUIT Nro: 20-12345678-9', 'Nro. 0003-00012345', '12/05/2025 10:21'], '0003-00012345'],
    [['CUIT: 30-71234567-8', 'Punto de Venta: 0003', 'Comp. Nro: 0003-00012345'], '0003-00012345'],
    [['CUIT: 30-71234567-8', 'Comp. Nro: 0003-00012345', 'Fecha: 12/05/2025'], '0003-00012345'],
    [['Comprobante Nº 00003-00012345'], '00003-00012345'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.join(' / ')} (${kind})`);
});

t.test("a Czech bare č. and a French till's Facture no give their numbers", async (t) => {
  for (const [rows, want] of [
    [['č. 4567', '12.05.2025 19:40'], '4567'],
    [['č.: 004567'], '004567'],
    [['Facture no 2024-118', 'Le 12/05/2025'], '2024-118'],
    [['Facture n° 88213'], '88213'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.join(' / ')} (${kind})`);
});

t.test('a tax id, a register alone, a phone, a date or an amount is no receipt number', async (t) => {
  for (const rows of [
    ['CUIT Nro: 20-12345678-9'],
    ['Reg 02', '12/05/2025 18:21'],
    ['Nro. 12/05/2025'],
    ['č. 12.05.2025'],
    ['Facture no 12,50'],
    ['NIF Nro: B12345678'],
  ]) t.equal(documentId(rows, 'pdf'), null, rows.join(' / '));
});
