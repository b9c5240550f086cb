/**
 * @module test/engine/read/multi-page-tiff
 * Every page of a multi-page TIFF is read, once: a statement scanned to a two-page TIFF gives
 * two OCR'd pages (the closing balance is on page 2), is never cut into documents side by side
 * (its table has a blank band between descriptions and amounts), and extracts as a bank
 * statement with its opening and closing balances. Real PP-OCR on a generated document.
 */
import t from 'tap';
import { classify, extract } from '../../../engine/index.ts';
import { PaddleReader } from '../../../engine/read/paddle/paddle-reader.ts';
import { tiffPageCount } from '../../../engine/read/decode-tiff.ts';
import type { BankStatementResult } from '../../../schemas/results.ts';
import { fmtAmount, makeScannedStatementTiff, statementTruth } from '../../helpers/make-documents.ts';

const ocr = new PaddleReader();
t.teardown(() => ocr.terminate());
const opts = { maxPages: 10, maxPixels: 40_000_000, ocr };

t.test('a two-page statement TIFF is read page by page and extracts as a statement', async (t) => {
  const opening = { openingBalance: 1250, currency: 'GBP' as const };
  const truth = statementTruth(opening);
  const doc = { bytes: await makeScannedStatementTiff(opening), mime: 'image/tiff' as const };
  t.equal(tiffPageCount(doc.bytes), 2);
  const { classification, reading } = await classify(doc, opts);
  t.equal(reading.pageCount, 2);
  t.same(reading.pages.map((p) => p.page), [1, 2], 'both pages read, each once, whole');
  t.ok(reading.pages.every((p) => p.source === 'ocr' && !p.origin), 'no page was cut into parts');
  const text = (n: number) => reading.pages[n].lines.map((l) => l.text).join('\n');
  t.match(text(0), /Opening Balance/i);
  t.match(text(1), /Closing Balance/i);
  t.ok(text(1).replace(/\s+/g, '').includes(fmtAmount(truth.closingBalance).replace(/\s+/g, '')), 'the closing balance is read from page 2');
  t.equal(classification.type, 'bank_statement', classification.reason);
  const x = await extract(doc, 'bank_statement', opts, reading);
  const s = x.formatted as BankStatementResult;
  t.equal(s.openingBalance, truth.openingBalance);
  t.equal(s.closingBalance, truth.closingBalance);
  t.equal(s.currencyCode, 'GBP');
});
