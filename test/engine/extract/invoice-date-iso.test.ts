/**
 * @module test/engine/extract/invoice-date-iso
 * An invoice's issue date (EN 16931 BT-2) keeps its printed form in the result, as the
 * reference's dates do; `result_data.fields.date_iso` gives the same day as ISO 8601, as a
 * statement's rows give theirs (`tableItems[i].date_iso`), so a client reads the day without
 * parsing the printed form.
 */
import t from 'tap';
import { extract } from '../../../engine/index.ts';
import { readingFromText } from '../reading-from-text.ts';
import type { DocumentReading } from '../../../engine/types.ts';

const invoice = (dateLine: string, currency = 'SGD') => readingFromText([[
  'MERIDIAN OFFICE SUPPLIES PTE LTD', '10 Anson Road #12-01 Singapore 079903', 'TAX INVOICE',
  'Bill To: Lion Engineering Pte Ltd', 'Invoice No: MO-24-0187', dateLine, 'Terms: 30 Days',
  `Description              Qty   Unit Price     Amount (${currency})`, 'A4 Paper 80gsm (box)      10        32.00     320.00',
  'Sub Total                                     320.00', 'GST 9%                                         28.80', 'Total                                         348.80',
]], { kind: 'pdf', width: 595 });

async function run(reading: DocumentReading) {
  const x = await extract({ bytes: Buffer.alloc(0), mime: 'application/pdf', filename: 'invoice.pdf' }, 'invoice', { maxPages: 5, maxPixels: 4e7 }, reading);
  const raw = x.raw as { fields: Record<string, { value: unknown; source?: string; page?: number }> };
  return { date: (x.formatted as { date: string | null }).date, fields: raw.fields };
}

t.test("the invoice's issue date is in result_data as ISO 8601 beside its printed form", async (t) => {
  for (const [line, printed, iso] of [
    ['Invoice Date: 05/03/2024', '05/03/2024', '2024-03-05'],
    ['Invoice Date: 5 March 2024', '5 March 2024', '2024-03-05'],
    ['Date: 2024-03-05', '2024-03-05', '2024-03-05'],
  ] as const) {
    const { date, fields } = await run(invoice(line));
    t.equal(date, printed, `${line}: the result keeps the printed form`);
    t.equal(fields.date_iso?.value, iso, `${line}: date_iso`);
    t.equal(fields.date_iso?.page, fields.date?.page, 'read where the date was read');
  }
});

t.test('a date in the order of the currency\'s country: a US invoice prints the month first', async (t) => {
  const { date, fields } = await run(invoice('Invoice Date: 03/05/2024', 'USD'));
  t.equal(date, '03/05/2024');
  t.equal(fields.date_iso?.value, '2024-03-05');
});

t.test('no date read, no date_iso', async (t) => {
  const { date, fields } = await run(invoice('Reference: PO-7781'));
  t.equal(date, null);
  t.notOk(fields.date_iso, 'nothing to give as a day');
});

t.test('the due date (BT-9) as ISO 8601 too, printed or worked out from the payment term', async (t) => {
  const printed = await run(readingFromText([[
    'MERIDIAN OFFICE SUPPLIES PTE LTD', 'TAX INVOICE', 'Bill To: Lion Engineering Pte Ltd', 'Invoice No: MO-24-0187', 'Invoice Date: 05/03/2024', 'Due Date: 04/04/2024',
    'Description              Qty   Unit Price     Amount (SGD)', 'A4 Paper 80gsm (box)      10        32.00     320.00', 'Total                                         320.00',
  ]], { kind: 'pdf', width: 595 }));
  t.equal(printed.fields.dueDate_iso?.value, '2024-04-04', 'printed');
  t.equal(printed.fields.dueDate_iso?.source, printed.fields.dueDate?.source);
  const { fields } = await run(invoice('Invoice Date: 05/03/2024'));
  t.equal(fields.dueDate?.source, 'derived', '"Terms: 30 Days" gives the due date');
  t.equal(fields.dueDate_iso?.value, '2024-04-04', 'its ISO day: 5 March + 30 days');
  const none = await run(readingFromText([['ACME LTD', 'INVOICE', 'Invoice No: 1', 'Invoice Date: 05/03/2024', 'Widget 1 10.00 10.00', 'Total 10.00']], { kind: 'pdf', width: 595 }));
  t.notOk(none.fields.dueDate_iso, 'no due date, no dueDate_iso');
});
