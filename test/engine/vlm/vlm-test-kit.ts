/**
 * What both vision-model test files need: the model name, tiny real images, a fake
 * chat-completion server closed with the test, and a way to assert which VlmError a call gives.
 */
import { startFakeChatCompletionServer } from '../../helpers/fake-chat-completion-server.ts';
import { VlmError } from '../../../engine/vlm/index.ts';

export const MODEL = 'Qwen/Qwen2.5-VL-7B-Instruct';
/** A real 1x1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export async function fake(t: { teardown(fn: () => unknown): void }) {
  const server = await startFakeChatCompletionServer();
  t.teardown(() => server.close());
  return server;
}

export async function vlmErrorOf(p: Promise<unknown>): Promise<VlmError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof VlmError) return e;
    throw new Error(`expected a VlmError, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  throw new Error('expected a VlmError, but the call succeeded');
}
