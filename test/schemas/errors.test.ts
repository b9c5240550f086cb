import t from 'tap';
import { AppError, MAX_ERROR_MESSAGE_CHARS, MAX_QUOTED_CHARS, quoteInput } from '../../schemas/errors.ts';

t.test('quoteInput keeps short input and cuts long input to 200 code points with an ellipsis', async (t) => {
  t.equal(quoteInput('example.com'), 'example.com');
  t.equal(quoteInput(42), '42');
  const huge = 'a'.repeat(10 * 1024 * 1024) + '.example';
  const q = quoteInput(huge);
  t.equal(Array.from(q).length, MAX_QUOTED_CHARS);
  t.ok(q.endsWith('\u2026'));
  t.equal(quoteInput('x'.repeat(200)), 'x'.repeat(200), 'exactly at the limit is not cut');
  t.equal(Array.from(quoteInput('€'.repeat(300))).length, 200, 'counts code points, not bytes');
  t.equal(quoteInput('😀'.repeat(300)).slice(-2, -1).length, 1, 'never splits a surrogate pair');
  t.equal(quoteInput('a\r\nX-Injected: 1\u0000'), 'aX-Injected: 1', 'control characters are dropped');
  t.equal(Array.from(quoteInput('b'.repeat(50), 10)).length, 10, 'the limit can be chosen');
});

t.test('AppError never carries a message longer than the cap', async (t) => {
  const e = new AppError('FETCH_FAILED', `could not resolve ${'h'.repeat(5_000_000)}`);
  t.equal(Array.from(e.message).length, MAX_ERROR_MESSAGE_CHARS);
  t.ok(e.message.endsWith('\u2026'));
  t.equal(new AppError('BAD_REQUEST', 'short').message, 'short');
});
