/**
 * classifyWithVlm against a local server speaking the chat-completion protocol: what it
 * sends, how it reads answers, and which VlmError kind each failure becomes.
 */
import t from 'tap';
import { createServer } from 'node:net';
import { classifyWithVlm, VlmError } from '../../../engine/vlm/index.ts';
import { replies } from '../../helpers/fake-chat-completion-server.ts';
import { MODEL, PNG, fake, vlmErrorOf } from './vlm-test-kit.ts';

/** JPEG magic bytes followed by filler: enough for the media type to be read. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(16)]);

t.test('a valid classification answer is returned as type, confidence and reason', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.json({ type: 'receipt', confidence: 0.93, reason: 'A till slip from a pub with a total.' }));
  const result = await classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 });
  t.same(result, { type: 'receipt', confidence: 0.93, reason: 'A till slip from a pub with a total.' });
});

t.test('the request carries the model, the page as a data URL, temperature 0 and a bounded max_tokens', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.json({ type: 'invoice', confidence: 0.8, reason: 'An invoice.' }));
  await classifyWithVlm([PNG, JPEG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 });

  t.equal(server.requests.length, 1);
  const req = server.requests[0];
  t.equal(req.method, 'POST');
  t.equal(req.path, '/v1/chat/completions', 'the library appends the OpenAI-compatible route to a bare endpoint URL');
  t.equal(req.headers['content-type'], 'application/json');
  t.equal(req.body?.model, MODEL);
  t.equal(req.body?.temperature, 0);
  t.type(req.body?.max_tokens, 'number');
  t.ok((req.body?.max_tokens ?? Infinity) <= 1024, 'classification needs only a short answer');
  t.same(server.imagesOf(), [
    `data:image/png;base64,${PNG.toString('base64')}`,
    `data:image/jpeg;base64,${JPEG.toString('base64')}`,
  ]);
  const texts = server.textsOf().join('\n');
  t.match(texts, /JSON/, 'the prompt asks for JSON');
  for (const type of ['receipt', 'invoice', 'bank_statement', 'other']) t.match(texts, type);
  t.match(texts, /2 images/, 'the prompt says how many pages it sees');
  t.notOk(req.headers.authorization, 'no token configured, no Authorization header');
});

t.test('an HF token is sent as a bearer token to the endpoint', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.json({ type: 'other', confidence: 0.7, reason: 'A landscape photo.' }));
  await classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, hfToken: 'hf_testtoken', timeoutS: 5 });
  t.equal(server.requests[0].headers.authorization, 'Bearer hf_testtoken');
});

t.test('endpoint URLs ending in /v1 or in /v1/chat/completions reach the same route', async (t) => {
  const server = await fake(t);
  const answer = replies.json({ type: 'receipt', confidence: 0.9, reason: 'A receipt.' });
  server.enqueue(answer, answer);
  await classifyWithVlm([PNG], { endpointUrl: `${server.url}/v1`, model: MODEL, timeoutS: 5 });
  await classifyWithVlm([PNG], { endpointUrl: server.completionsUrl, model: MODEL, timeoutS: 5 });
  t.same(server.requests.map((r) => r.path), ['/v1/chat/completions', '/v1/chat/completions']);
});

t.test('an answer wrapped in a ```json fence with prose around it is parsed', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.content(
    'Here is the classification:\n```json\n{"type": "bank_statement", "confidence": 0.88, "reason": "Lists transactions and balances."}\n```\nLet me know if you need more.',
  ));
  const result = await classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 });
  t.same(result, { type: 'bank_statement', confidence: 0.88, reason: 'Lists transactions and balances.' });
});

t.test('an answer with no JSON is a VlmError invalid_json', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.invalidJson('I think this is probably a receipt.'));
  const err = await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'invalid_json');
  t.match(err.message, /probably a receipt/, 'the message shows what the model said');
});

t.test('JSON of the wrong shape is a VlmError schema', async (t) => {
  const server = await fake(t);
  server.enqueue(
    replies.json({ type: 'banana', confidence: 0.9, reason: 'A fruit.' }),
    replies.json({ type: 'receipt', confidence: 7, reason: 'Out of range.' }),
    replies.json({ type: 'receipt', confidence: 0.9 }),
  );
  for (const missing of ['type', 'confidence', 'reason']) {
    const err = await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 }));
    t.equal(err.kind, 'schema', `bad ${missing}`);
    t.match(err.message, missing, `the message names ${missing}`);
  }
});

t.test('HTTP 500 from the endpoint is a VlmError transport', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.httpError(500));
  const err = await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'transport');
  t.match(err.message, /500/);
});

t.test('HTTP 503 is a VlmError transport after one request, not an endless retry', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.httpError(503, 'model is loading'));
  server.respond(() => replies.httpError(503, 'model is loading'));
  const err = await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'transport');
  t.equal(server.requests.length, 1);
});

t.test('a response body that is not a chat completion is a VlmError transport', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.malformedBody(), { kind: 'http-error', status: 200, body: { hello: 'world' } });
  t.equal((await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 }))).kind, 'transport');
  const err = await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'transport');
  t.match(err.message, /not a chat completion/);
});

t.test('an endpoint nobody listens on is a VlmError transport', async (t) => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
  const err = await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: `http://127.0.0.1:${port}`, model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'transport');
});

t.test('a hanging endpoint is a VlmError timeout after about timeoutS', async (t) => {
  const server = await fake(t);
  server.enqueue(replies.hang());
  const started = Date.now();
  const err = await vlmErrorOf(classifyWithVlm([PNG], { endpointUrl: server.url, model: MODEL, timeoutS: 0.5 }));
  const elapsed = Date.now() - started;
  t.equal(err.kind, 'timeout');
  t.ok(elapsed >= 450, `waited the timeout (${elapsed} ms)`);
  t.ok(elapsed < 2500, `gave up soon after it (${elapsed} ms)`);
  t.equal(server.requests.length, 1, 'the request did reach the server');
});

t.test('no endpoint URL and no token is a VlmError transport without any request', async (t) => {
  const err = await vlmErrorOf(classifyWithVlm([PNG], { model: MODEL, timeoutS: 5 }));
  t.equal(err.kind, 'transport');
  t.match(err.message, /endpoint|token/);
});
