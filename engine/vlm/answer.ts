/**
 * @module vlm/answer
 * Turns a chat answer into a validated value: finds the JSON (invalid_json when there is
 * none, noting a cut-off answer) and validates it (schema when the shape is wrong).
 */
import { ResultShapeError } from '../../schemas/result-schemas.ts';
import type { ChatAnswer } from './chat-client.ts';
import { jsonFromAnswer } from './json-answer.ts';
import { VlmError } from './vlm-error.ts';

export function readAnswer<T>(answer: ChatAnswer, validate: (value: unknown) => T): T {
  let json: unknown;
  try {
    json = jsonFromAnswer(answer.content);
  } catch (e) {
    if (e instanceof VlmError && answer.finishReason === 'length') {
      throw new VlmError('invalid_json', `the model's answer was cut off at the token limit: ${e.message}`, { cause: e });
    }
    throw e;
  }
  try {
    return validate(json);
  } catch (e) {
    if (e instanceof ResultShapeError) throw new VlmError('schema', e.message, { cause: e });
    throw new VlmError('schema', `the model's answer could not be validated: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
