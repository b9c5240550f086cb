/**
 * @module cli-watch
 * `docextract watch ID...`: opens /v1/ws/status with the API key, subscribes to each request
 * and prints every message the server pushes (ack, snapshot, update, heartbeat, error) as it
 * arrives, one per line: JSON with --json, else a short summary. It ends once every request
 * reached a terminal status (exit 0, or 1 if one failed), when the server refuses one
 * (exit 4 after the others end), or after --timeout seconds (exit 4).
 *
 * Failure: a refused upgrade (bad key) is 4; a server that cannot be reached is 3; a socket
 * closed by the server before the end is 4 with its close code and reason.
 */
import WebSocket from 'ws';
import { apiUrl, requireApiKey, type ClientSettings } from './client.ts';
import { CliError, EXIT } from './errors.ts';

export interface WatchOptions {
  ids: string[];
  json: boolean;
  timeoutS: number;
  /** Where each message goes (one line each); stdout by default. */
  out?: (line: string) => void;
}

/** One line for a person: `req_x update COMPLETED (v3)` or the error text. */
export function summarise(msg: Record<string, any>): string {
  if (msg.event) return `${msg.request_id} ${msg.event} ${msg.status}${msg.version !== undefined ? ` (v${msg.version})` : ''}${msg.error_message ? `: ${msg.error_message}` : ''}`;
  if (msg.action === 'error') return `${msg.request_id ?? '-'} error: ${msg.error}`;
  if (msg.action === 'ack') return `${msg.request_id} ${msg.message}`;
  return `${msg.action ?? 'message'} ${msg.message ?? ''}`.trim();
}

export async function watch(s: ClientSettings, opts: WatchOptions): Promise<number> {
  if (!opts.ids.length) throw new CliError('name at least one request id to watch', EXIT.USAGE);
  const key = requireApiKey(s);
  const out = opts.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const wsUrl = apiUrl(s.baseUrl, '/v1/ws/status').replace(/^http/, 'ws');
  const pending = new Set(opts.ids);
  let failed = false;
  let refused = false;

  return new Promise<number>((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { headers: { 'x-api-key': key } });
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new CliError(`still waiting for ${[...pending].join(', ')} after ${opts.timeoutS} s`, EXIT.REFUSED));
    }, opts.timeoutS * 1000);
    const finish = (code: number) => {
      clearTimeout(timer);
      ws.close(1000);
      resolve(code);
    };
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      reject(new CliError(`the service refused the WebSocket: ${res.statusCode} ${res.statusCode === 401 ? 'API key required or invalid' : res.statusMessage}`, EXIT.REFUSED));
      res.resume();
    });
    ws.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new CliError(`cannot reach ${s.baseUrl} (${e.code ?? e.message}); check --server or DOCEXTRACT_URL`, EXIT.UNREACHABLE));
    });
    ws.on('open', () => {
      for (const id of opts.ids) ws.send(JSON.stringify({ action: 'subscribe', request_id: id }));
    });
    ws.on('message', (data) => {
      let msg: Record<string, any>;
      try {
        msg = JSON.parse(String(data));
      } catch {
        return;
      }
      if (msg.action === 'connection') return;
      out(opts.json ? JSON.stringify(msg) : summarise(msg));
      if (msg.action === 'error' && msg.request_id && pending.delete(msg.request_id)) refused = true;
      if (msg.event && msg.is_terminal && pending.delete(msg.request_id)) failed ||= msg.status !== 'COMPLETED';
      if (!pending.size) finish(refused ? EXIT.REFUSED : failed ? EXIT.DOCUMENT_FAILED : EXIT.OK);
    });
    ws.on('close', (code, reason) => {
      if (!pending.size) return;
      clearTimeout(timer);
      reject(new CliError(`the service closed the WebSocket (${code}${reason.length ? ` ${reason}` : ''})`, EXIT.REFUSED));
    });
  });
}
