/**
 * @module test/engine/extract/year-first-dates
 * A page that writes its dates year first (Japanese evidence, or its other dates year first)
 * reads "24-12-26" as 2024-12-26; elsewhere the day-first rule is unchanged.
 */
import t from 'tap';
import { dateOrderFor, extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { toIsoDate } from '../../../engine/parse/dates.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('Japanese evidence on the page says year first', async (t) => {
  t.equal(dateOrderFor('JPY', { text: 'TOTAL ¥1,200\n24-12-26 13:05' }), 'ymd', 'the yen sign before a figure');
  t.equal(dateOrderFor(null, { text: '領収書\n合計 1200円\n24/12/26' }), 'ymd', 'receipt and yen words');
  t.equal(dateOrderFor(null, { text: '東京都新宿区西新宿1丁目\n24.12.26' }), 'ymd', 'an address');
  t.equal(dateOrderFor('JPY'), 'ymd', 'currency alone (invoices): the yen');
  t.equal(dateOrderFor('KRW'), 'ymd', 'and the won');
});

t.test('a four-digit year printed first elsewhere on the page says year first, unless a date ends in its year', async (t) => {
  t.equal(dateOrderFor(null, { text: 'Issued 2024/12/26\nPrinted 24-12-26' }), 'ymd');
  t.equal(dateOrderFor('EUR', { text: 'Printed 2024-12-26\nDatum 26.12.2024' }), 'dmy', 'a date with its year last: day first as before');
  t.equal(dateOrderFor('USD', { text: 'TOTAL $5.00\n2024-12-26\n01/02/24', currencyConfidence: 0.95 }), 'mdy', 'dollar pages keep month first');
});

t.test('elsewhere the day-first rule is unchanged', async (t) => {
  t.equal(dateOrderFor('EUR', { text: 'Datum 24-12-26\nSUMME 12,00 EUR' }), 'dmy');
  t.equal(dateOrderFor(null, { text: 'Date 24-12-26' }), 'dmy');
});

t.test('a Japanese till receipt dated 24-12-26 is dated 26 December 2024', async (t) => {
  const lines = ['ファミリーマート', '東京都港区芝公園1丁目', '領収書', '24-12-26 13:05', 'おにぎり  ¥150', '合計  ¥150', '(税込)'];
  const reading = readingFromText([lines], { kind: 'image' });
  const r = extractReceipt(reading).formatted.multiple_receipts[0];
  t.equal(r.date, '24-12-26', 'as printed');
  t.equal(toIsoDate(r.date!, dateOrderFor('JPY', { text: lines.join('\n') })), '2024-12-26');
  const era = extractReceipt(readingFromText([['領収書', '令和6年12月26日', '合計 ¥1,500']], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(era.date, '令和6年12月26日', 'an era date is found as a date');
  t.equal(toIsoDate(era.date!), '2024-12-26');
});

t.test("a yen invoice's due date from its term counts from the year-first issue date", async (t) => {
  const lines = ['ACME TRADING K.K.', 'INVOICE', 'Invoice No: 1001', 'Invoice Date: 24-12-26', 'Payment terms: 30 days', 'Total ¥ 11,000'];
  const { formatted } = extractInvoice(readingFromText([lines], { kind: 'pdf' }));
  t.equal(formatted.date, '24-12-26');
  t.equal(formatted.dueDate, '2025-01-25');
});
