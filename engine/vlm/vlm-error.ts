/**
 * @module vlm/vlm-error
 * The one error the vision-model path throws. The engine catches it, falls back to the
 * offline engine and records `kind` and `message` as the reason; it is not an AppError
 * because it never reaches a client on its own.
 *   transport    the endpoint could not be reached or answered with an HTTP error or a
 *                broken chat-completion envelope (also: no endpoint and no token configured)
 *   timeout      no answer within `timeoutS`
 *   invalid_json the model's answer holds no parseable JSON (or was cut off at max_tokens)
 *   schema       the JSON does not have the shape of the expected answer
 */

export type VlmErrorKind = 'transport' | 'timeout' | 'invalid_json' | 'schema';

export class VlmError extends Error {
  readonly kind: VlmErrorKind;
  constructor(kind: VlmErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VlmError';
    this.kind = kind;
  }
}
