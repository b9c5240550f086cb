/**
 * @module vlm/chat-client
 * One chat-completion call to the vision model through @huggingface/inference.
 *
 * Where it goes:
 *   - `endpointUrl` set: that OpenAI-compatible server (TGI, vLLM, an HF Inference Endpoint).
 *     The library appends `/v1/chat/completions` unless the URL already ends in `/v1` or
 *     `/chat/completions`; `model` is sent in the body (vLLM checks it, TGI ignores it) and
 *     `hfToken`, when given, as a bearer token.
 *   - otherwise: the Hugging Face router (router.huggingface.co/v1/chat/completions), which
 *     needs `hfToken` (an `hf_...` token) and picks a provider for `model` (`model:provider`
 *     pins one).
 * The call sends the page images as `image_url` parts (data URLs), `temperature: 0`, a bounded
 * `max_tokens`, and aborts after `timeoutS`. The library's endless retry on 503 is turned off:
 * a busy model is a reason to fall back, not to wait. Every failure becomes a VlmError.
 */
import { InferenceClient, InferenceClientProviderApiError } from '@huggingface/inference';
import { z } from 'zod';
import type { EngineOptions } from '../types.ts';
import { imageDataUrl } from './image-data-url.ts';
import { VlmError } from './vlm-error.ts';
import { internalMessage } from '../../schemas/errors.ts';

export type VlmOptions = NonNullable<EngineOptions['vlm']>;

export interface ChatRequest {
  pages: Buffer[];
  system: string;
  /** Text that follows the images in the user message. */
  user: string;
  maxTokens: number;
}

export interface ChatAnswer {
  content: string;
  /** `length` means the answer was cut off at max_tokens. */
  finishReason: string | null;
}

/** The part of a chat.completion response we rely on. */
const completionEnvelope = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
});

export async function askVlm(req: ChatRequest, vlm: VlmOptions): Promise<ChatAnswer> {
  if (!vlm.endpointUrl && !vlm.hfToken) {
    throw new VlmError('transport', internalMessage('VLM_NO_ENDPOINT'));
  }
  if (req.pages.length === 0) throw new VlmError('transport', internalMessage('VLM_NO_PAGES'));
  if (!(vlm.timeoutS > 0)) throw new VlmError('transport', internalMessage('VLM_BAD_TIMEOUT', { seconds: vlm.timeoutS }));

  const client = new InferenceClient(vlm.hfToken);
  const signal = AbortSignal.timeout(Math.ceil(vlm.timeoutS * 1000));
  const where = vlm.endpointUrl ? `endpoint ${safeUrl(vlm.endpointUrl)}` : 'the Hugging Face router';

  let response: unknown;
  try {
    response = await client.chatCompletion(
      {
        model: vlm.model,
        ...(vlm.endpointUrl ? { endpointUrl: vlm.endpointUrl } : {}),
        messages: [
          { role: 'system', content: req.system },
          {
            role: 'user',
            content: [
              ...req.pages.map((page) => ({ type: 'image_url' as const, image_url: { url: imageDataUrl(page) } })),
              { type: 'text' as const, text: req.user },
            ],
          },
        ],
        temperature: 0,
        max_tokens: req.maxTokens,
        stream: false,
      },
      { signal, retry_on_error: false },
    );
  } catch (e) {
    if (signal.aborted) {
      throw new VlmError('timeout', internalMessage('VLM_TIMED_OUT', { where, seconds: vlm.timeoutS }), { cause: e });
    }
    if (e instanceof InferenceClientProviderApiError) {
      throw new VlmError('transport', internalMessage('VLM_HTTP_STATUS', { where, status: e.httpResponse.status, reason: e.message }), { cause: e });
    }
    if (e instanceof SyntaxError) {
      throw new VlmError('transport', internalMessage('VLM_BODY_NOT_JSON', { where }), { cause: e });
    }
    const detail = e instanceof Error ? `${e.message}${causeText(e)}` : String(e);
    throw new VlmError('transport', internalMessage('VLM_REQUEST_FAILED', { where, reason: detail }), { cause: e });
  }

  const envelope = completionEnvelope.safeParse(response);
  if (!envelope.success) {
    throw new VlmError('transport', internalMessage('VLM_NOT_A_COMPLETION', { where, reason: z.prettifyError(envelope.error) }));
  }
  const choice = envelope.data.choices[0];
  return { content: choice.message.content ?? '', finishReason: choice.finish_reason ?? null };
}

/** The endpoint for messages, without credentials or query (they end up in result_data). */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/** fetch() hides the socket error ("ECONNREFUSED") in `cause`. */
function causeText(e: Error): string {
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof Error) return ` (${cause.message})`;
  return '';
}
