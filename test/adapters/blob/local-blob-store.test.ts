import t from 'tap';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalBlobStore, verifySignedUrl } from '../../../adapters/blob/local-blob-store.ts';
import { openBlobStore } from '../../../adapters/blob/open-blob-store.ts';
import { blobStoreContract } from './blob-store-contract.ts';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'blob-local-'));
  dirs.push(d);
  return d;
}
t.teardown(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

function parse(url: string) {
  const u = new URL(url);
  const key = decodeURIComponent(u.pathname.replace(/^\/v1\/files\//, ''));
  return { u, key, expires: u.searchParams.get('expires')!, sig: u.searchParams.get('sig')! };
}

t.test('contract', async (t) => {
  blobStoreContract(t, {
    open: async () => openBlobStore({ dataDir: await tempDir(), s3: undefined }, secret),
    async checkSignedUrl(t, url, key) {
      const p = parse(url);
      t.equal(p.u.origin, 'http://gateway.example:8080', 'uses the base URL');
      t.equal(p.u.pathname, `/v1/files/${key}`, 'path is /v1/files/<key>');
      t.equal(p.key, key);
      t.equal(verifySignedUrl(secret, p.key, p.expires, p.sig), 'ok', 'fresh link verifies');
      const expiresIn = Number(p.expires) - Date.now() / 1000;
      t.ok(expiresIn > 55 && expiresIn <= 61, `expires in ~60s (${expiresIn.toFixed(1)})`);
    },
  });
});

t.test('openBlobStore picks the local store without s3 config', async (t) => {
  const store = await openBlobStore({ dataDir: await tempDir(), s3: undefined }, secret);
  t.equal(store.kind, 'local');
});

t.test('blobs live under dataDir/blobs with a content-type sidecar, no temp files left', async (t) => {
  const dir = await tempDir();
  const store = new LocalBlobStore(dir, secret);
  await store.put('a/b/c.pdf', Buffer.from('hello'), 'application/pdf');
  t.equal(await fs.readFile(path.join(dir, 'blobs/a/b/c.pdf'), 'utf8'), 'hello');
  const names = await fs.readdir(path.join(dir, 'blobs/a/b'));
  t.same(names.sort(), ['c.pdf', 'c.pdf~meta.json']);
  t.match(JSON.parse(await fs.readFile(path.join(dir, 'blobs/a/b/c.pdf~meta.json'), 'utf8')), { contentType: 'application/pdf' });
});

t.test('concurrent puts of one key leave one complete version', async (t) => {
  const store = new LocalBlobStore(await tempDir(), secret);
  const a = Buffer.alloc(256 * 1024, 'a');
  const b = Buffer.alloc(256 * 1024, 'b');
  await Promise.all([store.put('race.bin', a, 'x/a'), store.put('race.bin', b, 'x/b'), store.put('race.bin', a, 'x/a')]);
  const got = await store.get('race.bin');
  t.ok(got.bytes.equals(a) || got.bytes.equals(b), 'bytes are one whole version');
});

t.test('verifySignedUrl', async (t) => {
  const store = new LocalBlobStore(await tempDir(), secret);
  const p = parse(await store.signedUrl('k/doc.pdf', 300, 'https://x.test'));
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', p.expires, p.sig), 'ok');
  t.equal(verifySignedUrl(secret, 'k/other.pdf', p.expires, p.sig), 'invalid', 'another key');
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', String(Number(p.expires) + 1), p.sig), 'invalid', 'extended expiry');
  const flipped = (p.sig[0] === 'A' ? 'B' : 'A') + p.sig.slice(1);
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', p.expires, flipped), 'invalid', 'tampered sig');
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', p.expires, p.sig.slice(0, 10)), 'invalid', 'truncated sig');
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', p.expires, ''), 'invalid', 'empty sig');
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', 'soon', p.sig), 'invalid', 'non-numeric expiry');
  t.equal(verifySignedUrl(Buffer.from('another secret of 32 bytes......'), 'k/doc.pdf', p.expires, p.sig), 'invalid', 'other secret');
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', p.expires, p.sig, Number(p.expires) + 1), 'expired', 'past expiry');

  const past = parse(await store.signedUrl('k/doc.pdf', 1, 'https://x.test'));
  t.equal(verifySignedUrl(secret, 'k/doc.pdf', past.expires, past.sig, Math.floor(Date.now() / 1000) + 5), 'expired');
});

t.test('a short secret is refused', async (t) => {
  t.throws(() => new LocalBlobStore('/tmp', Buffer.from('short')));
});
