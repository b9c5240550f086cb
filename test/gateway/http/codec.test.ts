/**
 * @module test/gateway/http/codec
 * Replies are TOON unless the client's Accept names application/json with a weight above 0.
 */
import t from 'tap';
import { acceptsJson } from '../../../gateway/http/codec.ts';

t.test('JSON when Accept names application/json, unless its weight is 0', async (t) => {
  t.equal(acceptsJson('application/json'), true);
  t.equal(acceptsJson('Application/JSON; charset=utf-8'), true);
  t.equal(acceptsJson('text/plain, application/json;q=0.5'), true);
  t.equal(acceptsJson('application/json;q=0, text/plain'), false, 'q=0: not acceptable');
  t.equal(acceptsJson('application/json; q=0.0'), false);
  t.equal(acceptsJson('*/*'), false, 'a wildcard keeps the default, TOON');
  t.equal(acceptsJson(undefined), false);
  t.equal(acceptsJson('application/jsonx'), false);
});
