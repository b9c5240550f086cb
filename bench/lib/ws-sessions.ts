/**
 * @module bench/lib/ws-sessions
 * Many /v1/ws/status sessions in this process (the `ws` client), each subscribed to one
 * request, recording when each snapshot, heartbeat and update arrived (performance clock,
 * sub-millisecond, same machine as the committer). Opening is bounded in concurrency and in
 * time; sessions that fail to open are counted, not retried.
 */
import WebSocket from 'ws';
import { runPool } from './client.ts';

export const now = () => performance.timeOrigin + performance.now();

export interface Session {
  socket: WebSocket | null;
  requestId: string;
  snapshotAt?: number;
  /** Status at snapshot time. */
  snapshotStatus?: string;
  heartbeats: number[];
  updateAt?: number;
  /** completed_at of the update, parsed (ms since epoch). */
  updateCompletedAt?: number;
  error?: string;
  /** A heartbeat that already carried a terminal status (the update was never pushed). */
  terminalHeartbeatAt?: number;
  /** Every event seen (only with BENCH_DEBUG), for diagnosing a missing update. */
  log?: string[];
}

export interface OpenOptions {
  base: string;
  apiKey: string;
  requestIds: string[];
  sessions: number;
  concurrency: number;
  timeoutMs: number;
  /** Subscribe at once (default) or later through subscribeAll. */
  subscribe?: boolean;
}

function attach(s: Session, socket: WebSocket, onSnapshot: () => void): void {
  socket.on('message', (data) => {
    const t = now();
    const m = JSON.parse(data.toString()) as Record<string, any>;
    if (process.env.BENCH_DEBUG) (s.log ??= []).push(`${m.event ?? m.action} ${m.request_id?.slice(0, 12)} ${m.status ?? ''} v${m.version} @${new Date(t).toISOString().slice(14, 23)}`);
    if (m.request_id !== s.requestId) return;
    if (m.event === 'snapshot' && s.snapshotAt === undefined) {
      s.snapshotAt = t;
      s.snapshotStatus = m.status;
      onSnapshot();
    } else if (m.event === 'heartbeat') {
      s.heartbeats.push(t);
      if (m.is_terminal && s.updateAt === undefined) s.terminalHeartbeatAt ??= t;
    }
    else if (m.event === 'update' && s.updateAt === undefined && m.is_terminal) {
      s.updateAt = t;
      s.updateCompletedAt = m.completed_at ? Date.parse(m.completed_at) : undefined;
    } else if (m.action === 'error') s.error = m.error;
  });
}

/** Opens the sessions (session i watches requestIds[i % R]); resolves when each is open, or failed. */
export async function openSessions(o: OpenOptions, onSnapshot: () => void = () => {}): Promise<Session[]> {
  const url = o.base.replace(/^http/, 'ws') + '/v1/ws/status';
  const sessions: Session[] = Array.from({ length: o.sessions }, (_, i) => ({
    socket: null,
    requestId: o.requestIds[i % o.requestIds.length]!,
    heartbeats: [],
  }));
  await runPool(o.sessions, o.concurrency, async (i) => {
    const s = sessions[i]!;
    const socket = new WebSocket(url, { headers: { 'x-api-key': o.apiKey }, handshakeTimeout: o.timeoutMs });
    attach(s, socket, onSnapshot);
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('message', () => resolve()); // the `connection` acknowledgement
        socket.once('unexpected-response', (_q, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
        socket.once('error', reject);
        socket.once('close', (code) => reject(new Error(`closed ${code}`)));
      });
      socket.on('error', (e) => (s.error ??= e.message));
      s.socket = socket;
      if (o.subscribe !== false) subscribe(s);
    } catch (e) {
      s.error = (e as Error).message;
      socket.terminate();
    }
  });
  return sessions;
}

export function subscribe(s: Session): void {
  s.socket?.send(JSON.stringify({ action: 'subscribe', request_id: s.requestId }));
}

/** Closes every socket and waits (bounded) for the closes to complete. */
export async function closeSessions(sessions: Session[], timeoutMs = 10_000): Promise<void> {
  const closing = sessions
    .filter((s) => s.socket && s.socket.readyState === WebSocket.OPEN)
    .map((s) => new Promise<void>((r) => {
      s.socket!.once('close', () => r());
      s.socket!.close(1000);
    }));
  await Promise.race([Promise.all(closing), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  for (const s of sessions) s.socket?.terminate();
}
