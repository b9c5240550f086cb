/**
 * @module test/engine/parse/one-edit
 */
import t from 'tap';
import { oneEditApart } from '../../../engine/parse/one-edit.ts';

t.test('one changed, lost or added letter apart, never the same word or two slips', async (t) => {
  t.equal(oneEditApart('goardian', 'guardian'), true, 'changed');
  t.equal(oneEditApart('invoce', 'invoice'), true, 'lost');
  t.equal(oneEditApart('invoicee', 'invoice'), true, 'added');
  t.equal(oneEditApart('invoice', 'invoice'), false, 'the same');
  t.equal(oneEditApart('invoke', 'invoice'), false, 'two slips');
});
