/**
 * Decompression bombs: a PDF of ~300 kB whose content stream inflates to 300 MB is refused
 * with 413 naming the limit before pdf.js parses it, without the process's memory following
 * the inflated size; ordinary PDFs (Flate content streams) are read as before.
 */
import t from 'tap';
import { loadConfig } from '../../../foundation/config.ts';
import { createEngine } from '../../../actors/extraction/create-engine.ts';
import { assertPdfInflatesWithin, flateStreams, MAX_PDF_INFLATED_BYTES } from '../../../engine/read/pdf-inflate-limit.ts';
import { openPdf } from '../../../engine/read/pdf-open.ts';
import { makeInvoicePdf } from '../../helpers/make-documents.ts';
import { deflatedOps, pdfWithContent } from '../../helpers/make-bomb-pdf.ts';

t.test('a 300 MB content stream is refused with 413 naming the limit, memory kept', async (t) => {
  const bomb = pdfWithContent(await deflatedOps(300 * 1024 * 1024));
  t.ok(bomb.length < 2 * 1024 * 1024, `the bomb is small on the wire (${Math.round(bomb.length / 1024)} kB)`);
  const before = process.memoryUsage().rss;
  await t.rejects(assertPdfInflatesWithin(bomb), { code: 'DOCUMENT_TOO_COMPLEX', status: 413, message: /limit of 256 MB/ });
  const grew = process.memoryUsage().rss - before;
  t.ok(grew < 64 * 1024 * 1024, `the check held little memory (RSS +${Math.round(grew / 1024 / 1024)} MB)`);
  await t.rejects(openPdf(bomb), { code: 'DOCUMENT_TOO_COMPLEX' }, 'openPdf checks first');

  // Through the engine pool a gateway uses to classify: the same 413, the pool still serves.
  const engine = createEngine(loadConfig({ OCR_WORKERS: '1', LOG_LEVEL: 'silent' }));
  t.teardown(() => engine.close());
  await t.rejects(engine.classify({ bytes: bomb, mime: 'application/pdf', filename: 'bomb.pdf' }), { code: 'DOCUMENT_TOO_COMPLEX', status: 413 });
  const ok = await engine.classify({ bytes: await makeInvoicePdf(), mime: 'application/pdf', filename: 'invoice.pdf' });
  t.equal(ok.classification.type, 'invoice', 'the next document is read');
});

t.test('ordinary PDFs pass: their Flate streams are found and are far under the limit', async (t) => {
  const invoice = await makeInvoicePdf();
  t.ok([...flateStreams(invoice)].length >= 1, 'the generated invoice has Flate streams');
  await assertPdfInflatesWithin(invoice);
  const small = pdfWithContent(await deflatedOps(1024 * 1024));
  await assertPdfInflatesWithin(small);
  await t.rejects(assertPdfInflatesWithin(small, 512 * 1024), { code: 'DOCUMENT_TOO_COMPLEX', message: /limit of 1 MB/ });
  t.equal(MAX_PDF_INFLATED_BYTES, 256 * 1024 * 1024);
});
