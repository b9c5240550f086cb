/**
 * @module engine/extract/fitted/logistic
 * A small logistic regression: fit by full-batch gradient descent with L2 regularisation from
 * zero weights, in a fixed number of steps, so the same data always gives the same weights
 * (the repository keeps fitted weights as data and a test refits them). Why our own: the model
 * is a dozen weights over a dozen features; a library would add a dependency (and numeric
 * back-ends) for thirty lines, and the procedure must be bit-for-bit reproducible.
 * Features are expected roughly in [0, 1]; `predict` returns a probability.
 */
import { internalMessage } from '../../../schemas/errors.ts';

export interface LogisticModel {
  features: string[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** Gradient steps (default 2000). */
  steps?: number;
  /** Learning rate (default 0.5). */
  rate?: number;
  /** L2 penalty on the weights, not the bias (default 0.001). */
  l2?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that a row of features is a positive. */
export function predict(model: LogisticModel, x: number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * (x[i] ?? 0);
  return sigmoid(z);
}

/**
 * Fits weights to rows `xs` with labels `ys` (0 or 1). Positives are weighted up to balance the
 * classes (one right candidate among many per document). Weights are rounded to 4 decimals.
 * Throws when there is no row or no positive.
 */
export function fitLogistic(features: string[], xs: number[][], ys: number[], opts: FitOptions = {}): LogisticModel {
  const steps = opts.steps ?? 2000, rate = opts.rate ?? 0.5, l2 = opts.l2 ?? 0.001;
  const pos = ys.filter((y) => y === 1).length;
  if (!xs.length || !pos) throw new Error(internalMessage('FIT_NEEDS_POSITIVES'));
  const wPos = (ys.length - pos) / pos;
  const d = features.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const norm = ys.reduce((s, y) => s + (y === 1 ? wPos : 1), 0);
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let r = 0; r < xs.length; r++) {
      const x = xs[r];
      let z = b;
      for (let i = 0; i < d; i++) z += w[i] * x[i];
      const err = (sigmoid(z) - ys[r]) * (ys[r] === 1 ? wPos : 1);
      for (let i = 0; i < d; i++) g[i] += err * x[i];
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i] -= rate * (g[i] / norm + l2 * w[i]);
    b -= rate * (gb / norm);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return { features: [...features], weights: w.map(round), bias: round(b) };
}
