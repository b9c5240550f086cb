/**
 * @module test/engine/extract/receipt-date-iso
 * A receipt's purchase date keeps its printed form in the result, as the reference's dates do;
 * `result_data.fields.date_iso` gives the same day as ISO 8601 (read in the day order of the
 * receipt's currency), as an invoice's date_iso does; on a page of several receipts each has its
 * own (`multiple_receipts[i].date_iso`). None when no date was read.
 */
import t from 'tap';
import { extract } from '../../../engine/index.ts';
import { readingFromText } from '../reading-from-text.ts';

const slip = (dateLine: string, currency = 'GBP') => [
  'THE RED LION INN', '12 Market Square, Oxford', dateLine, 'FISH AND CHIPS 14.50', 'LEMONADE 6.00', `TOTAL ${currency === 'USD' ? '$' : '£'}20.50`, 'CARD 20.50', 'THANK YOU',
];

async function run(lines: string[]) {
  const reading = readingFromText([lines], { kind: 'image', width: 300 });
  const x = await extract({ bytes: Buffer.alloc(0), mime: 'image/png', filename: 'r.png' }, 'receipt', { maxPages: 1, maxPixels: 4e7 }, reading);
  const raw = x.raw as { fields: Record<string, { value: unknown; page?: number }> };
  return { date: (x.formatted as { multiple_receipts: { date: string | null }[] }).multiple_receipts[0].date, fields: raw.fields };
}

t.test("a receipt's date is in result_data as ISO 8601 beside its printed form", async (t) => {
  for (const [line, printed, iso, currency] of [
    ['Date: 05/03/2024 12:41', '05/03/2024', '2024-03-05', 'GBP'],
    ['5 March 2024 12:41', '5 March 2024', '2024-03-05', 'GBP'],
    ['03/05/2024 12:41', '03/05/2024', '2024-03-05', 'USD'],
  ] as const) {
    const { date, fields } = await run(slip(line, currency));
    t.equal(date, printed, `${line}: the result keeps the printed form`);
    t.equal(fields.date_iso?.value, iso, `${line} (${currency}): date_iso`);
    t.equal(fields.date_iso?.page, fields.date?.page, 'read where the date was read');
  }
});

t.test('no date read, no date_iso', async (t) => {
  const { date, fields } = await run(slip('Table 4'));
  t.equal(date, null);
  t.notOk(fields.date_iso);
});
