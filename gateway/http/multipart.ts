/**
 * @module multipart
 * Parses an already-read (size-bounded) multipart/form-data body with busboy into text fields
 * and files held in memory.
 *
 * `contentType` must be the header value as sent: the boundary is case-sensitive (RFC 2046
 * 5.1.1), and browsers send mixed-case ones (`----WebKitFormBoundaryQ7mZt3RkX9pLwA2e`), so a
 * lower-cased value makes every browser upload unparsable. Filenames in the part headers are
 * read as UTF-8 (what curl and browsers send raw; busboy's default is latin1, which turns
 * `reçu` into `reÃ§u`); RFC 5987 `filename*` keeps its own declared charset.
 *
 * Failure: UNSUPPORTED_CONTENT_TYPE 'Content-Type must be multipart/form-data' for any other
 * media type; BAD_REQUEST naming the boundary parameter when it is missing; INVALID_BODY 'Malformed multipart body' for bytes busboy
 * cannot parse (truncated, wrong boundary) and for too many parts or an over-long field.
 */
import busboy from 'busboy';
import { AppError, appError, quoteInput } from '../../schemas/errors.ts';
import { mediaType } from './codec.ts';

export interface MultipartFile {
  field: string;
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: MultipartFile[];
}

const LIMITS = { fields: 50, files: 10, parts: 60, fieldSize: 64 * 1024, fieldNameSize: 200 };

export function parseMultipart(body: Buffer, contentType: string): Promise<MultipartBody> {
  if (mediaType(contentType) !== 'multipart/form-data') {
    return Promise.reject(appError('MULTIPART_REQUIRED'));
  }
  let bb: busboy.Busboy;
  try {
    bb = busboy({ headers: { 'content-type': contentType }, limits: LIMITS, defParamCharset: 'utf8' });
  } catch {
    // busboy refuses a multipart/form-data type only for its missing boundary
    return Promise.reject(appError('MULTIPART_NO_BOUNDARY'));
  }

  return new Promise<MultipartBody>((resolve, reject) => {
    const fields: Record<string, string> = Object.create(null);
    const files: MultipartFile[] = [];
    let failed = false;
    const fail = (why: AppError) => {
      if (failed) return;
      failed = true;
      reject(why);
    };

    bb.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) return fail(appError('MULTIPART_FIELD_TOO_LONG', { name: quoteInput(name) }));
      if (!(name in fields)) fields[name] = value;
    });
    bb.on('file', (field, stream, info) => {
      const parts: Buffer[] = [];
      stream.on('data', (d: Buffer) => parts.push(d));
      stream.on('error', () => fail(appError('MULTIPART_MALFORMED')));
      stream.on('end', () => {
        files.push({
          field,
          filename: info.filename ?? '',
          mimeType: (info.mimeType ?? 'application/octet-stream').toLowerCase(),
          bytes: Buffer.concat(parts),
        });
      });
    });
    bb.on('partsLimit', () => fail(appError('MULTIPART_TOO_MANY_PARTS')));
    bb.on('filesLimit', () => fail(appError('MULTIPART_TOO_MANY_FILES')));
    bb.on('fieldsLimit', () => fail(appError('MULTIPART_TOO_MANY_FIELDS')));
    bb.on('error', () => fail(appError('MULTIPART_MALFORMED')));
    bb.on('close', () => {
      if (!failed) resolve({ fields: { ...fields }, files });
    });
    bb.end(body);
  });
}
