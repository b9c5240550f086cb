/**
 * @module vlm/answer
 * Turns a chat answer into a validated value: finds the JSON (invalid_json when there is
 * none, noting a cut-off answer) and validates it (schema when the shape is wrong).
 */
import { ResultShapeError } from '../../schemas/result-schemas.ts';
import type { ChatAnswer } from './chat-client.ts';
import { jsonFromAnswer } from './json-answer.ts';
import { VlmError } from './vlm-error.ts';
import { internalMessage, reasonOf } from '../../schemas/errors.ts';

export function readAnswer<T>(answer: ChatAnswer, validate: (value: unknown) => T): T {
  let json: unknown;
  try {
    json = jsonFromAnswer(answer.content);
  } catch (e) {
    if (e instanceof VlmError && answer.finishReason === 'length') {
      throw new VlmError('invalid_json', internalMessage('VLM_ANSWER_CUT_OFF', { reason: e.message }), { cause: e });
    }
    throw e;
  }
  try {
    return validate(json);
  } catch (e) {
    if (e instanceof ResultShapeError) throw new VlmError('schema', e.message, { cause: e });
    throw new VlmError('schema', internalMessage('VLM_ANSWER_INVALID', { reason: reasonOf(e) }), { cause: e });
  }
}
