/**
 * Finding the JSON in a model's answer.
 */
import t from 'tap';
import { jsonFromAnswer } from '../../../engine/vlm/json-answer.ts';
import { VlmError } from '../../../engine/vlm/vlm-error.ts';

t.test('plain JSON', async (t) => {
  t.same(jsonFromAnswer('  {"a": 1}\n'), { a: 1 });
  t.same(jsonFromAnswer('[1, 2]'), [1, 2]);
});

t.test('fenced JSON, with or without a language tag', async (t) => {
  t.same(jsonFromAnswer('```json\n{"a": 1}\n```'), { a: 1 });
  t.same(jsonFromAnswer('```\n{"a": 2}\n```'), { a: 2 });
  t.same(jsonFromAnswer('Result:\n```JSON\n{"a": 3}```\nDone.'), { a: 3 });
});

t.test('JSON after and before prose, with braces inside strings', async (t) => {
  t.same(jsonFromAnswer('Here you go: {"reason": "a } in text", "b": {"c": [1]}} Hope it helps {smile}'), {
    reason: 'a } in text',
    b: { c: [1] },
  });
  t.same(jsonFromAnswer('The "answer" is {"q": "say \\"hi\\" {"}.'), { q: 'say "hi" {' });
});

t.test('trailing commas are forgiven, nothing else is repaired', async (t) => {
  t.same(jsonFromAnswer('{"a": [1, 2,], "b": "x,]",}'), { a: [1, 2], b: 'x,]' });
  t.throws(() => jsonFromAnswer("{'a': 1}"), VlmError);
  t.throws(() => jsonFromAnswer('{"a": 1'), VlmError);
});

t.test('no JSON at all is invalid_json', async (t) => {
  for (const answer of ['', '   ', 'I cannot help with that.', '{not json}']) {
    try {
      jsonFromAnswer(answer);
      t.fail(`accepted ${JSON.stringify(answer)}`);
    } catch (e) {
      t.ok(e instanceof VlmError && e.kind === 'invalid_json', JSON.stringify(answer));
    }
  }
});
