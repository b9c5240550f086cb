/**
 * @module vlm/classify-with-vlm
 * Asks the vision model which kind of document the pages show.
 */
import type { DocType } from '../../schemas/document-types.ts';
import { parseClassificationAnswer } from '../../schemas/result-schemas.ts';
import { readAnswer } from './answer.ts';
import { askVlm, type VlmOptions } from './chat-client.ts';
import { CLASSIFY_SYSTEM, MAX_TOKENS, classifyUserPrompt } from './prompts.ts';

export interface VlmClassification {
  type: DocType;
  /** 0..1, as the model stated it. */
  confidence: number;
  /** The model's one-line reason (goes into the 422 message for `other`). */
  reason: string;
}

/** Throws VlmError (transport | timeout | invalid_json | schema) on any failure. */
export async function classifyWithVlm(pages: Buffer[], vlm: VlmOptions): Promise<VlmClassification> {
  const answer = await askVlm(
    { pages, system: CLASSIFY_SYSTEM, user: classifyUserPrompt(pages.length), maxTokens: MAX_TOKENS.classify },
    vlm,
  );
  const { type, confidence, reason } = readAnswer(answer, parseClassificationAnswer);
  return { type, confidence, reason };
}
