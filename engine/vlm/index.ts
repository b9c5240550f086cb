/**
 * @module vlm
 * The vision-model path of the engine: classify and extract page images with a hosted
 * model (Qwen2.5-VL or similar) behind any OpenAI-compatible chat-completion endpoint
 * (TGI, vLLM, an HF Inference Endpoint) or the Hugging Face router.
 *
 * Both calls throw a VlmError whose `kind` (transport | timeout | invalid_json | schema)
 * says why, so the engine can fall back to the offline path and record the reason.
 */
export { classifyWithVlm } from './classify-with-vlm.ts';
export { extractWithVlm } from './extract-with-vlm.ts';
export { VlmError } from './vlm-error.ts';
