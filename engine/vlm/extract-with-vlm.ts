/**
 * @module vlm/extract-with-vlm
 * Asks the vision model for the fields of a document of a known type, and returns them in
 * exactly the `formatted_result` shape of that type (amounts as numbers, absent fields null; a
 * statement row's other side 0, see ../extract/movement-sides.ts).
 */
import type { ProcessableType } from '../../schemas/document-types.ts';
import { parseFormattedResult } from '../../schemas/result-schemas.ts';
import type { BankStatementResult, FormattedResult, InvoiceResult, ReceiptResult } from '../../schemas/results.ts';
import { readAnswer } from './answer.ts';
import { zeroOtherSide } from '../extract/movement-sides.ts';
import { askVlm, type VlmOptions } from './chat-client.ts';
import { EXTRACT_SYSTEM, MAX_TOKENS, extractUserPrompt } from './prompts.ts';

/** Throws VlmError (transport | timeout | invalid_json | schema) on any failure. */
export async function extractWithVlm(pages: Buffer[], type: 'receipt', vlm: VlmOptions): Promise<ReceiptResult>;
export async function extractWithVlm(pages: Buffer[], type: 'invoice', vlm: VlmOptions): Promise<InvoiceResult>;
export async function extractWithVlm(pages: Buffer[], type: 'bank_statement', vlm: VlmOptions): Promise<BankStatementResult>;
export async function extractWithVlm(pages: Buffer[], type: ProcessableType, vlm: VlmOptions): Promise<FormattedResult>;
export async function extractWithVlm(pages: Buffer[], type: ProcessableType, vlm: VlmOptions): Promise<FormattedResult> {
  const answer = await askVlm(
    { pages, system: EXTRACT_SYSTEM, user: extractUserPrompt(type, pages.length), maxTokens: MAX_TOKENS.extract },
    vlm,
  );
  const result = readAnswer(answer, (json) => parseFormattedResult(type, json));
  if (type !== 'bank_statement') return result;
  const st = result as BankStatementResult;
  return { ...st, tableItems: st.tableItems.map(zeroOtherSide) };
}
