/**
 * @module engine/read/word-confidence
 * One confidence scale for words whatever the recogniser: 0..1, higher = surer. tesseract.js
 * reports 0..100 per word (mean 0.75 on the training check receipts once divided by 100);
 * PP-OCR reports per-character softmax probabilities, whose mean per word is taken (mean 0.96
 * on the same receipts, and misread words still score ~0.8-0.9). Each engine's raw figure goes
 * through its curve below; both curves are the identity today (not yet calibrated against each
 * other: bench/RESULTS.md), so thresholds tuned on one engine's figures do not carry over to
 * the other's. Calibrating means fitting each curve so that a value means "the share of words
 * given it that are read exactly right".
 * Pure and total.
 */

type Curve = Array<[raw: number, calibrated: number]>;

function interpolate(curve: Curve, raw: number): number {
  if (!Number.isFinite(raw)) return 0;
  if (raw <= curve[0][0]) return curve[0][1];
  for (let i = 1; i < curve.length; i++) {
    const [x1, y1] = curve[i];
    if (raw <= x1) {
      const [x0, y0] = curve[i - 1];
      return Math.round((y0 + ((y1 - y0) * (raw - x0)) / (x1 - x0)) * 1000) / 1000;
    }
  }
  return curve[curve.length - 1][1];
}

/** tesseract's raw word confidence (0..100 as tesseract.js gives it) on the shared scale. */
export const TESSERACT_CURVE: Curve = [[0, 0], [100, 1]];
/** PP-OCR's mean character probability (0..1) on the shared scale. */
export const PADDLE_CURVE: Curve = [[0, 0], [1, 1]];

export function tesseractWordConfidence(raw0to100: number): number {
  return interpolate(TESSERACT_CURVE, raw0to100);
}

export function paddleWordConfidence(meanCharProb: number): number {
  return interpolate(PADDLE_CURVE, meanCharProb);
}
