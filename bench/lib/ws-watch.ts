/**
 * @module bench/lib/ws-watch
 * Watches many requests to their terminal status over ONE /v1/ws/status session (what a
 * dashboard would do), with a sparse GET fallback for any request the socket has not
 * settled by the deadline (a lost event would otherwise hang the bench).
 */
import WebSocket from 'ws';
import { call } from '../../test/helpers/http-server.ts';

export interface Terminal {
  requestId: string;
  status: string;
  processingTimeMs: number | null;
  completedAt: string | null;
  /** Local clock when the terminal state was seen. */
  seenAt: number;
  via: 'ws' | 'poll';
}

export class RequestWatcher {
  readonly done = new Map<string, Terminal>();
  readonly #waiting = new Set<string>();
  readonly #socket: WebSocket;
  #onSettle: (() => void) | null = null;

  private constructor(socket: WebSocket, private readonly base: string, private readonly apiKey: string) {
    this.#socket = socket;
    socket.on('message', (data) => {
      const m = JSON.parse(data.toString()) as Record<string, any>;
      if ((m.event === 'snapshot' || m.event === 'update') && m.is_terminal) {
        this.#settle({
          requestId: m.request_id,
          status: String(m.status).toLowerCase(),
          processingTimeMs: m.processing_time_ms,
          completedAt: m.completed_at,
          seenAt: Date.now(),
          via: 'ws',
        });
      }
    });
  }

  static async open(base: string, apiKey: string): Promise<RequestWatcher> {
    const socket = new WebSocket(base.replace(/^http/, 'ws') + '/v1/ws/status', { headers: { 'x-api-key': apiKey } });
    socket.on('error', () => {}); // the poll fallback covers a broken socket
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', (_q, res) => reject(new Error(`ws upgrade refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
    return new RequestWatcher(socket, base, apiKey);
  }

  watch(requestId: string): void {
    if (this.done.has(requestId)) return;
    this.#waiting.add(requestId);
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify({ action: 'subscribe', request_id: requestId }));
  }

  #settle(t: Terminal): void {
    if (!this.#waiting.delete(t.requestId)) return;
    this.done.set(t.requestId, t);
    this.#onSettle?.();
  }

  pending(): number {
    return this.#waiting.size;
  }

  /** Resolves when nothing is pending; after `timeoutMs`, polls what is left every 2 s until `hardMs`. */
  async settleAll(timeoutMs: number, hardMs: number, progress?: (left: number) => void): Promise<void> {
    const start = Date.now();
    let lastReport = 0;
    while (this.#waiting.size && Date.now() - start < timeoutMs) {
      await new Promise<void>((r) => {
        this.#onSettle = r;
        setTimeout(r, 1000);
      });
      if (progress && this.#waiting.size && Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        progress(this.#waiting.size);
      }
    }
    this.#onSettle = null;
    while (this.#waiting.size && Date.now() - start < hardMs) {
      for (const id of [...this.#waiting]) {
        const r = await call(this.base, 'GET', `/v1/requests/${id}`, { apiKey: this.apiKey });
        const d = r.data as Record<string, any> | undefined;
        if (r.status === 200 && d && d.status !== 'processing') {
          this.#settle({ requestId: id, status: d.status, processingTimeMs: d.processing_time_ms, completedAt: d.completed_at, seenAt: Date.now(), via: 'poll' });
        }
      }
      if (this.#waiting.size) await new Promise((r) => setTimeout(r, 2000));
    }
  }

  close(): void {
    this.#socket.close(1000);
  }
}
