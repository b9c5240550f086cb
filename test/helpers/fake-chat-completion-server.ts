/**
 * @module fake-chat-completion-server
 * A stand-in for a hosted vision model: a node:http server on 127.0.0.1 (random port) that
 * speaks the OpenAI-compatible chat-completion protocol the way TGI and vLLM do. It is the
 * only fake allowed in tests (there is no model or network here); everything in front of it
 * (the @huggingface/inference client, our prompts, parsing, validation) runs for real.
 *
 * It answers POST on any path ending in `/chat/completions`. That covers `/v1/chat/completions`
 * (TGI, vLLM), which is what @huggingface/inference 4.x calls when given
 * `endpointUrl: server.url` or `server.url + '/v1'` (it appends `/v1/chat/completions`), and a
 * full `.../v1/chat/completions` URL, which it uses as is. Other paths get 404.
 *
 * Usage:
 *   const vlm = await startFakeChatCompletionServer();
 *   t.teardown(() => vlm.close());
 *   vlm.enqueue(replies.json({ type: 'receipt', confidence: 0.9, reason: 'till slip' }));
 *   await classifyWithVlm(pages, { endpointUrl: vlm.url, model: 'Qwen/Qwen2.5-VL-7B-Instruct', timeoutS: 5 });
 *   vlm.requests[0].body.temperature // 0
 *
 * Replies are taken from the queue in order; when it is empty, the `respond` function (if
 * given) decides, otherwise the server answers 500 "no scripted reply" so a test that forgot
 * to script a call fails loudly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does with one request. */
export type FakeReply =
  /** 200 chat.completion whose choices[0].message.content is `content`. */
  | { kind: 'content'; content: string; finishReason?: 'stop' | 'length' }
  /** An HTTP error, with a JSON body (OpenAI/vLLM style by default) or a text body. */
  | { kind: 'http-error'; status: number; body?: unknown; contentType?: string }
  /** 200 with Content-Type application/json but a body that is not JSON (a broken proxy). */
  | { kind: 'malformed-body'; body?: string }
  /** Accept the request and never answer (until the client gives up or the server closes). */
  | { kind: 'hang' };

/** Shorthands for the replies tests use most. */
export const replies = {
  /** The model answers with this text. */
  content: (content: string, finishReason: 'stop' | 'length' = 'stop'): FakeReply => ({ kind: 'content', content, finishReason }),
  /** The model answers with this value serialised as JSON. */
  json: (value: unknown): FakeReply => ({ kind: 'content', content: JSON.stringify(value) }),
  /** The model answers with prose that holds no JSON. */
  invalidJson: (text = 'Sorry, I cannot read this document clearly.'): FakeReply => ({ kind: 'content', content: text }),
  httpError: (status = 500, body?: unknown): FakeReply => ({ kind: 'http-error', status, body }),
  malformedBody: (body = '{"choices": [ {"mess'): FakeReply => ({ kind: 'malformed-body', body }),
  hang: (): FakeReply => ({ kind: 'hang' }),
};

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (undefined when it was not JSON; see `rawBody`). */
  body: ChatCompletionRequestBody | undefined;
  rawBody: string;
}

/** The parts of an OpenAI-compatible request body tests look at. */
export interface ChatCompletionRequestBody {
  model?: string;
  messages: Array<{
    role: string;
    content: string | Array<{ type: string; text?: string; image_url?: { url: string } }>;
  }>;
  temperature?: number;
  max_tokens?: number;
  [k: string]: unknown;
}

export interface FakeChatCompletionServer {
  /** Base URL, `http://127.0.0.1:<port>`; pass it as `endpointUrl`. */
  readonly url: string;
  /** The full chat-completion URL, `<url>/v1/chat/completions`. */
  readonly completionsUrl: string;
  /** Every request received, in order (including ones answered 404 or left hanging). */
  readonly requests: RecordedRequest[];
  /** Queue replies, taken one per request in order. */
  enqueue(...replies: FakeReply[]): void;
  /** Decide replies once the queue is empty (for pipeline tests that answer by prompt). */
  respond(fn: ((req: RecordedRequest) => FakeReply) | undefined): void;
  /** Image data URLs sent in request `i` (default: the last one). */
  imagesOf(i?: number): string[];
  /** Text parts (system and user) sent in request `i` (default: the last one). */
  textsOf(i?: number): string[];
  /** Close the server, dropping hanging connections. */
  close(): Promise<void>;
}

export interface FakeServerOptions {
  respond?: (req: RecordedRequest) => FakeReply;
}

export async function startFakeChatCompletionServer(options: FakeServerOptions = {}): Promise<FakeChatCompletionServer> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  let respond = options.respond;
  let counter = 0;

  const server = createServer((req, res) => {
    readBody(req).then(
      (rawBody) => {
        const recorded: RecordedRequest = {
          method: req.method ?? 'GET',
          path: (req.url ?? '/').split('?')[0],
          headers: { ...req.headers },
          body: tryJson(rawBody) as ChatCompletionRequestBody | undefined,
          rawBody,
        };
        requests.push(recorded);
        if (recorded.method !== 'POST' || !recorded.path.endsWith('/chat/completions')) {
          return sendJson(res, 404, { error: `no route for ${recorded.method} ${recorded.path}`, error_type: 'not_found' });
        }
        if (recorded.body === undefined) {
          return sendJson(res, 400, { object: 'error', message: 'request body is not JSON', type: 'BadRequestError', code: 400 });
        }
        const reply = queue.shift() ?? respond?.(recorded) ?? {
          kind: 'http-error',
          status: 500,
          body: { object: 'error', message: 'fake server: no scripted reply for this request', type: 'InternalServerError', code: 500 },
        };
        answer(res, reply, recorded, ++counter);
      },
      () => res.destroy(),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const pick = (i?: number) => {
    const r = requests.filter((x) => x.body)[i ?? requests.filter((x) => x.body).length - 1];
    if (!r?.body) throw new Error(`fake server: no chat-completion request #${i ?? 'last'}`);
    return r.body.messages.flatMap((m) => (typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content));
  };

  return {
    url,
    completionsUrl: `${url}/v1/chat/completions`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    respond: (fn) => void (respond = fn),
    imagesOf: (i) => pick(i).flatMap((p) => (p.type === 'image_url' && p.image_url ? [p.image_url.url] : [])),
    textsOf: (i) => pick(i).flatMap((p) => (p.type === 'text' && typeof p.text === 'string' ? [p.text] : [])),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function answer(res: ServerResponse, reply: FakeReply, req: RecordedRequest, n: number): void {
  switch (reply.kind) {
    case 'hang':
      return; // keep the socket open; close() or the client's abort ends it
    case 'malformed-body':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(reply.body ?? '{"choices": [ {"mess');
      return;
    case 'http-error': {
      const body = reply.body ?? { object: 'error', message: `fake server error ${reply.status}`, type: 'InternalServerError', code: reply.status };
      if (typeof body === 'string') {
        res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'text/plain; charset=utf-8' });
        res.end(body);
      } else {
        sendJson(res, reply.status, body);
      }
      return;
    }
    case 'content': {
      const promptTokens = Math.ceil(req.rawBody.length / 4);
      const completionTokens = Math.ceil(reply.content.length / 4);
      sendJson(res, 200, {
        object: 'chat.completion',
        id: `chatcmpl-fake-${n}`,
        created: Math.floor(Date.now() / 1000),
        model: req.body?.model ?? 'fake-model',
        system_fingerprint: 'fake-chat-completion-server',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: reply.content },
            logprobs: null,
            finish_reason: reply.finishReason ?? 'stop',
          },
        ],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      });
      return;
    }
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
