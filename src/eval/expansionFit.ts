import { EXPANSION_SOURCES, expansionSettingsOf, type ExpansionSource, type FittedExpansionWeights } from "../retrieve/expansion.js";
import { figuresOf, type Ranks, type RanksOf } from "./expansionRanks.js";
import type { EvalQuestion } from "./metrics.js";
import { foldsOf } from "./training.js";

/**
 * Fitting each expansion source's weight (and the least weight that joins the dense query) by coordinate
 * ascent over a small grid, maximising recall@5 + MRR@10 of the shipped ranking on the questions given; and
 * the out-of-fold estimate, each fold ranked with weights fitted on the others only.
 */

export interface FitSpace {
  /** The weights tried for each source; 0 is off. */
  grid: number[];
  plainGrid: number[];
  sweeps: number;
  /** Sources held at 0, or kept above it: for measuring what each adds. */
  off?: ExpansionSource[];
  on?: ExpansionSource[];
  /** How much the objective must gain for a weight to move: a question or two's worth is within noise. */
  minGain?: number;
}

export const FIT_SPACE: FitSpace = { grid: [0, 0.25, 0.5, 0.75, 1], plainGrid: [0.25, 0.5, 0.75, 1], sweeps: 3 };

/** Where the search starts, and what it keeps on a tie: the weights of before they were fitted (0.5 each, WordNet off). */
export const HAND_SET: FittedExpansionWeights = {
  weights: Object.fromEntries(EXPANSION_SOURCES.map((s) => [s, s.startsWith("wordnet") ? 0 : 0.5])),
  plainWeight: 0.5,
};

export function objectiveOf(ranks: Ranks, ids: Iterable<string>): number {
  const f = figuresOf(ranks, ids);
  return (f["recall@5"] ?? 0) + (f["mrr@10"] ?? 0);
}

type Coordinate = ExpansionSource | "plainWeight";

function withValue(choice: FittedExpansionWeights, at: Coordinate, value: number): FittedExpansionWeights {
  return at === "plainWeight" ? { ...choice, plainWeight: value } : { ...choice, weights: { ...choice.weights, [at]: value } };
}

/** The best weights for these questions; a change is kept only when it gains, so a tie keeps the start. */
export async function fitExpansionWeights(
  ranksOf: RanksOf,
  ids: string[],
  space: FitSpace = FIT_SPACE,
  start: FittedExpansionWeights = HAND_SET,
): Promise<{ weights: FittedExpansionWeights; objective: number }> {
  const off = new Set(space.off ?? []);
  const on = new Set(space.on ?? []);
  const lightest = Math.min(...space.grid.filter((w) => w > 0));
  let best = [...off].reduce((c, s) => withValue(c, s, 0), start);
  best = [...on].reduce((c, s) => (c.weights[s] > 0 ? c : withValue(c, s, lightest)), best);
  const scoreOf = async (c: FittedExpansionWeights) => objectiveOf(await ranksOf(expansionSettingsOf(c)), ids);
  let bestScore = await scoreOf(best);
  const coordinates: Coordinate[] = [...EXPANSION_SOURCES.filter((s) => !off.has(s)), "plainWeight"];
  for (let sweep = 0; sweep < space.sweeps; sweep++) {
    let moved = false;
    for (const at of coordinates) {
      const current = at === "plainWeight" ? best.plainWeight : best.weights[at];
      for (const value of at === "plainWeight" ? space.plainGrid : space.grid) {
        if (value === current || (value === 0 && on.has(at as ExpansionSource))) continue;
        const candidate = withValue(best, at, value);
        const score = await scoreOf(candidate);
        if (score > bestScore + (space.minGain ?? 0) + 1e-9) {
          best = candidate;
          bestScore = score;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return { weights: best, objective: bestScore };
}

/** Fitted weights, with the gain floor they were fitted with when it was chosen. */
export type Fitted = FittedExpansionWeights & { minGain?: number };

export type Fit = (ranksOf: RanksOf, training: EvalQuestion[]) => Promise<Fitted>;

/** Fitting with a fixed space (gain floor included). */
export const fitIn =
  (space: FitSpace): Fit =>
  async (ranksOf, training) => {
    const { weights } = await fitExpansionWeights(
      ranksOf,
      training.map((q) => q.id),
      space,
    );
    return { ...weights, minGain: space.minGain ?? 0 };
  };

/**
 * Fitting that first chooses how much a weight must gain to move, by cross-validation inside the questions
 * it is given (the highest floor among the best, so noise moves nothing), then fits them all with it.
 */
export const fitChoosingGain =
  (space: FitSpace = FIT_SPACE, gains: number[] = MIN_GAINS, innerFolds = 4): Fit =>
  async (ranksOf, training) => {
    let best = { gain: gains[0], score: -Infinity };
    for (const gain of gains) {
      const { ranks } = await outOfFoldRanks(ranksOf, training, innerFolds, fitIn({ ...space, minGain: gain }));
      const score = objectiveOf(
        ranks,
        training.map((q) => q.id),
      );
      if (score > best.score + 1e-9) best = { gain, score };
    }
    return fitIn({ ...space, minGain: best.gain })(ranksOf, training);
  };

/** Gain floors tried: none, and about two questions' worth of recall@5 on some 180 training questions. */
export const MIN_GAINS = [0.01, 0];

/** Each fold's questions ranked with weights fitted on the other folds; the weights each fold chose. */
export async function outOfFoldRanks(
  ranksOf: RanksOf,
  questions: EvalQuestion[],
  folds: number,
  fit: Fit = fitChoosingGain(),
): Promise<{ ranks: Map<string, number | null>; chosen: Fitted[] }> {
  const ranks = new Map<string, number | null>();
  const chosen: Fitted[] = [];
  const parts = foldsOf(
    questions.map((question) => ({ question })),
    folds,
  );
  for (const held of parts) {
    const heldIds = new Set(held.map((h) => h.question.id));
    const weights = await fit(
      ranksOf,
      questions.filter((q) => !heldIds.has(q.id)),
    );
    chosen.push(weights);
    const all = await ranksOf(expansionSettingsOf(weights));
    for (const id of heldIds) if (all.has(id)) ranks.set(id, all.get(id)!);
  }
  return { ranks, chosen };
}
