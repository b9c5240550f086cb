/**
 * A WebSocket client for tests (the `ws` package): collects every message, lets a test wait
 * for the next one that matches, and reports the close code.
 */
import WebSocket from 'ws';

export interface WsClient {
  socket: WebSocket;
  messages: any[];
  next(match?: (m: any) => boolean, timeoutMs?: number): Promise<any>;
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
    async next(match = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (cursor < messages.length) {
          const m = messages[cursor++];
          if (match(m)) return m;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages.slice(-3))}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
  };
}
