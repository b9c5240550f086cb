/**
 * @module safe-filename
 * The one rule for a filename the service stores and echoes back (GET /v1/requests/{id}
 * `filename`, logs), whether it came from a multipart upload, a Content-Disposition header, a
 * URL path or an S3 key.
 *
 * Decision (issue #13): characters that can hide or forge what a person reads are **stripped**,
 * not refused, because the document itself is fine and refusing it would lose a good upload:
 * - C0 controls U+0000-U+001F (NUL, LF, ...), DEL U+007F and C1 controls U+0080-U+009F;
 * - bidirectional formatting characters: ALM U+061C, LRM/RLM U+200E-U+200F, the embeddings
 *   and overrides U+202A-U+202E (`invoice\u202Efdp.exe` would read as `invoiceexe.pdf`) and the
 *   isolates U+2066-U+2069 (Unicode TR #9, "Explicit Directional Formatting Characters");
 * - the directory part (anything up to the last `/` or `\`) and double quotes.
 * The rest is cut to `maxChars` UTF-16 code units without splitting a surrogate pair, keeping
 * its extension (the stem is cut); a name that ends up empty, `.` or `..` gives ''. Never throws.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g;

/** Longest filename kept, in UTF-16 code units. */
export const MAX_FILENAME_CHARS = 200;

/** `name` reduced to a bare name that is safe to store, log and show; '' when nothing is left. */
export function safeFilename(name: string | undefined | null, maxChars = MAX_FILENAME_CHARS): string {
  const base = (name ?? '').split(/[/\\]/).filter(Boolean).pop() ?? '';
  const safe = base.replace(UNSAFE, '').trim();
  if (!safe || safe === '.' || safe === '..') return '';
  if (safe.length <= maxChars) return safe;
  // a long name keeps its extension (".pdf": what the name says the file is), the stem is cut
  const ext = /\.[\p{L}\d]{1,10}$/u.exec(safe)?.[0] ?? '';
  let cut = safe.slice(0, maxChars - ext.length);
  // Do not leave half of a surrogate pair at the end.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + ext;
}
