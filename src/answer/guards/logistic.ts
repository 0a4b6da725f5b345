/**
 * A small L2-regularised logistic regression, fitted by full-batch gradient descent from zero weights:
 * deterministic, so the same examples always give the same weights.
 */

export interface LogisticModel {
  /** weights[0] is the bias; weights[i + 1] goes with feature i. */
  weights: number[];
  threshold: number;
}

export interface FitOptions {
  l2?: number;
  iterations?: number;
  learningRate?: number;
  /** How much more a missed positive costs than a false positive. */
  positiveWeight?: number;
}

export function probability(model: Pick<LogisticModel, "weights">, x: number[]): number {
  let z = model.weights[0];
  for (let i = 0; i < x.length; i++) z += model.weights[i + 1] * x[i];
  return 1 / (1 + Math.exp(-z));
}

export function fitLogistic(xs: number[][], ys: boolean[], options: FitOptions = {}): number[] {
  const { l2 = 0.01, iterations = 3000, learningRate = 0.5, positiveWeight = 1 } = options;
  const dims = (xs[0]?.length ?? 0) + 1;
  const w = new Array<number>(dims).fill(0);
  const total = ys.reduce((s, y) => s + (y ? positiveWeight : 1), 0);
  for (let step = 0; step < iterations; step++) {
    const grad = new Array<number>(dims).fill(0);
    xs.forEach((x, n) => {
      const weight = ys[n] ? positiveWeight : 1;
      const err = (probability({ weights: w }, x) - (ys[n] ? 1 : 0)) * weight;
      grad[0] += err;
      for (let i = 0; i < x.length; i++) grad[i + 1] += err * x[i];
    });
    for (let i = 0; i < dims; i++) w[i] -= learningRate * (grad[i] / total + (i > 0 ? l2 * w[i] : 0));
  }
  return w.map((v) => Math.round(v * 1e4) / 1e4);
}
