/**
 * @module logger
 * JSON-lines logger with levels. Never pass secrets (passwords, API keys, tokens) in `fields`:
 * the keys listed in REDACT are masked anyway as a last line of defence.
 */
import type { LogLevel } from './config.ts';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const REDACT = new Set(['password', 'api_key', 'apiKey', 'token', 'access_token', 'authorization', 'secret']);

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

function clean(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (REDACT.has(k)) out[k] = '[redacted]';
    else if (v instanceof Error) out[k] = { message: v.message, stack: v.stack };
    else out[k] = v;
  }
  return out;
}

export function createLogger(level: LogLevel, bindings: Record<string, unknown> = {}): Logger {
  const min = ORDER[level];
  const write = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < min) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...bindings, ...(fields ? clean(fields) : {}) });
    (lvl === 'error' || lvl === 'warn' ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (b) => createLogger(level, { ...bindings, ...b }),
  };
}

export const silentLogger: Logger = createLogger('silent');
