/**
 * Decompression bombs: a PDF of ~300 kB whose content stream inflates to 300 MB is refused
 * with 413 naming the limit before pdf.js parses it, without the process's memory following
 * the inflated size; ordinary PDFs (Flate content streams) are read as before.
 */
import t from 'tap';
import { createDeflate } from 'node:zlib';
import { loadConfig } from '../../../foundation/config.ts';
import { createEngine } from '../../../actors/extraction/create-engine.ts';
import { assertPdfInflatesWithin, flateStreams, MAX_PDF_INFLATED_BYTES } from '../../../engine/read/pdf-inflate-limit.ts';
import { openPdf } from '../../../engine/read/pdf-open.ts';
import { makeInvoicePdf } from '../../helpers/make-documents.ts';

/** Deflates `size` bytes of "0 0 m " operators (a content stream) without holding them. */
async function deflatedOps(size: number): Promise<Buffer> {
  const chunk = Buffer.from('0 0 m '.repeat(10_923));
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((r) => deflate.on('end', () => r()));
  for (let written = 0; written < size; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise<void>((r) => deflate.once('drain', () => r()));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A one-page PDF whose page content is `stream` (Flate); xref offsets computed. */
function pdfWithContent(stream: Buffer): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  add('%PDF-1.7\n');
  const obj = (n: number, body: string, data?: Buffer) => {
    offsets[n] = length;
    add(`${n} 0 obj\n${body}\n`);
    if (data) {
      add('stream\n');
      add(data);
      add('\nendstream\n');
    }
    add('endobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>');
  obj(4, `<< /Length ${stream.length} /Filter /FlateDecode >>`, stream);
  const xref = length;
  add(`xref\n0 5\n0000000000 65535 f \n${[1, 2, 3, 4].map((n) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

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
