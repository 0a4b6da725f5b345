import type { Candidate } from "../candidates.js";
import { FEATURE_NAMES } from "../candidates.js";
import { logit, rowByName, sigmoid, type LogisticModel } from "../../retrieve/logistic.js";

/**
 * How sentences are chosen and when the answerer speaks: a logistic model over each candidate sentence's
 * features gives the chance that the sentence holds the answer; the best sentence leads, and the answer is
 * given only when that chance reaches the threshold. Weights and threshold are fitted on the public
 * questions by `npm run train` (and, for the reported estimate, on training folds only: `npm run eval:report`).
 */

export interface AnswerModel {
  sentence: LogisticModel;
  /**
   * Whether the reply as a whole is right (answerability.ts), from its best sentences. Without it, the
   * best sentence's probability stands for the reply's.
   */
  answerability?: LogisticModel;
  /** The least confidence (the answerability model's, else the best sentence's) at which the answerer answers. */
  threshold: number;
  /** Further sentences are quoted when their probability is at least this share of the best one's. */
  companion: number;
}

export interface ScoredCandidate extends Candidate {
  probability: number;
}

export function score(model: AnswerModel, candidates: Candidate[]): ScoredCandidate[] {
  return candidates
    .map((c) => ({ ...c, probability: sigmoid(logit(model.sentence, rowOf(c, model.sentence.names))) }))
    .sort((a, b) => b.probability - a.probability);
}

/** A candidate's features in the order a model was fitted with; a feature the code no longer has is an error, not a zero. */
export function rowOf(c: Candidate, names: readonly string[] = FEATURE_NAMES): number[] {
  return rowByName({ names: [...names] }, { ...c.features }, "answer");
}
