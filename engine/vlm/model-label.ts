/**
 * @module engine/vlm/model-label
 * The short name of a vision model, as classification reasons quote it.
 */

/** "Qwen/Qwen2.5-VL-7B-Instruct" -> "Qwen2.5-VL". */
export function modelLabel(model: string): string {
  const base = model.split('/').pop() ?? model;
  return base.replace(/-\d+(\.\d+)?[BbMm]\b.*$/, '').replace(/-(instruct|chat|awq|gguf).*$/i, '') || base;
}
