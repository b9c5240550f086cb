import t from 'tap';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { loadConfig } from '../../../foundation/config.ts';
import { fetchDocument } from '../../../gateway/fetch/fetch-document.ts';
import { createS3Reader } from '../../../gateway/fetch/s3-object-reader.ts';

// s3rver ships no types; describe the little used here instead of declaring a global module.
interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverCtor = new (opts: Record<string, unknown>) => S3rverInstance;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverCtor;

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fetch-s3-'));
const s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
const { port } = await s3rver.run();
const endpoint = `http://127.0.0.1:${port}`;
t.teardown(async () => {
  await s3rver.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const client = new S3Client({
  endpoint,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
});
t.teardown(() => client.destroy());

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const big = Buffer.alloc(4096, 0x42);
for (const Bucket of ['customer-docs', 'service-blobs']) await client.send(new CreateBucketCommand({ Bucket }));
await client.send(new PutObjectCommand({ Bucket: 'customer-docs', Key: 'inbox/2024/receipt one.pdf', Body: pdf, ContentType: 'application/pdf' }));
await client.send(new PutObjectCommand({ Bucket: 'customer-docs', Key: 'inbox/big.pdf', Body: big, ContentType: 'application/pdf' }));
await client.send(new PutObjectCommand({ Bucket: 'service-blobs', Key: 'uploads/other-user.pdf', Body: pdf }));

const config = loadConfig({
  S3_BUCKET: 'service-blobs',
  S3_ENDPOINT: endpoint,
  S3_FORCE_PATH_STYLE: 'true',
  MAX_UPLOAD_MB: '1',
});
const s3Reader = createS3Reader(client, { timeoutMs: 5000 });
const s3 = (url: string) => ({ kind: 's3' as const, url });

t.test('s3://bucket/key is read with the server\'s S3 reader', async (t) => {
  const got = await fetchDocument(s3('s3://customer-docs/inbox/2024/receipt one.pdf'), { config, s3Reader });
  t.ok(got.bytes.equals(pdf), 'bytes match the stored object');
  t.equal(got.filename, 'receipt one.pdf');
  t.equal(got.contentType, 'application/pdf');
});

t.test('a URL on the configured custom endpoint is read path-style with the reader, not fetched over HTTP', async (t) => {
  // The endpoint is loopback and not in FETCH_ALLOW_HOSTS: a plain fetch would be refused.
  const got = await fetchDocument(s3(`${endpoint}/customer-docs/inbox/2024/receipt%20one.pdf`), { config, s3Reader });
  t.ok(got.bytes.equals(pdf));
  await t.rejects(fetchDocument({ kind: 'url', url: `${endpoint}/customer-docs/inbox/2024/receipt%20one.pdf` }, { config, s3Reader }), {
    code: 'URL_NOT_ALLOWED',
  }, 'the same URL as `url` gets no such trust');
});

t.test('a missing object is FETCH_FAILED naming it', async (t) => {
  await t.rejects(fetchDocument(s3('s3://customer-docs/inbox/nope.pdf'), { config, s3Reader }), {
    code: 'FETCH_FAILED',
    message: 'S3 object not found: s3://customer-docs/inbox/nope.pdf',
  });
  await t.rejects(fetchDocument(s3('s3://no-such-bucket/a.pdf'), { config, s3Reader }), { code: 'FETCH_FAILED' });
});

t.test('an object over the size limit is DOCUMENT_TOO_LARGE', async (t) => {
  const tiny = loadConfig({ S3_BUCKET: 'service-blobs', S3_ENDPOINT: endpoint, MAX_UPLOAD_MB: '0.002' }); // 2097 bytes
  await t.rejects(fetchDocument(s3('s3://customer-docs/inbox/big.pdf'), { config: tiny, s3Reader }), {
    code: 'DOCUMENT_TOO_LARGE',
    status: 413,
  });
  // The reader itself stops at the limit too, whoever calls it.
  await t.rejects(s3Reader('customer-docs', 'inbox/big.pdf', 1000), { code: 'DOCUMENT_TOO_LARGE' });
  t.equal((await s3Reader('customer-docs', 'inbox/big.pdf', 4096)).bytes.length, 4096, 'exactly at the limit is fine');
});

t.test("the server's own blob bucket cannot be read through s3_url", async (t) => {
  await t.rejects(fetchDocument(s3('s3://service-blobs/uploads/other-user.pdf'), { config, s3Reader }), {
    code: 'URL_NOT_ALLOWED',
    message: /own storage bucket/,
  });
  await t.rejects(fetchDocument(s3(`${endpoint}/service-blobs/uploads/other-user.pdf`), { config, s3Reader }), {
    code: 'URL_NOT_ALLOWED',
  });
});

t.test('without S3 configured, s3:// is refused with a pointer to presigned or public URLs', async (t) => {
  const noS3 = loadConfig({});
  const expected = { code: 'URL_NOT_ALLOWED', status: 400, message: 'S3 is not configured on this server; use a presigned or public URL' };
  await t.rejects(fetchDocument(s3('s3://customer-docs/inbox/2024/receipt one.pdf'), { config: noS3, s3Reader }), expected);
  await t.rejects(fetchDocument(s3('s3://customer-docs/inbox/2024/receipt one.pdf'), { config }), expected, 'no reader passed');
});

t.test('malformed s3 references are refused', async (t) => {
  for (const u of ['s3://customer-docs', 's3://customer-docs/', 'customer-docs/a.pdf', '']) {
    await t.rejects(fetchDocument(s3(u), { config, s3Reader }), { code: 'URL_NOT_ALLOWED' }, JSON.stringify(u));
  }
});

t.test('no encoding of a dot segment or slash reaches another bucket (cross-tenant read)', async (t) => {
  // The service bucket holds another user's upload; the attacker names a bucket it may read
  // and walks out of it. Each form must be refused before S3 is asked, whatever S3 would do.
  const secret = Buffer.from('%PDF-1.4\n% another user\'s receipt\n%%EOF\n');
  await client.send(new PutObjectCommand({ Bucket: 'service-blobs', Key: 'uploads/secret.pdf', Body: secret }));
  const walks = [
    's3://customer-docs/../service-blobs/uploads/secret.pdf',
    's3://customer-docs/./../service-blobs/uploads/secret.pdf',
    's3://customer-docs/inbox/../../service-blobs/uploads/secret.pdf',
    's3://customer-docs/%2e%2e/service-blobs/uploads/secret.pdf',
    's3://customer-docs/%2E%2E/service-blobs/uploads/secret.pdf',
    's3://customer-docs/%252e%252e/service-blobs/uploads/secret.pdf',
    's3://customer-docs/..%2Fservice-blobs%2Fuploads%2Fsecret.pdf',
    's3://customer-docs/..\\service-blobs\\uploads\\secret.pdf',
    's3://customer-docs/%00/../service-blobs/uploads/secret.pdf',
    `${endpoint}/customer-docs/..%2Fservice-blobs%2Fuploads%2Fsecret.pdf`,
    `${endpoint}/customer-docs/..%2fservice-blobs%2fuploads%2fsecret.pdf`,
    `${endpoint}/customer-docs/%2e%2e%2Fservice-blobs%2Fuploads%2Fsecret.pdf`,
    `${endpoint}/customer-docs/%252e%252e%252Fservice-blobs%252Fuploads%252Fsecret.pdf`,
    `${endpoint}/customer-docs/..%252Fservice-blobs%252Fuploads%252Fsecret.pdf`,
    `${endpoint}/customer-docs/..%5Cservice-blobs%5Cuploads%5Csecret.pdf`,
    `${endpoint}/customer-docs/inbox/..%2F..%2Fservice-blobs/uploads/secret.pdf`,
    `${endpoint}/customer-docs/..%2Fservice-blobs%2Fuploads%2Fsecret.pdf?X-Amz-Signature=x&X-Amz-Credential=y`,
    // Dot segments the URL parser resolves itself land on the service bucket, which is refused.
    `${endpoint}/customer-docs/../service-blobs/uploads/secret.pdf`,
    `${endpoint}/customer-docs/%2e%2e/service-blobs/uploads/secret.pdf`,
    `${endpoint}/customer-docs/.%2E/service-blobs/uploads/secret.pdf`,
    `${endpoint}/SERVICE-BLOBS/uploads/secret.pdf`,
    `${endpoint}/service-blobs/uploads/secret.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc`,
  ];
  for (const url of walks) {
    const got = await fetchDocument(s3(url), { config, s3Reader }).then(
      (doc) => doc.bytes,
      (err: { code?: string }) => err.code,
    );
    t.equal(got, 'URL_NOT_ALLOWED', url);
  }
});

t.test('a presigned URL on the custom endpoint reads its own bucket and key, and still not the service bucket', async (t) => {
  const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const ok = await getSignedUrl(client, new GetObjectCommand({ Bucket: 'customer-docs', Key: 'inbox/2024/receipt one.pdf' }), { expiresIn: 60 });
  t.ok((await fetchDocument(s3(ok), { config, s3Reader })).bytes.equals(pdf));
  const own = await getSignedUrl(client, new GetObjectCommand({ Bucket: 'service-blobs', Key: 'uploads/other-user.pdf' }), { expiresIn: 60 });
  await t.rejects(fetchDocument(s3(own), { config, s3Reader }), { code: 'URL_NOT_ALLOWED' });
});
