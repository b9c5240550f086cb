/**
 * @module sql-values
 * Small conversions shared by the repositories: JSON parameters that keep SQL NULL distinct from
 * a JSON `null`, and the uuid shape check that lets lookups by a malformed id answer "not found"
 * instead of failing with PostgreSQL's invalid-input error (22P02). Pure functions; they never throw.
 */
import type postgres from 'postgres';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** `undefined`/`null` become SQL NULL; anything else is sent as jsonb. */
export function jsonOrNull(sql: postgres.Sql, value: unknown): postgres.Parameter | null {
  if (value === undefined || value === null) return null;
  return sql.json(withoutNul(value) as postgres.JSONValue);
}

/**
 * `value` with every NUL (U+0000) in its strings and keys replaced by U+FFFD, Unicode's
 * replacement character: PostgreSQL's jsonb refuses `\u0000` ("unsupported Unicode escape
 * sequence", PostgreSQL docs 8.14 JSON Types: it "cannot be represented in PostgreSQL's text
 * type"), so a document reading or result holding one would fail its row's insert. Pure; returns
 * `value` itself when it holds no NUL.
 */
export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replace(/\u0000/g, '\uFFFD') : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k) as string, withoutNul(v)]));
  }
  return value;
}

/** postgres returns int8/numeric as strings; our integer columns are int4, but stay defensive. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
