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
  return sql.json(value as postgres.JSONValue);
}

/** postgres returns int8/numeric as strings; our integer columns are int4, but stay defensive. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
