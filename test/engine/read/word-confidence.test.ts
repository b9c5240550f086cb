/**
 * @module test/engine/read/word-confidence
 * Both recognisers' word confidences land on one 0..1 scale (the share of words read right).
 */
import t from 'tap';
import { paddleWordConfidence, tesseractWordConfidence } from '../../../engine/read/word-confidence.ts';

t.test('tesseract keeps its confidence / 100; PP-OCR probabilities are mapped down onto the share right', async (t) => {
  t.equal(tesseractWordConfidence(75), 0.75);
  t.equal(paddleWordConfidence(0.99), 0.86);
  t.ok(paddleWordConfidence(0.95) < 0.75, 'a 0.95 PP-OCR word is right less often than a 0.95 tesseract word');
  t.ok(paddleWordConfidence(0.5) < paddleWordConfidence(0.9) && paddleWordConfidence(0.9) < paddleWordConfidence(0.999), 'order is kept');
  t.equal(paddleWordConfidence(Number.NaN), 0);
  t.ok(paddleWordConfidence(1) <= 1 && tesseractWordConfidence(100) <= 1);
});
