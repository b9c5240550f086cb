/**
 * @module cli-client
 * The CLI's HTTP client for the service: JSON both ways (`Accept: application/json`), the API
 * key as X-API-Key, the bearer token as Authorization, and every failure turned into a
 * CliError: an unreachable service exits 3, an error status exits 4 with the service's own
 * `error` message and the status.
 */
import { CliError, EXIT } from './errors.ts';

export interface ClientSettings {
  /** Base URL of the service, without a trailing slash. */
  baseUrl: string;
  apiKey?: string;
  token?: string;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
}

export interface ApiReply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Resolves a path against the base URL, keeping a base path prefix (`http://h/api` + `/v1/x`). */
export function apiUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

export function requireApiKey(s: ClientSettings): string {
  if (!s.apiKey) throw new CliError('no API key: pass --api-key or set DOCEXTRACT_API_KEY (docextract register prints one)', EXIT.USAGE);
  return s.apiKey;
}

/**
 * Sends one request and decodes the JSON reply. Statuses in `accept` (default: any 2xx) are
 * returned; any other status throws CliError(REFUSED) with the service's message.
 */
export async function request<T = any>(
  s: ClientSettings,
  method: string,
  path: string,
  opts: { json?: unknown; form?: FormData; auth?: 'api_key' | 'jwt'; accept?: number[] } = {},
): Promise<ApiReply<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.auth === 'api_key') headers['x-api-key'] = requireApiKey(s);
  if (opts.auth === 'jwt') {
    if (!s.token) throw new CliError('no access token: pass --token or set DOCEXTRACT_TOKEN (docextract login prints one)', EXIT.USAGE);
    headers['authorization'] = `Bearer ${s.token}`;
  }
  let body: string | FormData | undefined;
  if (opts.form) body = opts.form;
  else if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['content-type'] = 'application/json';
  }
  const url = apiUrl(s.baseUrl, path);
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(s.timeoutMs) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (e as Error).message;
    throw new CliError(`cannot reach ${s.baseUrl} (${why}); check --server or DOCEXTRACT_URL`, EXIT.UNREACHABLE);
  }
  const text = await res.text();
  let parsed: any;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  const ok = opts.accept ? opts.accept.includes(res.status) : res.status >= 200 && res.status < 300;
  if (!ok) {
    const message = parsed && typeof parsed === 'object' && 'error' in parsed ? String(parsed.error) : text.slice(0, 200) || res.statusText;
    throw new CliError(`${method} ${path} failed: ${res.status} ${message}`, EXIT.REFUSED);
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}
