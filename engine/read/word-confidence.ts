/**
 * @module engine/read/word-confidence
 * One confidence scale for words whatever the recogniser: 0..1, read as "the share of words
 * given this confidence that are read exactly right". Measured on 40 receipts of the training
 * corpus's `fit` split (a word is right when it appears verbatim, case and edge punctuation
 * aside, in the receipt's ground-truth text lines), in tenths of each engine's words:
 * - tesseract.js's word confidence / 100 already is that share (raw 0.05 -> 17 % right, 0.29 ->
 *   26 %, 0.48 -> 40 %, 0.65 -> 56 %, 0.75 -> 65 %, 0.84 -> 76 %, 0.90 -> 87 %, 0.93 -> 93 %,
 *   0.95 -> 96 %, 0.96 -> 98 %), so it is kept as it is (the rules were tuned on it);
 * - PP-OCR's mean character probability is not (mean 0.96 while 76 % of its words are right:
 *   0.68 -> 28 %, 0.88 -> 45 %, 0.94 -> 66 %, 0.97 -> 78 %, 0.98 -> 84 %, 0.99 -> 86 %,
 *   0.994 -> 90 %, 0.997 -> 92 %, 1.0 -> 96 %): PADDLE_CURVE maps it onto the share.
 * The ground-truth lines differ from the print now and then, so no engine reaches 100 %.
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
export const PADDLE_CURVE: Curve = [[0, 0], [0.676, 0.28], [0.878, 0.45], [0.936, 0.66], [0.966, 0.78], [0.982, 0.84], [0.99, 0.86], [0.994, 0.9], [0.997, 0.92], [1, 0.96]];

export function tesseractWordConfidence(raw0to100: number): number {
  return interpolate(TESSERACT_CURVE, raw0to100);
}

export function paddleWordConfidence(meanCharProb: number): number {
  return interpolate(PADDLE_CURVE, meanCharProb);
}
