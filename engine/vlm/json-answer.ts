/**
 * @module vlm/json-answer
 * Finds the JSON value in a model's answer. Models asked for "JSON only" still wrap it in
 * ```json fences or put a sentence before or after it; this accepts, in order: the whole
 * answer, the first fenced block that parses, the first balanced {...} or [...] that parses
 * (allowing trailing commas, a common slip). Nothing else is repaired.
 */
import { VlmError } from './vlm-error.ts';
import { internalMessage } from '../../schemas/errors.ts';

export function jsonFromAnswer(answer: string): unknown {
  const text = answer.replace(/^\uFEFF/, '').trim();
  if (text === '') throw new VlmError('invalid_json', internalMessage('VLM_ANSWER_EMPTY'));

  const direct = tryParse(text);
  if (direct.ok) return direct.value;

  for (const m of text.matchAll(/```[a-zA-Z0-9_-]*[ \t]*\r?\n?([\s\S]*?)```/g)) {
    const fenced = tryParse(m[1].trim());
    if (fenced.ok) return fenced.value;
  }

  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{' && text[i] !== '[') continue;
    const end = matchingClose(text, i);
    if (end < 0) continue;
    const candidate = text.slice(i, end + 1);
    const slice = tryParse(candidate);
    if (slice.ok) return slice.value;
    const repaired = tryParse(withoutTrailingCommas(candidate));
    if (repaired.ok) return repaired.value;
  }

  throw new VlmError('invalid_json', internalMessage('VLM_ANSWER_NOT_JSON', { preview: preview(text) }));
}

type Parsed = { ok: true; value: unknown } | { ok: false };

function tryParse(s: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch {
    return { ok: false };
  }
}

/** `{"a": 1,}` -> `{"a": 1}`, leaving string contents alone. */
function withoutTrailingCommas(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      out += c;
      if (c === '\\') out += json[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === ',' && /^\s*[}\]]/.test(json.slice(i + 1))) continue;
    out += c;
  }
  return out;
}

/** Index of the bracket closing the one at `start`, skipping strings; -1 when unbalanced. */
function matchingClose(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') stack.push('}');
    else if (c === '[') stack.push(']');
    else if (c === '}' || c === ']') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

export function preview(text: string, max = 160): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max)}...` : oneLine);
}
