import { describe, expect, it } from "vitest";
import type { Candidate } from "../../src/answer/candidates.js";
import { FEATURE_NAMES } from "../../src/answer/candidates.js";
import { rowOf } from "../../src/answer/model/answerModel.js";
import { fitLogistic, logit } from "../../src/retrieve/logistic.js";
import { ANSWER_MODEL } from "../../src/answer/model/weights.js";
import { bestThreshold, precisionCurve, precisionLowerBound } from "../../src/eval/threshold.js";
import { foldsOf } from "../../src/eval/training.js";

describe("fitLogistic()", () => {
  const rows = Array.from({ length: 200 }, (_, i) => [i % 10, (i * 7) % 3]);
  const labels = rows.map(([a]) => (a >= 5 ? 1 : 0));
  it("learns which way a feature points, and ignores one that says nothing", () => {
    const m = fitLogistic(["signal", "noise"], rows, labels, { l2: 1 });
    expect(m.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(m.weights[1])).toBeLessThan(0.2);
    expect(logit(m, [9, 0])).toBeGreaterThan(0);
    expect(logit(m, [0, 0])).toBeLessThan(0);
  });
  it("is deterministic and shrinks with a stronger penalty", () => {
    const a = fitLogistic(["signal", "noise"], rows, labels, { l2: 1 });
    expect(fitLogistic(["signal", "noise"], rows, labels, { l2: 1 })).toEqual(a);
    expect(Math.abs(fitLogistic(["signal", "noise"], rows, labels, { l2: 100 }).weights[0])).toBeLessThan(Math.abs(a.weights[0]));
  });
});

describe("the shipped answer model", () => {
  it("was fitted on the features candidates have today", () => {
    expect(ANSWER_MODEL.sentence.names).toEqual([...FEATURE_NAMES]);
    expect(ANSWER_MODEL.threshold).toBeGreaterThan(0);
    expect(ANSWER_MODEL.threshold).toBeLessThan(1);
  });
  it("refuses a candidate without a feature the model uses, rather than reading it as zero", () => {
    const candidate = { features: { coverage: 1 } } as unknown as Candidate;
    expect(() => rowOf(candidate, ["coverage", "gone"])).toThrow(/npm run train/);
  });
});

describe("folds and thresholds", () => {
  const items = Array.from({ length: 23 }, (_, i) => ({ question: { id: `q${i}` } as never }));
  it("deals every question into exactly one fold, the same way every time", () => {
    const folds = foldsOf(items, 5);
    expect(folds.flat()).toHaveLength(23);
    expect(new Set(folds.flat()).size).toBe(23);
    expect(folds.map((f) => f.length).sort()).toEqual([4, 4, 5, 5, 5]);
    expect(foldsOf([...items].reverse(), 5)).toEqual(folds);
  });
  const outcome = (confidence: number, answerable: boolean, right: boolean, gated = false) => ({ answerable, confidence, right, gated });
  it("picks the threshold that answers what it gets right and refuses the unanswerable", () => {
    const outcomes = [outcome(0.9, true, true), outcome(0.6, true, true), outcome(0.4, false, false), outcome(0.2, true, false)];
    expect(bestThreshold(outcomes).threshold).toBe(0.6);
  });
  // At 0.5 four of five answers are right (0.8); at 0.7 three of three.
  const fiveReplies = [
    outcome(0.9, true, true),
    outcome(0.8, true, true),
    outcome(0.7, true, true),
    outcome(0.6, false, false),
    outcome(0.5, true, true),
  ];
  it("answers as much as it can while the answers given stay precise enough", () => {
    expect(bestThreshold(fiveReplies, 0.9, 0).threshold).toBe(0.7);
    expect(bestThreshold(fiveReplies, 0.8, 0).threshold).toBe(0.5);
  });
  it("wants the target met with a margin: a precision measured on few answers may have reached it by chance", () => {
    expect(bestThreshold(fiveReplies, 0.8, 0.25).threshold).toBe(0.7);
    expect(precisionLowerBound({ answered: 5, precision: 0.8 }, 0)).toBeCloseTo(0.8);
    expect(precisionLowerBound({ answered: 5, precision: 0.8 }, 0.25)).toBeLessThan(0.8);
    expect(precisionLowerBound({ answered: 500, precision: 0.8 }, 0.25)).toBeGreaterThan(
      precisionLowerBound({ answered: 5, precision: 0.8 }, 0.25),
    );
  });
  it("never counts a reply that fails the answerhood check as answered", () => {
    const outcomes = [outcome(0.9, true, true), outcome(0.95, false, false, true)];
    const curve = precisionCurve(outcomes);
    expect(curve.map((p) => p.answered)).toEqual([1, 0]);
    expect(bestThreshold(outcomes, 0.9).threshold).toBe(0.9);
  });
});
