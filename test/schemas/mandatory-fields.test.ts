/**
 * @module test/mandatory-fields
 * The reference's mandatory-field table, case by case.
 */
import t from 'tap';
import { validateResult, isPresent } from '../../schemas/mandatory-fields.ts';

const item = () => ({ quantity: 1, description: 'SAUSAGE AND MASH', totalAmount: 12.9, unitPrice: 12.9, taxAmount: 0, netAmount: 12.9, discountAmount: 0 });
const receipt = () => ({
  documentId: '268472', supplierName: 'THE PLUME OF FEATHERS', customerName: null, date: '15/08/2025',
  totalAmount: 12.9, taxAmount: 0, netAmount: 12.9, discountAmount: 0, currencyCode: 'GBP', paymentMethod: null,
  tableItems: [item()],
});
const invoice = () => ({
  supplierName: 'Acme Ltd', customerName: null, documentId: 'INV-1', orderNumber: null, date: '2025-01-02', dueDate: '2025-02-01',
  currencyCode: 'EUR', totalAmount: 119, taxAmount: 19, netAmount: 100, discountAmount: 0, tableItems: [item()],
});
const statement = () => ({
  bankName: 'Bank', accountHolderName: 'Jane', accountNumber: '123', currencyCode: 'GBP', openingDate: '01 Jan 25', closingDate: '31 Jan 25',
  openingBalance: 10, closingBalance: 0,
  tableItems: [{ date: '02 Jan 25', description: 'Coffee', creditAmount: 0, debitAmount: 10, balanceAmount: 0 }],
});

t.test('empty-ish values fail, numeric zero passes', async (t) => {
  for (const v of [undefined, null, 'null', '', '   ', '\t\n', [], {}, NaN, Infinity]) t.equal(isPresent(v), false, `${JSON.stringify(v)} fails`);
  for (const v of [0, -1, 'x', ' null-ish ', [0], { a: 1 }, false]) t.equal(isPresent(v), true, `${JSON.stringify(v)} passes`);
});

t.test('complete results of each type are valid', async (t) => {
  t.same(validateResult('receipt', { multiple_receipts: [receipt()] }), { valid: true, missing: [] });
  t.same(validateResult('invoice', invoice()), { valid: true, missing: [] });
  t.same(validateResult('bank_statement', statement()), { valid: true, missing: [] });
});

t.test('fields outside the lists are ignored', async (t) => {
  const inv = { ...invoice(), orderNumber: null, customerName: '' };
  t.equal(validateResult('invoice', inv).valid, true);
  const r = { ...receipt(), paymentMethod: null, customerName: null };
  t.equal(validateResult('receipt', { multiple_receipts: [r] }).valid, true);
});

t.test('each top-level field is mandatory', async (t) => {
  for (const f of ['supplierName', 'documentId', 'date', 'dueDate', 'currencyCode', 'totalAmount', 'taxAmount', 'netAmount', 'discountAmount']) {
    const inv: Record<string, unknown> = invoice();
    inv[f] = f.endsWith('Amount') ? null : 'null';
    t.same(validateResult('invoice', inv), { valid: false, missing: [f] }, f);
  }
  const st: Record<string, unknown> = statement();
  delete st.openingBalance;
  st.bankName = '  ';
  t.same(validateResult('bank_statement', st).missing.sort(), ['bankName', 'openingBalance']);
});

t.test('tableItems needs at least one item with its fields', async (t) => {
  t.same(validateResult('invoice', { ...invoice(), tableItems: [] }).missing, ['tableItems']);
  t.same(validateResult('invoice', { ...invoice(), tableItems: undefined }).missing, ['tableItems']);
  const bad = { ...item(), quantity: null, description: ' ' };
  t.same(validateResult('invoice', { ...invoice(), tableItems: [item(), bad] }).missing, ['tableItems[1].description', 'tableItems[1].quantity']);
  const st = statement();
  st.tableItems[0].creditAmount = null as unknown as number;
  t.same(validateResult('bank_statement', st).missing, ['tableItems[0].creditAmount']);
  t.same(validateResult('invoice', { ...invoice(), tableItems: [null] }).missing, ['tableItems[0]']);
});

t.test('receipts: every receipt in multiple_receipts must pass', async (t) => {
  const second = { ...receipt(), date: '' };
  t.same(validateResult('receipt', { multiple_receipts: [receipt(), second] }), { valid: false, missing: ['multiple_receipts[1].date'] });
  t.same(validateResult('receipt', { multiple_receipts: [] }).missing, ['multiple_receipts']);
  t.same(validateResult('receipt', receipt()).missing, ['multiple_receipts'], 'an unwrapped receipt fails');
  t.equal(validateResult('receipt', null).valid, false);
});

t.test('validation never alters the data', async (t) => {
  const r = { multiple_receipts: [{ ...receipt(), documentId: null }] };
  const before = JSON.stringify(r);
  validateResult('receipt', r);
  t.equal(JSON.stringify(r), before);
});
