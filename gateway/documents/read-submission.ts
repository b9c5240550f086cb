/**
 * @module read-submission
 * Turns the body of POST /v1/documents/process-async into one document and its options:
 * multipart (`file`, `document_type`, `wait`) or JSON (`s3_url` | `url` | `public_url`,
 * `wait`, `document_type`). `?wait=` in the query string wins over the body. The file type is
 * detected from the bytes, never from the name.
 *
 * Fails with the reference's 400s (`Content-Type must be multipart/form-data`, `file is
 * required`), 415 for bytes that are no PDF/JPEG/PNG/TIFF/WebP or e-invoice XML (UBL Invoice or
 * CreditNote, CII CrossIndustryInvoice; any other XML is a 415 too), and whatever the URL fetcher
 * refuses (not allowed, too large, unreachable).
 */
import { appError } from '../../schemas/errors.ts';
import type { DocumentMime } from '../../schemas/document-types.ts';
import { sniffMime } from '../../engine/index.ts';
import { parseMultipart } from '../http/multipart.ts';
import { tooLarge } from '../http/read-body.ts';
import { safeFilename } from '../http/safe-filename.ts';
import { decodeBody, hasNul, mediaType } from '../http/codec.ts';
import { fetchDocument } from '../fetch/fetch-document.ts';
import type { RequestContext } from '../http/route.ts';
import type { PipelineDeps } from './pipeline-deps.ts';

export interface Submission {
  /** performance.now() (ms) when the submission arrived, before a URL's document was fetched and before classification. */
  arrivedAt: number;
  bytes: Buffer;
  mime: DocumentMime;
  filename: string;
  wait: boolean;
  typeHint: string | null;
}


export function parseWait(value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw appError('WAIT_NOT_BOOLEAN');
}

/** The stored name: see safe-filename (controls and bidi formatting characters stripped). */
function cleanFilename(name: string | undefined, fallback: string): string {
  return safeFilename(name) || fallback;
}

function optionalText(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : null;
}

export async function readSubmission(ctx: RequestContext, deps: PipelineDeps): Promise<Submission> {
  const arrivedAt = performance.now();
  const type = mediaType(ctx.contentType);
  // wait=true&wait=false would have the first silently win: a repeated wait is refused, as a
  // repeated parameter is on GET /v1/requests
  if (ctx.query.getAll('wait').length > 1) throw appError('PARAMETER_REPEATED', { name: 'wait' });
  const queryWait = parseWait(ctx.query.get('wait'));
  let bytes: Buffer;
  let filename: string;
  let bodyWait: boolean | undefined;
  let typeHint: string | null;

  if (type === 'multipart/form-data') {
    // The header as sent: a multipart boundary is case-sensitive (ctx.contentType is lower-cased).
    const form = await parseMultipart(ctx.body, ctx.headers['content-type'] ?? ctx.contentType);
    // a "file" part without a filename (curl -F file=<path, an empty or undecodable filename) is
    // a text field to the parser: its bytes are decoded as text, so say how to send it instead
    if ('file' in form.fields && !form.files.some((f) => f.field === 'file')) throw appError('FILE_WITHOUT_FILENAME');
    if (Object.entries(form.fields).some(([k, v]) => hasNul(k) || (typeof v === 'string' && hasNul(v)))) throw appError('NUL_CHARACTER', { where: 'A form field' });
    const parts = form.files.filter((f) => f.field === 'file');
    // two documents under one request would lose one silently: refuse the request instead
    if (parts.length > 1) throw appError('FILE_PARTS_SEVERAL', { count: parts.length });
    const file = parts[0];
    if (!file) throw appError('FILE_REQUIRED');
    if (file.bytes.length === 0) throw appError('FILE_EMPTY');
    // the body limit leaves room for the multipart framing: the file itself is held to MAX_UPLOAD_MB
    if (file.bytes.length > deps.config.maxUploadBytes) throw tooLarge(deps.config.maxUploadBytes, 'document');
    bytes = file.bytes;
    filename = cleanFilename(file.filename, 'document');
    bodyWait = parseWait(form.fields['wait']);
    typeHint = optionalText(form.fields['document_type']);
  } else if (type === 'application/json') {
    const body = decodeBody(ctx.body, ctx.contentType);
    const s3Url = optionalUrl(body['s3_url']);
    const url = optionalUrl(body['url']) ?? optionalUrl(body['public_url']);
    if (!s3Url && !url) throw appError('FILE_OR_URL_REQUIRED');
    const fetched = await fetchDocument(
      s3Url ? { kind: 's3', url: s3Url } : { kind: 'url', url: url! },
      { config: deps.config, s3Reader: deps.s3Reader },
    );
    bytes = fetched.bytes;
    filename = cleanFilename(fetched.filename, 'document');
    bodyWait = parseWait(body['wait']);
    typeHint = optionalText(body['document_type']);
  } else {
    throw appError('MULTIPART_REQUIRED');
  }

  const mime = sniffMime(bytes);
  if (!mime) throw appError('UNSUPPORTED_FILE');
  return { arrivedAt, bytes, mime, filename, wait: queryWait ?? bodyWait ?? false, typeHint };
}

function optionalUrl(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') throw appError('URL_FIELDS_NOT_STRINGS');
  return v.trim();
}
