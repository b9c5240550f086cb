/**
 * @module logger
 * Structured JSON-lines logging on pino. One line per record on stdout:
 * `{"level":"info","time":"<ISO 8601>","msg":"...",<bindings>,<fields>}`.
 *
 * - Levels: `LOG_LEVEL` = debug | info | warn | error | silent (silent writes nothing).
 * - Request id: code running inside `withLogContext({ requestId }, fn)` (the HTTP framework
 *   wraps every request in one) gets that id on every line it logs, through pino's `mixin`
 *   and AsyncLocalStorage, without passing it around.
 * - Secrets: never pass them in `fields`. As a last line of defence (1) the keys in
 *   REDACT_KEYS are masked at any depth up to two levels below the top by pino's `redact`,
 *   (2) top-level fields with those names are masked before pino sees them, and (3) string
 *   values and messages are scrubbed of anything shaped like an API key (`ak_...`), a JWT or
 *   an `Authorization: Bearer` credential.
 *
 * Failure: logging never throws; a field that cannot be serialised is written as pino does
 * (`"[Circular]"`), an Error value becomes `{ message, stack }`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from './config.ts';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** Field names whose values are never written, at any of the first three levels of a record. */
export const REDACT_KEYS = [
  'password',
  'api_key',
  'apiKey',
  'x-api-key',
  'token',
  'access_token',
  'authorization',
  'secret',
  'jwt_secret',
  'cookie',
] as const;

const REDACTED = '[redacted]';
const KEY_SET = new Set<string>(REDACT_KEYS);

/** Values shaped like credentials: API keys, JWTs (three base64url parts), Bearer credentials. */
const SECRET_SHAPES = [
  /\bak_[A-Za-z0-9_-]{8,}/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
  /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
];

/** Masks credential-shaped substrings of a string (see SECRET_SHAPES). */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const re of SECRET_SHAPES) out = out.replace(re, (_m, bearer?: string) => (typeof bearer === 'string' ? `${bearer} ${REDACTED}` : REDACTED));
  return out;
}

function cleanValue(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return scrubSecrets(v);
  if (v instanceof Error) return { message: scrubSecrets(v.message), stack: v.stack ? scrubSecrets(v.stack) : undefined };
  if (depth > 0 && v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = KEY_SET.has(k.toLowerCase()) || KEY_SET.has(k) ? REDACTED : cleanValue(inner, depth - 1);
    return out;
  }
  return v;
}

function clean(fields: Record<string, unknown>): Record<string, unknown> {
  return cleanValue(fields, 3) as Record<string, unknown>;
}

const context = new AsyncLocalStorage<Record<string, unknown>>();

/**
 * Runs fn with `bindings` (e.g. `{ requestId }`) added to every line logged inside it,
 * including in the promises and callbacks it starts.
 */
export function withLogContext<T>(bindings: Record<string, unknown>, fn: () => T): T {
  return context.run({ ...context.getStore(), ...bindings }, fn);
}

/** The bindings of the innermost withLogContext around the caller ({} outside any). */
export function logContext(): Record<string, unknown> {
  return context.getStore() ?? {};
}

function wrap(p: PinoLogger): Logger {
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (msg: string, fields?: Record<string, unknown>) => {
    if (!p.isLevelEnabled(level)) return;
    p[level](fields ? clean(fields) : {}, scrubSecrets(msg));
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (b) => wrap(p.child(clean(b))),
  };
}

/**
 * A logger at `level` with `bindings` on every line. `destination` defaults to stdout written
 * synchronously (no line is lost when the process exits right after logging); tests pass a
 * stream to read what was written.
 */
export function createLogger(level: LogLevel, bindings: Record<string, unknown> = {}, destination?: DestinationStream): Logger {
  const p = pino(
    {
      level,
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => context.getStore() ?? {},
      redact: {
        paths: REDACT_KEYS.flatMap((k) => {
          const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
          const dot = key.startsWith('[') ? '' : '.';
          return [key, `*${dot}${key}`, `*.*${dot}${key}`];
        }),
        censor: REDACTED,
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return wrap(Object.keys(bindings).length ? p.child(clean(bindings)) : p);
}

export const silentLogger: Logger = createLogger('silent');
