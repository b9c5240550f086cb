/**
 * @module bench/lib/client
 * The load generator's side of the API: multipart bodies built once per document (so the
 * client spends its CPU on sending, not on encoding), a timed submit with a per-request
 * timeout, and a bounded-concurrency runner.
 */
import { randomBytes } from 'node:crypto';
import { decode } from '@toon-format/toon';

export interface Upload {
  name: string;
  mime: string;
  /** What it is, for the printed description ("invoice PDF (text layer)"). */
  kind: string;
  body: Buffer;
  contentType: string;
}

/** One `file` part, the way a browser or curl -F sends it. */
export function multipartUpload(bytes: Buffer, name: string, mime: string, kind: string): Upload {
  const boundary = `----bench${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${mime}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { name, mime, kind, body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface SubmitResult {
  status: number;
  ms: number;
  requestId?: string;
  error?: string;
}

export async function submit(base: string, apiKey: string, up: Upload, timeoutMs = 60_000): Promise<SubmitResult> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${base}/v1/documents/process-async`, {
      method: 'POST',
      headers: { 'x-api-key': apiKey, 'content-type': up.contentType },
      body: up.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    let requestId: string | undefined;
    if (res.status === 202 || res.status === 200) {
      try {
        requestId = (decode(text) as { request_id?: string }).request_id;
      } catch {
        /* counted as accepted without an id */
      }
    }
    return { status: res.status, ms, requestId, error: res.status >= 400 ? text.slice(0, 200) : undefined };
  } catch (e) {
    return { status: 0, ms: performance.now() - t0, error: (e as Error).name === 'TimeoutError' ? 'timeout' : (e as Error).message };
  }
}

/** Runs `task(i)` for i in [0, n) with at most `concurrency` in flight; results in order. */
export async function runPool<T>(n: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(n);
  let next = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, n)) }, lane));
  return out;
}
