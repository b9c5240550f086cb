/**
 * A real HTTP receiver for webhook tests on 127.0.0.1 and a random port: it keeps every request
 * (path, headers, raw body) and answers each with what `respond` says (status, headers, or a
 * delay before answering, to make a sender time out). `next` waits for a request matching a
 * predicate, without polling; `close` ends every open connection.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>` */
  base: string;
  received: ReceivedWebhook[];
  /** The answer to the next request to `path` (the default answers 200). */
  respond: (req: ReceivedWebhook) => Answer;
  /** The first request (already received or still to come) for which `match` holds. */
  next(match: (r: ReceivedWebhook) => boolean, timeoutMs?: number): Promise<ReceivedWebhook>;
  close(): Promise<void>;
}

/** `port` 0 = any free port; a fixed one brings a receiver back where a closed one was. */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const waiters: Array<{ match: (r: ReceivedWebhook) => boolean; resolve: (r: ReceivedWebhook) => void }> = [];
  const receiver: WebhookReceiver = {
    base: '',
    received: [],
    respond: () => ({ status: 200 }),
    next(match, timeoutMs = 30_000) {
      const seen = receiver.received.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching webhook within ${timeoutMs} ms; got ${receiver.received.length}: ${receiver.received.map((r) => r.path).join(', ')}`)), timeoutMs);
        waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const got: ReceivedWebhook = {
        path: req.url ?? '',
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      receiver.received.push(got);
      for (let i = waiters.length - 1; i >= 0; i--) {
        if (waiters[i]!.match(got)) waiters.splice(i, 1)[0]!.resolve(got);
      }
      const answer = receiver.respond(got);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, answer.headers);
        res.end();
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  receiver.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}
