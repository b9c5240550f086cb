/**
 * @module codec
 * The wire formats. Replies are TOON (`@toon-format/toon`) with Content-Type text/plain unless
 * the caller's Accept includes application/json. Request bodies are TOON (text/plain, or no
 * Content-Type) or JSON (application/json), and must decode to an object.
 *
 * Failure: never throws anything but AppError 400s: INVALID_JSON 'Invalid JSON body',
 * INVALID_BODY for TOON that does not parse, bytes that are not UTF-8 or a non-object
 * document, UNSUPPORTED_CONTENT_TYPE for any other media type.
 */
import { decode, encode } from '@toon-format/toon';
import { AppError, appError, quoteInput } from '../../schemas/errors.ts';

export const TOON_CONTENT_TYPE = 'text/plain; charset=utf-8';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** True when an Accept header asks for JSON. */
export function acceptsJson(accept: string | undefined): boolean {
  if (typeof accept !== 'string') return false;
  // an entry naming application/json with a weight above 0 (RFC 9110 12.5.1: q=0 means "not acceptable")
  return accept.toLowerCase().split(',').some((entry) => {
    const [type, ...params] = entry.split(';').map((p) => p.trim());
    if (type !== 'application/json') return false;
    const q = params.find((p) => /^q\s*=/.test(p));
    return !q || Number(q.split('=')[1]) > 0;
  });
}

export function encodeReply(body: unknown, wantsJson: boolean): { text: string; contentType: string } {
  if (wantsJson) return { text: JSON.stringify(body ?? null), contentType: JSON_CONTENT_TYPE };
  return { text: encode(body ?? null), contentType: TOON_CONTENT_TYPE };
}

/** The media type without parameters, lower-case: 'application/json; charset=utf-8' -> 'application/json'. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function toText(buf: Buffer): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw appError('BODY_NOT_UTF8');
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `key:"value" other:"value"` on ONE line: how the reference's Postman panes show the same body
 * its curl examples send on separate lines. TOON itself rejects it, so it is accepted only when
 * the whole text is such quoted pairs.
 */
const ONE_LINE_PAIRS = /^\s*(?:[A-Za-z_][\w.-]*\s*:\s*"(?:[^"\\\n]|\\.)*"\s*)+$/;
const ONE_PAIR = /([A-Za-z_][\w.-]*)\s*:\s*("(?:[^"\\\n]|\\.)*")/g;

function decodeOneLinePairs(text: string): Record<string, unknown> | undefined {
  if (text.includes('\n') || !ONE_LINE_PAIRS.test(text)) return undefined;
  const lines = [...text.matchAll(ONE_PAIR)].map((m) => `${m[1]}: ${m[2]}`);
  try {
    const v = decode(lines.join('\n'));
    return isPlainObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function decodeToon(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = decode(text);
  } catch (e) {
    const lenient = decodeOneLinePairs(text.trim());
    if (lenient) return lenient;
    const why = e instanceof Error ? e.message : String(e);
    throw appError('TOON_INVALID', { reason: quoteInput(why) });
  }
  if (!isPlainObject(value)) {
    throw appError('TOON_NOT_OBJECT');
  }
  // "::::{[[[": the decoder reads a line that opens with a colon as a pair with an empty key; no
  // field of ours has an empty name, so it is garbage, not a body missing its fields
  if (Object.hasOwn(value, '')) throw appError('TOON_INVALID', { reason: quoteInput('a key is empty') });
  return value;
}

function decodeJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw appError('JSON_INVALID');
  }
  if (!isPlainObject(value)) throw appError('JSON_NOT_OBJECT');
  return value;
}

export function decodeBody(buf: Buffer, contentType: string): Record<string, unknown> {
  const type = mediaType(contentType);
  if (type === 'application/json' || type.endsWith('+json')) return withoutNul(decodeJson(toText(buf)));
  if (type === '' || type === 'text/plain' || type === 'text/toon' || type === 'application/toon') {
    return withoutNul(decodeToon(toText(buf)));
  }
  throw appError('BODY_TYPE_UNSUPPORTED');
}

/** Whether a text holds U+0000, which no field of ours may (PostgreSQL's text refuses it). */
export const hasNul = (s: string) => s.includes('\u0000');

/** `body` itself; AppError NUL_CHARACTER (400) when any key or string in it holds U+0000. */
function withoutNul<T>(body: T): T {
  const walk = (v: unknown): boolean =>
    typeof v === 'string' ? hasNul(v) : Array.isArray(v) ? v.some(walk) : v !== null && typeof v === 'object' ? Object.entries(v).some(([k, x]) => hasNul(k) || walk(x)) : false;
  if (walk(body)) throw appError('NUL_CHARACTER', { where: 'The request body' });
  return body;
}
