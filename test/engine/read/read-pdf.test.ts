import t from 'tap';
import { readPdfText } from '../../../engine/read/read-pdf.ts';
import { AppError } from '../../../schemas/errors.ts';
import {
  fmtAmount, invoiceTruth, makeCorruptPdf, makeEncryptedPdf, makeInvoicePdf, makeLetterPdf, makeScannedStatementPdf,
  makeStatementPdf, statementTruth,
} from '../../helpers/make-documents.ts';

t.test('invoice text layer: lines in reading order with the printed values', async (t) => {
  const truth = invoiceTruth();
  const { pageCount, pages } = await readPdfText(await makeInvoicePdf(), { maxPages: 10 });
  t.equal(pageCount, 1);
  t.equal(pages.length, 1);
  const p = pages[0];
  t.equal(p.source, 'text');
  t.equal(p.confidence, 1);
  t.ok(Math.abs(p.width - 595.28) < 0.01 && Math.abs(p.height - 841.89) < 0.01, 'A4 in points');
  const texts = p.lines.map((l) => l.text);
  const at = (re: RegExp) => texts.findIndex((s) => re.test(s));
  const order = [/^Northwind Consulting Ltd INVOICE$/, /Invoice No: INV-2024-0042/, /^Bill To:$/, /^Description Qty Unit Price Amount$/, /^Strategy workshop/, /^Travel expenses/, /^Subtotal/, /^VAT \(20%\)/, /^Total Due \(GBP\)/];
  const idx = order.map(at);
  t.notOk(idx.includes(-1), `every expected line is present: ${JSON.stringify(texts)}`);
  t.same(idx, [...idx].sort((a, b) => a - b), 'in top-to-bottom order');
  t.equal(texts[at(/^Strategy workshop/)], `Strategy workshop (day rate) 2 ${fmtAmount(1200)} ${fmtAmount(2400)}`, 'table row cells joined left to right');
  t.equal(texts[at(/^Total Due/)], `Total Due (GBP) £${fmtAmount(truth.total)}`);
  for (let i = 1; i < p.lines.length; i++) t.ok(p.lines[i].box.y >= p.lines[i - 1].box.y - 5, `line ${i} not above line ${i - 1}`);
  const amount = p.lines[at(/^Total Due/)].words.at(-1)!;
  t.ok(amount.box.x > 450 && amount.box.x + amount.box.w <= 546, 'right-aligned total sits at the right margin (points)');
});

t.test('a two-page statement reads both pages; transactions on each', async (t) => {
  const truth = statementTruth();
  const { pageCount, pages } = await readPdfText(await makeStatementPdf(), { maxPages: 10 });
  t.equal(pageCount, 2);
  t.same(pages.map((p) => p.page), [1, 2]);
  const text = pages.map((p) => p.lines.map((l) => l.text).join('\n'));
  t.match(text[0], `Opening Balance ${fmtAmount(truth.openingBalance)}`);
  t.match(text[0], truth.rows[0].description);
  t.match(text[1], truth.rows.at(-1)!.description);
  t.match(text[1], `Closing Balance ${fmtAmount(truth.closingBalance)}`);
});

t.test('page cap: only the first maxPages are read, pageCount tells the truth', async (t) => {
  const { pageCount, pages } = await readPdfText(await makeStatementPdf(), { maxPages: 1 });
  t.equal(pageCount, 2);
  t.equal(pages.length, 1);
});

t.test('a scanned PDF has (almost) no text layer', async (t) => {
  const { pages } = await readPdfText(await makeScannedStatementPdf(), { maxPages: 10 });
  t.equal(pages[0].lines.length, 0);
});

t.test('a letter reads as text', async (t) => {
  const { pages } = await readPdfText(await makeLetterPdf(), { maxPages: 10 });
  t.ok(pages[0].lines.some((l) => l.text === 'Dear Thomas,'));
});

t.test('corrupt and password-protected PDFs are UNREADABLE_DOCUMENT with a clear message', async (t) => {
  await t.rejects(readPdfText(await makeCorruptPdf(), { maxPages: 10 }), { code: 'UNREADABLE_DOCUMENT', message: /could not be read/ });
  const err = await readPdfText(await makeEncryptedPdf(), { maxPages: 10 }).catch((e) => e);
  t.ok(err instanceof AppError);
  t.equal(err.code, 'UNREADABLE_DOCUMENT');
  t.match(err.message, /password/);
  const truncated = (await makeInvoicePdf()).subarray(0, 300);
  await t.rejects(readPdfText(truncated, { maxPages: 10 }), { code: 'UNREADABLE_DOCUMENT' }, 'truncated file');
});
