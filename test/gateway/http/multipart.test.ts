/**
 * parseMultipart through HTTP: a route that parses its multipart body answers with what it
 * read; malformed or mislabelled bodies are 400s.
 */
import t from 'tap';
import { createHash } from 'node:crypto';
import { parseMultipart } from '../../../gateway/http/multipart.ts';
import { call, startTestServer, testBackend } from '../../helpers/http-server.ts';

t.test('multipart uploads', async (t) => {
  const backend = await testBackend('embedded');
  t.teardown(backend.cleanup);
  const s = await startTestServer(backend, {
    routes: () => [
      {
        method: 'POST',
        pattern: '/test/upload',
        auth: 'none',
        maxBodyBytes: 4 * 1024 * 1024,
        async handler(ctx) {
          const { fields, files } = await parseMultipart(ctx.body, ctx.headers['content-type'] ?? '');
          return {
            status: 200,
            body: {
              fields,
              files: files.map((f) => ({ field: f.field, filename: f.filename, mimeType: f.mimeType, size: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') })),
            },
          };
        },
      },
    ],
  });
  t.teardown(s.close);

  t.test('fields and files arrive intact', async (t) => {
    const bytes = Buffer.alloc(300_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 256;
    const form = new FormData();
    form.set('document_type', 'InvoicePDF');
    form.set('wait', 'true');
    form.set('file', new Blob([bytes], { type: 'application/pdf' }), 'scan 1.pdf');
    const res = await fetch(`${s.url}/test/upload`, { method: 'POST', body: form, headers: { accept: 'application/json' } });
    t.equal(res.status, 200);
    const body: any = await res.json();
    t.same(body.fields, { document_type: 'InvoicePDF', wait: 'true' });
    t.same(body.files, [{ field: 'file', filename: 'scan 1.pdf', mimeType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }]);
  });

  t.test('malformed multipart -> 400', async (t) => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['not multipart', 'text/plain', 'x: 1', /^Content-Type must be multipart\/form-data$/],
      ['no boundary', 'multipart/form-data', '--x\r\n', /^Content-Type multipart\/form-data needs its boundary parameter/],
      ['truncated part', 'multipart/form-data; boundary=XYZ', '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\npartial', /Malformed multipart body/],
      ['part without headers end', 'multipart/form-data; boundary=XYZ', '--XYZ\r\nContent-Disposition: form-data; name="a"', /Malformed multipart body/],
    ];
    for (const [name, type, body, error] of cases) {
      const r = await call(s.url, 'POST', '/test/upload', { body, headers: { 'content-type': type } });
      t.equal(r.status, 400, name);
      t.match(r.data?.error, error, name);
    }
  });
});
