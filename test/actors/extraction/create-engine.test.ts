/**
 * @module test/actors/extraction/create-engine
 * The service's engine reads only the first pages to classify (the 202 waits for it), and its
 * extraction reads the document whole.
 */
import t from 'tap';
import { loadConfig } from '../../../foundation/config.ts';
import { createEngine } from '../../../actors/extraction/create-engine.ts';
import { CLASSIFY_MAX_PAGES } from '../../../engine/index.ts';
import { makeTextPdf } from '../../helpers/make-text-pdf.ts';

/** A six-page statement: its header on page 1, dated rows on every page, the closing balance on the last. */
async function longStatement(): Promise<Buffer> {
  const pages: string[][] = [];
  let balance = 1000;
  for (let p = 1; p <= 6; p++) {
    const rows: string[] = p === 1
      ? ['#NORTHERN BANK PLC', 'Account statement', 'Account holder: Jane Miller', 'Account number: 12345678', 'Statement period 01/03/2024 to 31/03/2024', 'Opening balance | 1,000.00', 'Date Description | Amount | Balance']
      : [`Page ${p}`];
    for (let i = 0; i < 8; i++) {
      balance += 5;
      rows.push(`${String(p * 4 + Math.floor(i / 2)).padStart(2, '0')}/03/2024 Card refund shop ${p}-${i} | 5.00 | ${balance.toFixed(2)}`);
    }
    if (p === 6) rows.push(`Closing balance | ${balance.toFixed(2)}`);
    pages.push(rows);
  }
  return makeTextPdf({ pages, columns: [430, 540] });
}

t.test('classification reads the first pages only; extraction reads the document whole', async (t) => {
  const engine = createEngine(loadConfig({ LOG_LEVEL: 'silent', OCR_WORKERS: '1', MAX_PAGES: '20' }));
  t.teardown(() => engine.close());
  const doc = { bytes: await longStatement(), mime: 'application/pdf' as const, filename: 'statement.pdf' };
  const { classification, reading } = await engine.classify(doc);
  t.equal(classification.type, 'bank_statement');
  t.equal(reading.pageCount, 6, 'the reading knows the document has six pages');
  t.equal(reading.pages.length, CLASSIFY_MAX_PAGES, 'but holds only the first ones');
  const x = await engine.extract(doc, 'bank_statement', reading);
  t.equal(x.raw.pagesRead, 6, 'extraction read all six');
  t.equal((x.formatted as { closingBalance?: number }).closingBalance, 1240, 'the closing balance on the last page is found');
});
