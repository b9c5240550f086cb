/**
 * extractWithVlm against a local chat-completion server: the prompt names every field of the
 * type, and the model's answer comes back in exactly the formatted_result shape.
 */
import t from 'tap';
import { extractWithVlm } from '../../../engine/vlm/index.ts';
import { replies } from '../../helpers/fake-chat-completion-server.ts';
import { MODEL, PNG, fake, vlmErrorOf } from './vlm-test-kit.ts';


t.test('receipt: string amounts become numbers, missing fields null, in the reference shape', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.content('```json\n' + JSON.stringify({
    multiple_receipts: [{
      documentId: 268472,
      supplierName: 'THE PLUME OF FEATHERS',
      date: '15/08/2025',
      totalAmount: '12.90',
      taxAmount: '0.00',
      netAmount: '£12.90',
      currencyCode: 'GBP',
      tableItems: [{ quantity: '1', description: 'SAUSAGE AND MASH', totalAmount: '12.90', unitPrice: 12.9 }],
      confidence: 0.99,
    }],
  }) + '\n```'));
  const result = await extractWithVlm([PNG], 'receipt', { endpointUrl: server.url, model: MODEL, timeoutS: 5 });
  t.strictSame(result, {
    multiple_receipts: [{
      documentId: '268472',
      supplierName: 'THE PLUME OF FEATHERS',
      customerName: null,
      date: '15/08/2025',
      totalAmount: 12.9,
      taxAmount: 0,
      netAmount: 12.9,
      discountAmount: null,
      currencyCode: 'GBP',
      paymentMethod: null,
      tableItems: [{
        quantity: 1,
        description: 'SAUSAGE AND MASH',
        totalAmount: 12.9,
        unitPrice: 12.9,
        taxAmount: null,
        netAmount: null,
        discountAmount: null,
      }],
    }],
  });
  t.same(Object.keys(result.multiple_receipts[0]), [
    'documentId', 'supplierName', 'customerName', 'date', 'totalAmount', 'taxAmount',
    'netAmount', 'discountAmount', 'currencyCode', 'paymentMethod', 'tableItems',
  ], 'unknown keys are dropped; keys in reference order');
});

t.test('receipt prompt lists every field name and the rules, and asks with temperature 0', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.json({ multiple_receipts: [] }));
  await extractWithVlm([PNG], 'receipt', { endpointUrl: server.url, model: MODEL, timeoutS: 5 });
  const prompt = server.textsOf().join('\n');
  for (const field of [
    'multiple_receipts', 'documentId', 'supplierName', 'customerName', 'date', 'totalAmount', 'taxAmount',
    'netAmount', 'discountAmount', 'currencyCode', 'paymentMethod', 'tableItems', 'quantity', 'description', 'unitPrice',
  ]) t.match(prompt, `"${field}"`, `names ${field}`);
  t.match(prompt, /dates exactly as written/i);
  t.match(prompt, /amounts .*numbers/i);
  t.match(prompt, /not on the document is null/i);
  t.match(prompt, /never invent/i);
  t.equal(server.requests[0].body?.temperature, 0);
  t.equal(server.requests[0].body?.model, MODEL);
  t.ok((server.requests[0].body?.max_tokens ?? 0) > 256, 'room for many line items');
  t.ok((server.requests[0].body?.max_tokens ?? Infinity) <= 8192, 'but bounded');
  t.same(server.imagesOf(), [`data:image/png;base64,${PNG.toString('base64')}`]);
});

t.test('invoice: amounts with thousands separators, absent fields null, items default to []', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.content('Sure! {"supplierName": "Acme Ltd", "documentId": "INV-1009", "date": "3 March 2025", "totalAmount": "1,234.50", "taxAmount": "205.75", "netAmount": 1028.75, "currencyCode": "EUR"} That is all.'));
  const result = await extractWithVlm([PNG], 'invoice', { endpointUrl: server.url, model: MODEL, timeoutS: 5 });
  t.strictSame(result, {
    supplierName: 'Acme Ltd',
    customerName: null,
    documentId: 'INV-1009',
    orderNumber: null,
    date: '3 March 2025',
    dueDate: null,
    currencyCode: 'EUR',
    totalAmount: 1234.5,
    taxAmount: 205.75,
    netAmount: 1028.75,
    discountAmount: null,
    tableItems: [],
  });
  const prompt = server.textsOf().join('\n');
  for (const field of ['orderNumber', 'dueDate']) t.match(prompt, `"${field}"`);
  t.notMatch(prompt, '"multiple_receipts"');
});

t.test('bank statement: several pages are sent, and the lines come back typed', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.json({
    bankName: 'Northern Bank',
    accountHolderName: 'J SMITH',
    accountNumber: 12345678,
    currencyCode: 'GBP',
    openingDate: '01 Jan 2025',
    closingDate: '31 Jan 2025',
    openingBalance: '1,000.00',
    closingBalance: '950.00',
    tableItems: [
      { date: '02 Jan', description: 'COFFEE', debitAmount: '50.00', creditAmount: null, balanceAmount: '950.00' },
      { date: '03 Jan', description: 'REFUND', creditAmount: 'n/a' },
    ],
  }));
  const result = await extractWithVlm([PNG, PNG], 'bank_statement', { endpointUrl: server.url, model: MODEL, timeoutS: 5 });
  t.equal(result.accountNumber, '12345678');
  t.equal(result.openingBalance, 1000);
  t.equal(result.closingBalance, 950);
  t.strictSame(result.tableItems, [
    { date: '02 Jan', description: 'COFFEE', creditAmount: 0, debitAmount: 50, balanceAmount: 950 },
    { date: '03 Jan', description: 'REFUND', creditAmount: null, debitAmount: null, balanceAmount: null }, // neither side read: not zero
  ]);
  t.equal(server.imagesOf().length, 2);
  const prompt = server.textsOf().join('\n');
  for (const field of ['bankName', 'accountHolderName', 'accountNumber', 'openingDate', 'closingDate', 'openingBalance', 'closingBalance', 'creditAmount', 'debitAmount', 'balanceAmount']) {
    t.match(prompt, `"${field}"`);
  }
});

t.test('a receipt answer without the multiple_receipts wrapper is a VlmError schema', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.json({ supplierName: 'SHOP', totalAmount: 3 }));
  const err = await vlmErrorOf(extractWithVlm([PNG], 'receipt', { endpointUrl: server.url, model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'schema');
  t.match(err.message, /multiple_receipts/);
});

t.test('an amount that is an object, or items that are not a list, is a VlmError schema', async (t) => {
  const server = await fake(t);
  server.enqueue(
    replies.json({ supplierName: 'Acme', totalAmount: { value: 12 } }),
    replies.json({ supplierName: 'Acme', tableItems: 'two lines' }),
  );
  const opts = { endpointUrl: server.url, model: MODEL, timeoutS: 5 };
  const a = await vlmErrorOf(extractWithVlm([PNG], 'invoice', opts));
  t.equal(a.kind, 'schema');
  t.match(a.message, /totalAmount/);
  const b = await vlmErrorOf(extractWithVlm([PNG], 'invoice', opts));
  t.equal(b.kind, 'schema');
  t.match(b.message, /tableItems/);
});

t.test('an answer cut off at max_tokens is a VlmError invalid_json that says so', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.content('{"bankName": "Northern Bank", "tableItems": [{"date": "02 Jan", "descr', 'length'));
  const err = await vlmErrorOf(extractWithVlm([PNG], 'bank_statement', { endpointUrl: server.url, model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'invalid_json');
  t.match(err.message, /cut off/);
});

t.test('transport and timeout failures surface the same way as for classification', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.httpError(500), replies.hang());
  const opts = { endpointUrl: server.url, model: MODEL, timeoutS: 0.4 };
  t.equal((await vlmErrorOf(extractWithVlm([PNG], 'invoice', opts))).kind, 'transport');
  t.equal((await vlmErrorOf(extractWithVlm([PNG], 'invoice', opts))).kind, 'timeout');
});
