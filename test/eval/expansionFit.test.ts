import { describe, expect, it } from "vitest";
import { fitExpansionWeights, FIT_SPACE, HAND_SET, outOfFoldRanks } from "../../src/eval/expansionFit.js";
import type { RanksOf } from "../../src/eval/expansionRanks.js";
import type { EvalQuestion } from "../../src/eval/metrics.js";

/**
 * A tiny synthetic set: acronyms find half the questions' evidence first only at weight 0.75; WordNet's
 * glosses only push evidence down. The fitter should find both, and keep a start weight nothing moves.
 */

const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
const question = (id: string): EvalQuestion => ({ id, question: id, answers: ["x"], evidence: [{ doc: "d", quote: "x" }], type: "fact" });

const synthetic: RanksOf = async (settings) =>
  new Map(
    ids.map((id, i) => {
      const helped = i % 2 === 0 && settings.sources.acronym && settings.weights.acronym === 0.75;
      const hurt = settings.sources["wordnet-gloss"] && settings.weights["wordnet-gloss"] > 0;
      return [id, hurt ? 9 : helped ? 1 : 3];
    }),
  );

describe("fitting the expansion weights", () => {
  it("picks the weight that helps and 0 for a source that only hurts", async () => {
    const start = { ...HAND_SET, weights: { ...HAND_SET.weights, "wordnet-gloss": 0.5 } };
    const { weights } = await fitExpansionWeights(synthetic, ids, FIT_SPACE, start);
    expect(weights.weights.acronym).toBe(0.75);
    expect(weights.weights["wordnet-gloss"]).toBe(0);
    // Nothing else moves: a tie keeps the start.
    expect(weights.weights.national).toBe(HAND_SET.weights.national);
    expect(weights.plainWeight).toBe(HAND_SET.plainWeight);
  });

  it("keeps a source forced off at 0", async () => {
    const { weights } = await fitExpansionWeights(synthetic, ids, { ...FIT_SPACE, off: ["acronym"] });
    expect(weights.weights.acronym).toBe(0);
  });

  it("keeps a source forced on above 0", async () => {
    const { weights } = await fitExpansionWeights(synthetic, ids, { ...FIT_SPACE, on: ["wordnet-gloss"] });
    expect(weights.weights["wordnet-gloss"]).toBe(0.25);
  });

  it("does not move for a gain smaller than asked", async () => {
    const { weights } = await fitExpansionWeights(synthetic, ids, { ...FIT_SPACE, minGain: 1 });
    expect(weights.weights.acronym).toBe(HAND_SET.weights.acronym);
  });

  it("ranks every question once, each with weights fitted on the other folds", async () => {
    const seen: number[] = [];
    const counting: RanksOf = async (settings) => {
      seen.push(settings.weights.acronym);
      return synthetic(settings);
    };
    const { ranks, chosen } = await outOfFoldRanks(counting, ids.map(question), 5);
    expect([...ranks.keys()].sort()).toEqual([...ids].sort());
    expect(chosen).toHaveLength(5);
    for (const c of chosen) expect(c.weights.acronym).toBe(0.75);
    expect(ranks.get("q0")).toBe(1);
  });
});
