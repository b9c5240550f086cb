/**
 * A WebSocket client for tests (the `ws` package): collects every message, lets a test wait
 * for the next one that matches, and reports the close code.
 *
 * `next` reads on from a cursor and passes over messages that do not match: use it for messages
 * that arrive in a known order. When several events may arrive in any order (the terminal
 * events of requests processed concurrently, the snapshots of two subscriptions), wait with
 * `seen`, which looks at every message received so far and does not move the cursor; waiting
 * for them one after another with `next` would pass over one that came early, and then wait
 * for it in vain.
 */
import WebSocket from 'ws';

/**
 * How long `next` and `seen` wait by default (ms): a bound on liveness, not a timing check. A
 * test that checks a timing of the reference passes its own bound. 10 s was too short on a
 * 2-CPU CI machine running several service processes and OCR at once (a subscribe's ack,
 * which waits on one database query, missed it once).
 */
const LIVENESS_MS = 30_000;

export interface WsClient {
  socket: WebSocket;
  messages: any[];
  next(match?: (m: any) => boolean, timeoutMs?: number): Promise<any>;
  /** The first message received so far (or, waiting up to timeoutMs, later) that matches; the cursor of `next` stays. */
  seen(match: (m: any) => boolean, timeoutMs?: number): Promise<any>;
  send(msg: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export async function connectWs(base: string, opts: { apiKey?: string; query?: string } = {}): Promise<WsClient> {
  const url = base.replace(/^http/, 'ws') + '/v1/ws/status' + (opts.query ?? '');
  const socket = new WebSocket(url, { headers: opts.apiKey ? { 'x-api-key': opts.apiKey } : {} });
  const messages: any[] = [];
  let cursor = 0;
  const waiters: Array<() => void> = [];
  /** Resolves when a message arrives or `ms` passes. */
  const arrival = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()));
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { statusCode: res.statusCode })));
    socket.once('error', reject);
  });
  return {
    socket,
    messages,
    closed,
    send: (msg) => socket.send(typeof msg === 'string' ? msg : JSON.stringify(msg)),
    close: () => socket.close(1000),
    async next(match = () => true, timeoutMs = LIVENESS_MS) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (cursor < messages.length) {
          const m = messages[cursor++];
          if (match(m)) return m;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages.slice(-3))}`);
        await arrival(left);
      }
    },
    async seen(match, timeoutMs = LIVENESS_MS) {
      const deadline = Date.now() + timeoutMs;
      for (let from = 0; ; ) {
        for (; from < messages.length; from++) if (match(messages[from])) return messages[from];
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages.slice(-3))}`);
        await arrival(left);
      }
    },
  };
}
