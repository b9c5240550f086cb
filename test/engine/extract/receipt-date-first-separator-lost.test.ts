/**
 * @module test/engine/extract/receipt-date-first-separator-lost
 * A labelled date whose first separator OCR lost or read as a digit while it kept the one before
 * the year ("DATE:13707/2017" for 13/07/2017, its slash read as a 7; "Fecha 573/2018" for
 * 5/3/2018): read back as the last resort, only where the digits read one way
 * (engine/parse/lost-separators.ts dateFromDigitRun) and no date was read whole on the page.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const date = (lines: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([['SHOP SDN BHD', ...lines, 'TOTAL 4.00', 'CASH 10.00']], { kind })).formatted.multiple_receipts[0].date;

t.test('the digits before a kept separator and the year read as one date', async (t) => {
  for (const [line, want] of [
    ['RECEIPT #:CSP0397224 DATE:13707/2017', '13/07/2017'],
    ['Date: 21112/2017 10:15', '21/12/2017'],
    ['Fecha 573/2018', '5/3/2018'],
    ['Datum 13707.2017', '13/07/2017'],
    ['Tarikh : 30711-2018', '30/11/2018'],
  ] as const) t.equal(date([line]), want, line);
});

t.test('no date from such digits otherwise', async (t) => {
  t.equal(date(['DATE:13707/2017', 'Printed 06/07/2017 10:15']), '06/07/2017', 'a date read whole wins');
  t.equal(date(['DATE:19992/2017']), null, 'digits that are no day and month');
  t.equal(date(['Invoice 13707/2017']), null, 'only after a date label');
  t.equal(date(['DATE:13707/2017'], 'pdf'), null, 'a text layer is not repaired');
});
