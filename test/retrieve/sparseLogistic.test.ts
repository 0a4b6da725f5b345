import { describe, expect, it } from "vitest";
import { fitLogistic, logit, sigmoid } from "../../src/retrieve/logistic.js";
import { fitSparseLogistic } from "../../src/retrieve/sparseLogistic.js";

/** A small problem both fitters can solve: binary features, some of them telling, with noise. */
function problem(n: number, d: number): { dense: number[][]; sparse: number[][]; labels: number[] } {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const dense = Array.from({ length: n }, () => Array.from({ length: d }, () => (random() < 0.3 ? 1 : 0)));
  const labels = dense.map((x) => (x[0] + x[1] - x[2] + (random() - 0.5) > 0.5 ? 1 : 0));
  return { dense, sparse: dense.map((x) => x.flatMap((v, j) => (v ? [j] : []))), labels };
}

describe("the sparse logistic fitter", () => {
  it("fits the same model as the dense one on the same binary features", () => {
    const { dense, sparse, labels } = problem(300, 12);
    const names = Array.from({ length: 12 }, (_, j) => `f${j}`);
    const a = fitLogistic(names, dense, labels, { l2: 1 });
    const b = fitSparseLogistic(names, sparse, labels, { l2: 1 });
    expect(b.names).toEqual(a.names);
    b.means.forEach((m, j) => expect(m).toBeCloseTo(a.means[j], 10));
    b.scales.forEach((s, j) => expect(s).toBeCloseTo(a.scales[j], 10));
    b.weights.forEach((w, j) => expect(w).toBeCloseTo(a.weights[j], 6));
    expect(b.intercept).toBeCloseTo(a.intercept, 6);
    expect(sigmoid(logit(b, dense[0]))).toBeCloseTo(sigmoid(logit(a, dense[0])), 6);
  });

  it("learns which features tell: the first two raise the odds and the third lowers them", () => {
    const { sparse, labels } = problem(400, 6);
    const model = fitSparseLogistic(["a", "b", "c", "d", "e", "f"], sparse, labels, { l2: 1 });
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeGreaterThan(1);
    expect(model.weights[2]).toBeLessThan(-1);
    expect(Math.abs(model.weights[5])).toBeLessThan(0.5);
  });

  it("keeps a feature no row has at a zero weight with a unit scale", () => {
    const model = fitSparseLogistic(["seen", "never"], [[0], [], [0], []], [1, 0, 1, 0], { l2: 1 });
    expect([model.weights[1], model.scales[1]]).toEqual([0, 1]);
  });
});
