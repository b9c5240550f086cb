import t from 'tap';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { S3BlobStore } from '../../../adapters/blob/s3-blob-store.ts';
import { openBlobStore } from '../../../adapters/blob/open-blob-store.ts';
import { AppError } from '../../../schemas/errors.ts';
import { blobStoreContract } from './blob-store-contract.ts';

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'blob-s3-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  directory: dir,
  silent: true,
  configureBuckets: [{ name: 'docs' }, { name: 'elsewhere' }],
});
const addr = await server.run();
const endpoint = `http://127.0.0.1:${addr.port}`;
const options = (bucket = 'docs') => ({ bucket, endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
t.teardown(async () => {
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

t.test('contract', async (t) => {
  blobStoreContract(t, {
    open: async () => new S3BlobStore(options()),
    async checkSignedUrl(t, url, _key, bytes, contentType) {
      t.ok(url.startsWith(`${endpoint}/docs/sig/doc.pdf?`), 'path-style presigned URL on the endpoint');
      t.match(url, /X-Amz-Signature=/);
      t.match(url, /X-Amz-Expires=60/);
      const res = await fetch(url);
      t.equal(res.status, 200, 'plain fetch of the presigned URL');
      t.same(Buffer.from(await res.arrayBuffer()), bytes);
      t.equal(res.headers.get('content-type'), contentType);
    },
  });
});

t.test('getObject reads another bucket, capped by size', async (t) => {
  const store = new S3BlobStore(options());
  const other = new S3BlobStore(options('elsewhere'));
  t.teardown(async () => {
    await store.close();
    await other.close();
  });
  await other.put('in/scan.jpg', Buffer.alloc(2000, 7), 'image/jpeg');
  const got = await store.getObject('elsewhere', 'in/scan.jpg', 5000);
  t.equal(got.bytes.length, 2000);
  t.equal(got.contentType, 'image/jpeg');
  t.same((await store.getObject('elsewhere', 'in/scan.jpg', 2000)).bytes.length, 2000, 'exactly at the cap is fine');
  await t.rejects(store.getObject('elsewhere', 'in/scan.jpg', 1999), { code: 'DOCUMENT_TOO_LARGE' });
  await t.rejects(store.getObject('elsewhere', 'in/missing.jpg', 5000), { code: 'NOT_FOUND' });
  await t.rejects(store.getObject('no-such-bucket', 'x.jpg', 5000), AppError);
});

t.test('ping fails for a missing bucket or unreachable endpoint', async (t) => {
  const missing = new S3BlobStore(options('not-created'));
  await t.rejects(missing.ping(), { code: 'UNAVAILABLE' });
  await missing.close();
  const down = new S3BlobStore({ ...options(), endpoint: 'http://127.0.0.1:1' });
  await t.rejects(down.ping(), { code: 'UNAVAILABLE' });
  await down.close();
});

t.test('S3 unreachable: put, get and delete fail with the catalog 503 and Retry-After', async (t) => {
  const down = new S3BlobStore({ ...options(), endpoint: 'http://127.0.0.1:1' });
  t.teardown(() => down.close());
  const outage = { code: 'UNAVAILABLE', status: 503, headers: { 'Retry-After': /^\d+$/ }, message: /blob store is unavailable/ };
  await t.rejects(down.put('k.txt', Buffer.from('x'), 'text/plain'), outage);
  await t.rejects(down.get('k.txt'), outage);
  await t.rejects(down.delete('k.txt'), outage);
});

t.test('openBlobStore picks S3 when config.s3 is set, and fails fast on a missing bucket', async (t) => {
  const config = { dataDir: dir, s3: { bucket: 'docs', endpoint, region: 'us-east-1', forcePathStyle: true } };
  const store = await openBlobStore(config, Buffer.alloc(32, 1), { s3Credentials: credentials });
  t.equal(store.kind, 's3');
  await store.put('via-open.txt', Buffer.from('x'), 'text/plain');
  t.same((await new S3BlobStore(options()).get('via-open.txt')).bytes, Buffer.from('x'), 'wrote into the configured bucket');
  await store.close();
  await t.rejects(
    openBlobStore({ ...config, s3: { ...config.s3, bucket: 'not-created' } }, Buffer.alloc(32, 1), { s3Credentials: credentials }),
    { code: 'UNAVAILABLE' },
  );
});
