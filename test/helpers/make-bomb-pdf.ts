/**
 * @module make-bomb-pdf
 * Decompression bombs for tests and the soak bench: a one-page PDF whose Flate content stream
 * inflates to a chosen size while the file stays small (repeated operators compress ~1000:1).
 */
import { createDeflate } from 'node:zlib';

/** Deflates `size` bytes of "0 0 m " operators (a content stream) without holding them. */
export async function deflatedOps(size: number): Promise<Buffer> {
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
export function pdfWithContent(stream: Buffer): Buffer {
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

/** A PDF of a few hundred kB whose content stream inflates to `inflatedBytes`. */
export async function makeInflateBombPdf(inflatedBytes: number): Promise<Buffer> {
  return pdfWithContent(await deflatedOps(inflatedBytes));
}
