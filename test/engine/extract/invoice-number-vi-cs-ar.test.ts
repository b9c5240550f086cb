/**
 * @module test/engine/extract/invoice-number-vi-cs-ar
 * Invoice numbers a fresh tester's generated invoices carried and engine/extract/invoice-fields.ts
 * did not read: Vietnam's "Số hóa đơn" / "Số HĐ" / "Số (No.)" (the invoice's number), Czech "Faktura č." and
 * "Daňový doklad č." (č.: číslo, number), Argentina's comprobante printed whole, point of sale
 * and number ("Comp. Nro: 0003-00012345", "Nro. 0003-00012345" under "FACTURA B"). The tax ids
 * beside them (MST, DIČ, CUIT) are never the number.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (head: string[], kind: 'pdf' | 'image') => extractInvoice(readingFromText([[
  'ACME Trading Co.', 'Main Street 12, 110 00 Town', 'Tel +420 222 333 444', '', ...head, 'Date: 12.05.2025', '',
  'Description        Qty      Price      Amount', 'Consulting           2   1 000,00   2 000,00', '', 'Total: 2 000,00',
]], { kind })).formatted.documentId;

t.test('a Vietnamese, Czech or Argentine number label gives the invoice number', async (t) => {
  for (const [head, want] of [
    [['HÓA ĐƠN GIÁ TRỊ GIA TĂNG', 'MST: 0301234567', 'Số hóa đơn: 0001234'], '0001234'],
    [['HÓA ĐƠN', 'Số HĐ: 0001234'], '0001234'],
    [['HOA DON', 'So HD: 0001234'], '0001234'],
    [['HÓA ĐƠN GIÁ TRỊ GIA TĂNG', 'Ký hiệu (Serial): 1C25TAA   Số (No.): 0001234'], '0001234'],
    [['DIČ: CZ12345678', 'Faktura č. 2024001'], '2024001'],
    [['Faktura - daňový doklad č. 2024001'], '2024001'],
    [['Daňový doklad č.: FV-2024-001'], 'FV-2024-001'],
    [['FACTURA B', 'CUIT Nro: 30-71234567-8', 'Comp. Nro: 0003-00012345'], '0003-00012345'],
    [['FACTURA B', 'CUIT: 30-71234567-8', 'Nro. 0003-00012345'], '0003-00012345'],
    [['Comprobante Nº 0003-00012345'], '0003-00012345'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...head], kind), want, `${head.join(' / ')} (${kind})`);
});

t.test('a tax id after a number label is no invoice number', async (t) => {
  for (const head of [['CUIT Nro: 30-71234567-8'], ['MST: 0301234567'], ['DIČ: CZ12345678']]) {
    t.equal(documentId(head, 'pdf'), null, head.join(' / '));
  }
});
