/**
 * The runtime schemas of formatted_result and of a classifier's answer.
 */
import t from 'tap';
import {
  parseAmountString,
  parseClassificationAnswer,
  parseFormattedResult,
  ResultShapeError,
} from '../../schemas/result-schemas.ts';

t.test('amount strings are read carefully', async (t) => {
  const cases: Array<[string, number | null]> = [
    ['12.90', 12.9],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['12,90', 12.9],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ["1'234.50", 1234.5],
    ['1 234,50', 1234.5],
    ['£12.90', 12.9],
    ['$1,200.00', 1200],
    ['12.90 GBP', 12.9],
    ['EUR 1.234,00', 1234],
    ['-3.00', -3],
    ['-£3.00', -3],
    ['(3.00)', -3],
    ['3.00-', -3],
    ['.5', 0.5],
    ['0', 0],
    ['1,23,4', null],
    ['12.90 / 13.50', null],
    ['about 12', null],
    ['12.', null],
    ['abc', null],
    ['', null],
  ];
  for (const [input, expected] of cases) t.equal(parseAmountString(input), expected, JSON.stringify(input));
});

t.test('a receipt result is normalised to the reference shape', async (t) => {
  const result = parseFormattedResult('receipt', {
    multiple_receipts: [{ documentId: 42, supplierName: '  SHOP  ', totalAmount: '9.99', taxAmount: 'null', currencyCode: '', extra: 1 }],
  });
  t.strictSame(result, {
    multiple_receipts: [{
      documentId: '42',
      supplierName: 'SHOP',
      customerName: null,
      date: null,
      totalAmount: 9.99,
      taxAmount: null,
      netAmount: null,
      discountAmount: null,
      currencyCode: null,
      paymentMethod: null,
      tableItems: [],
    }],
  });
});

t.test('numbers already numeric, including 0, are kept', async (t) => {
  const result = parseFormattedResult('invoice', { totalAmount: 0, taxAmount: 0.0, netAmount: 10, tableItems: null });
  t.equal(result.totalAmount, 0);
  t.equal(result.taxAmount, 0);
  t.equal(result.netAmount, 10);
  t.strictSame(result.tableItems, []);
});

t.test('wrong shapes throw a ResultShapeError naming the path', async (t) => {
  const bad: Array<[Parameters<typeof parseFormattedResult>[0], unknown, RegExp]> = [
    ['receipt', null, /expected object/],
    ['receipt', { supplierName: 'x' }, /multiple_receipts/],
    ['receipt', { multiple_receipts: [{ tableItems: [{ totalAmount: [] }] }] }, /multiple_receipts\.0\.tableItems\.0\.totalAmount|multiple_receipts\[0\]\.tableItems\[0\]\.totalAmount/],
    ['invoice', [], /expected object/],
    ['invoice', { tableItems: {} }, /tableItems/],
    ['bank_statement', { openingBalance: true }, /openingBalance/],
    ['bank_statement', { bankName: { name: 'X' } }, /bankName/],
  ];
  for (const [type, value, message] of bad) {
    try {
      parseFormattedResult(type, value);
      t.fail(`accepted ${JSON.stringify(value)}`);
    } catch (e) {
      t.ok(e instanceof ResultShapeError, `${type} ${JSON.stringify(value)}`);
      t.match((e as Error).message, message);
    }
  }
});

t.test('classification answers', async (t) => {
  t.same(parseClassificationAnswer({ type: 'receipt', confidence: 0.9, reason: 'A till slip.' }), {
    type: 'receipt', confidence: 0.9, reason: 'A till slip.',
  });
  t.same(parseClassificationAnswer({ type: 'Bank Statement', confidence: '0.75', reason: ' Balances. ', extra: 1 }), {
    type: 'bank_statement', confidence: 0.75, reason: 'Balances.',
  });
  for (const bad of [
    { type: 'banana', confidence: 0.5, reason: 'x' },
    { type: 'receipt', confidence: 1.5, reason: 'x' },
    { type: 'receipt', confidence: -0.1, reason: 'x' },
    { type: 'receipt', confidence: 'high', reason: 'x' },
    { type: 'receipt', confidence: 0.5, reason: '' },
    { type: 'receipt', confidence: 0.5 },
    'receipt',
  ]) {
    t.throws(() => parseClassificationAnswer(bad), ResultShapeError, JSON.stringify(bad));
  }
});
