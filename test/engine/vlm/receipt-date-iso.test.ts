/**
 * @module test/engine/vlm/receipt-date-iso
 * A vision model writes a receipt's date as printed ("03/05/2024"); `result_data.fields.date_iso`
 * gives the day as ISO 8601 beside it, read in the day order of the receipt's currency, as the
 * offline reading gives it.
 */
import t from 'tap';
import { extract } from '../../../engine/index.ts';
import { replies } from '../../helpers/fake-chat-completion-server.ts';
import { MODEL, PNG, fake } from './vlm-test-kit.ts';

t.test("a model's receipt date is given as an ISO day too", async (t) => {
  const server = await fake(t);
  server.enqueue(replies.json({ multiple_receipts: [{ supplierName: 'The Red Lion Inn', date: '03/05/2024', currencyCode: 'USD', totalAmount: 20.5 }] }));
  const x = await extract({ bytes: PNG, mime: 'image/png', filename: 'receipt.png' }, 'receipt',
    { maxPages: 1, maxPixels: 4e7, vlm: { endpointUrl: server.url, model: MODEL, timeoutS: 5 } });
  const raw = x.raw as { extractedBy: string; fields: Record<string, { value: unknown }> };
  t.equal(raw.extractedBy, 'vlm');
  t.equal(raw.fields.date_iso?.value, '2024-03-05');
});
