/**
 * @module test/engine/vlm/invoice-date-iso
 * A vision model writes an invoice's date as printed ("05/03/2024"); `result_data.fields.date_iso`
 * gives the day as ISO 8601 beside it, read in the day order of the invoice's currency, as the
 * offline reading gives it, while the result keeps the printed form.
 */
import t from 'tap';
import { extract } from '../../../engine/index.ts';
import { replies } from '../../helpers/fake-chat-completion-server.ts';
import { MODEL, PNG, fake } from './vlm-test-kit.ts';

async function answered(t: Parameters<typeof fake>[0], answer: Record<string, unknown>) {
  const server = await fake(t);
  server.enqueue(replies.json(answer));
  const x = await extract({ bytes: PNG, mime: 'image/png', filename: 'invoice.png' }, 'invoice',
    { maxPages: 1, maxPixels: 4e7, vlm: { endpointUrl: server.url, model: MODEL, timeoutS: 5 } });
  const raw = x.raw as { extractedBy: string; fields: Record<string, { value: unknown }> };
  return { date: (x.formatted as { date: string | null }).date, raw };
}

t.test("a model's invoice date is given as an ISO day too, in its currency's day order", async (t) => {
  for (const [date, currencyCode, iso] of [['05/03/2024', 'SGD', '2024-03-05'], ['03/05/2024', 'USD', '2024-03-05'], ['5 March 2024', 'EUR', '2024-03-05']] as const) {
    const { date: kept, raw } = await answered(t, { supplierName: 'Meridian Office Supplies Pte Ltd', documentId: 'MO-24-0187', date, currencyCode, totalAmount: 348.8 });
    t.equal(raw.extractedBy, 'vlm');
    t.equal(kept, date, 'the result keeps the date as written');
    t.equal(raw.fields.date_iso?.value, iso, `${date} (${currencyCode})`);
  }
});

t.test('no date, or none that reads as a day: no date_iso', async (t) => {
  for (const date of [null, 'soon']) {
    const { raw } = await answered(t, { supplierName: 'Meridian Office Supplies Pte Ltd', date, currencyCode: 'SGD', totalAmount: 348.8 });
    t.notOk(raw.fields.date_iso, String(date));
  }
});

t.test("a model's due date is given as an ISO day too (dueDate_iso)", async (t) => {
  const { raw } = await answered(t, { supplierName: 'Meridian Office Supplies Pte Ltd', date: '05/03/2024', dueDate: '04/04/2024', currencyCode: 'SGD', totalAmount: 348.8 });
  t.equal(raw.fields.dueDate_iso?.value, '2024-04-04');
  const none = await answered(t, { supplierName: 'Meridian Office Supplies Pte Ltd', date: '05/03/2024', dueDate: null, currencyCode: 'SGD', totalAmount: 348.8 });
  t.notOk(none.raw.fields.dueDate_iso, 'no due date, none');
});
