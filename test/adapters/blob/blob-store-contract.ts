/**
 * @module blob-store-contract
 * The behaviour every BlobStore must show, run by local-blob-store.test.ts and
 * s3-blob-store.test.ts. `checkSignedUrl` is the implementation-specific half of "a signed
 * URL works": S3 fetches it over HTTP, local verifies its signature.
 */
import type { Test } from 'tap';
import type { BlobStore } from '../../../adapters/blob/blob-store.ts';
import { AppError } from '../../../schemas/errors.ts';

export interface BlobContractOptions {
  open(): Promise<BlobStore>;
  /** Given a freshly signed URL for `key` holding `bytes`, asserts it grants access. */
  checkSignedUrl(t: Test, url: string, key: string, bytes: Buffer, contentType: string): Promise<void>;
}

async function rejectsWithCode(t: Test, p: Promise<unknown>, code: string, what: string) {
  try {
    await p;
    t.fail(`${what}: expected AppError ${code}, resolved`);
  } catch (e) {
    t.ok(e instanceof AppError, `${what}: throws AppError`);
    t.equal((e as AppError).code, code, `${what}: code ${code}`);
  }
}

export function blobStoreContract(t: Test, options: BlobContractOptions): void {
  let store: BlobStore;
  t.before(async () => {
    store = await options.open();
  });
  t.teardown(async () => {
    await store?.close();
  });

  t.test('put then get returns the same bytes and content type', async (t) => {
    const bytes = Buffer.from('%PDF-1.7 fake document \u00e9', 'utf8');
    await store.put('req_abc/original.pdf', bytes, 'application/pdf');
    const got = await store.get('req_abc/original.pdf');
    t.same(got.bytes, bytes);
    t.ok(Buffer.isBuffer(got.bytes), 'bytes is a Buffer');
    t.equal(got.contentType, 'application/pdf');
  });

  t.test('binary content survives and put overwrites', async (t) => {
    const first = Buffer.from([0, 1, 2, 255, 254]);
    const second = Buffer.from([9, 8, 7]);
    await store.put('bin/x.png', first, 'image/png');
    await store.put('bin/x.png', second, 'image/jpeg');
    const got = await store.get('bin/x.png');
    t.same([...got.bytes], [9, 8, 7]);
    t.equal(got.contentType, 'image/jpeg');
  });

  t.test('get of a missing key is NOT_FOUND', async (t) => {
    await rejectsWithCode(t, store.get('nope/missing.pdf'), 'NOT_FOUND', 'missing key');
  });

  t.test('delete removes the blob; deleting again is harmless', async (t) => {
    await store.put('del/me.txt', Buffer.from('bye'), 'text/plain');
    await store.delete('del/me.txt');
    await rejectsWithCode(t, store.get('del/me.txt'), 'NOT_FOUND', 'after delete');
    await store.delete('del/me.txt');
    t.pass('second delete did not throw');
  });

  t.test('keys that could escape or are malformed are refused', async (t) => {
    for (const key of ['../etc/passwd', 'a/../../b', '/abs/path', 'sp ace', 'a//b', 'x/./y', 'weird~name', '', 'q?x']) {
      await rejectsWithCode(t, store.put(key, Buffer.from('x'), 'text/plain'), 'BAD_REQUEST', `put ${JSON.stringify(key)}`);
      await rejectsWithCode(t, store.get(key), 'BAD_REQUEST', `get ${JSON.stringify(key)}`);
    }
  });

  t.test('signedUrl grants access to the blob', async (t) => {
    const bytes = Buffer.from('signed content');
    await store.put('sig/doc.pdf', bytes, 'application/pdf');
    const url = await store.signedUrl('sig/doc.pdf', 60, 'http://gateway.example:8080/');
    t.match(url, /^https?:\/\//, 'absolute URL');
    await options.checkSignedUrl(t, url, 'sig/doc.pdf', bytes, 'application/pdf');
  });

  t.test('ping resolves on a healthy store', async (t) => {
    await store.ping();
    t.pass();
  });
}
