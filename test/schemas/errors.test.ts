/**
 * The error catalog: a catalogued message carries its code's status and its template with the
 * values filled in; client input quoted into a message is cut and cleaned.
 */
import t from 'tap';
import { AppError, ERROR_CATALOG, MESSAGES, appError, formatMessage, isAppError, quoteInput } from '../../schemas/errors.ts';

t.test('appError: the code and status from the catalog, the text from the template', async (t) => {
  const e = appError('IMAGE_TOO_LARGE', { width: 8000, height: 6000, pixels: 48_000_000, max: 40_000_000 });
  t.ok(isAppError(e) && e instanceof AppError);
  t.equal(e.code, 'DOCUMENT_TOO_COMPLEX');
  t.equal(e.status, 413);
  t.equal(e.message, 'the image is 8000x6000 = 48000000 pixels; the limit is 40000000 pixels');
  t.equal(e.messageName, 'IMAGE_TOO_LARGE');
  const plain = appError('PDF_NO_PAGES');
  t.match(plain, { code: 'UNREADABLE_DOCUMENT', status: 422, message: 'the PDF has no pages' });
  const cause = new Error('ECONNREFUSED');
  const withExtra = appError('RABBITMQ_UNREACHABLE', undefined, { headers: { 'Retry-After': '5' }, cause });
  t.same(withExtra.headers, { 'Retry-After': '5' });
  t.equal(withExtra.cause, cause);
});

t.test('every catalogued message names a catalogued code and fills every placeholder it has', async (t) => {
  for (const [name, [code, template]] of Object.entries(MESSAGES)) {
    t.ok(code in ERROR_CATALOG, `${name}: ${code}`);
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const text = formatMessage(name as keyof typeof MESSAGES, Object.fromEntries(names.map((n) => [n, `<${n}>`])));
    t.notMatch(text, /\{\w+\}/, `${name}: no placeholder left`);
    for (const n of names) t.match(text, `<${n}>`, `${name}: {${n}} filled`);
  }
});

t.test('quoteInput: control characters out, long input cut with an ellipsis', async (t) => {
  t.equal(quoteInput('a\u0000b\nc'), 'abc');
  t.equal(quoteInput('x'.repeat(500)).length, 200);
  t.ok(quoteInput('x'.repeat(500)).endsWith('\u2026'));
});
