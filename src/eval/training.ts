import { quotedBody } from "../answer/body.js";
import type { Candidate } from "../answer/candidates.js";
import { candidatesFor, selectAnswer } from "../answer/extractive.js";
import type { AnswerModel } from "../answer/model/answerModel.js";
import { rowOf } from "../answer/model/answerModel.js";
import { FEATURE_NAMES } from "../answer/candidates.js";
import { guardQuestion } from "../answer/guards/guardQuestion.js";
import type { PreparedIndex } from "../retrieve/indexDerived.js";
import { queryFor } from "../retrieve/lexicon.js";
import type { Query } from "../retrieve/query.js";
import { fitLogistic, logit, sigmoid, type LogisticModel } from "../retrieve/logistic.js";
import { ANSWERABILITY_FEATURES, answerabilityFeatures } from "../answer/model/answerability.js";
import { score as scoreSentences } from "../answer/model/answerModel.js";
import { RETRIEVAL_MODEL } from "../retrieve/model/weights.js";
import {
  CANDIDATE_FEATURES,
  candidatesFor as retrievalCandidates,
  rank,
  type Candidate as RetrievalCandidate,
} from "../retrieve/search.js";
import type { Passage } from "../retrieve/types.js";
import { bestThreshold, type Outcome } from "./threshold.js";
import { firstHitRank, isAnswerable, norm, score, type EvalQuestion, type EvalResult, type Metrics } from "./metrics.js";

/**
 * The answer model learned from questions: each public question, run through retrieval once, becomes its
 * candidate sentences with their features, labelled by whether a sentence holds a gold answer. Fitting
 * picks the regularisation, the companion share and the answering threshold by cross-validation inside
 * the questions it is given, so an estimate made on held-out folds never sees them.
 */

export interface Example {
  question: EvalQuestion;
  query: Query;
  /** Retrieval's first-stage candidates, each labelled with whether it holds the evidence. */
  retrieval: { candidate: RetrievalCandidate; hit: boolean }[];
  /** The top passages as a retrieval model ranks them, and the sentences of those passages. */
  passages: Passage[];
  candidates: Candidate[];
}

const PASSAGES = 10;

export async function examplesOf(
  snapshot: PreparedIndex,
  questions: EvalQuestion[],
  model: LogisticModel = RETRIEVAL_MODEL,
): Promise<Example[]> {
  const out: Example[] = [];
  for (const question of questions) {
    // The question as the pipeline searches it, through the same guard.
    const query = queryFor(snapshot, guardQuestion(question.question, snapshot, { urgent: null }).searchable);
    const first = await retrievalCandidates(snapshot, query, { k: PASSAGES });
    const retrieval = first.map((candidate) => ({
      candidate,
      hit: isAnswerable(question) && firstHitRank(question, [candidate.chunk]) === 1,
    }));
    out.push(rankedWith({ question, query, retrieval, passages: [], candidates: [] }, model));
  }
  return out;
}

/** The example with its passages ranked by this retrieval model, and their sentences. */
function rankedWith(e: Example, model: LogisticModel): Example {
  const passages = rank(
    e.retrieval.map((r) => r.candidate),
    e.query,
    { k: PASSAGES },
    model,
  );
  return { ...e, passages, candidates: candidatesFor(e.query, passages) };
}

function retrievalPenalty(examples: Example[], settings: FitSettings): number {
  const answerable = examples.filter((e) => isAnswerable(e.question));
  let best = { l2: settings.l2[0], mrr: -1 };
  for (const l2 of settings.l2) {
    const inner = foldsOf(answerable, settings.innerFolds);
    let mrr = 0;
    for (const held of inner) {
      const model = fitPassages(
        answerable.filter((e) => !held.includes(e)),
        l2,
      );
      for (const e of held) mrr += reciprocalRankOf(rankedWith(e, model));
    }
    if (mrr > best.mrr) best = { l2, mrr };
  }
  return best.l2;
}

/**
 * Pairwise: for each question, every candidate holding the evidence against each that does not, as the
 * difference of their features (a linear RankNet). What matters is the order within a question, not how
 * likely a passage is across questions.
 */
function fitPassages(examples: Example[], l2: number): LogisticModel {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const e of examples) {
    const features = (r: Example["retrieval"][number]) => CANDIDATE_FEATURES.map((f) => r.candidate.features[f]);
    const negatives = e.retrieval.filter((r) => !r.hit).map(features);
    for (const positive of e.retrieval.filter((r) => r.hit).map(features)) {
      for (const negative of negatives) {
        const difference = positive.map((v, i) => v - negative[i]);
        rows.push(
          difference,
          difference.map((v) => -v),
        );
        labels.push(1, 0);
      }
    }
  }
  const fitted = fitLogistic([...CANDIDATE_FEATURES], rows, labels, { l2 });
  // A difference model has no intercept and no centre: scores compare within a question only.
  return { ...fitted, intercept: 0, means: fitted.means.map(() => 0) };
}

function reciprocalRankOf(e: Example): number {
  const rank = firstHitRank(e.question, e.passages);
  return rank ? 1 / rank : 0;
}

/** A sentence is a positive example when it holds a gold answer of an answerable question. */
export function labelOf(question: EvalQuestion, sentence: string): number {
  if (!isAnswerable(question)) return 0;
  const text = norm(sentence);
  return question.answers.some((a) => norm(a) !== "" && text.includes(norm(a))) ? 1 : 0;
}

export interface FitSettings {
  l2: number[];
  companion: number[];
  innerFolds: number;
}

export const FIT_SETTINGS: FitSettings = { l2: [0.3, 3, 30], companion: [0, 0.4, 0.7], innerFolds: 4 };

/**
 * The model for these examples, every choice made by cross-validation within them: the sentence model's
 * penalty and companion share, then the answerability model stacked on the sentence model's held-out
 * outcomes, and the threshold from the answerability model's own held-out confidences.
 */
function fitAnswerModel(examples: Example[], settings: FitSettings): { model: AnswerModel; l2: number } {
  let best: { utility: number; l2: number; companion: number; threshold: number; stacked: Stacked[] } | null = null;
  const inner = foldsOf(examples, settings.innerFolds);
  for (const l2 of settings.l2) {
    const sentenceModels = inner.map((held) =>
      fitSentences(
        examples.filter((e) => !held.includes(e)),
        l2,
      ),
    );
    for (const companion of settings.companion) {
      const stacked = inner.flatMap((held, i) => held.map((e) => stackedRow(e, { sentence: sentenceModels[i], threshold: 0, companion })));
      const { threshold, utility } = bestThreshold(heldOutAnswerability(stacked, settings.innerFolds));
      if (!best || utility > best.utility) best = { utility, l2, companion, threshold, stacked };
    }
  }
  const chosen = best!;
  return {
    model: {
      sentence: fitSentences(examples, chosen.l2),
      answerability: fitAnswerability(chosen.stacked),
      threshold: chosen.threshold,
      companion: chosen.companion,
    },
    l2: chosen.l2,
  };
}

/** One question's reply under a sentence model that never saw it: whether it is right, and what the answerability model reads. */
interface Stacked {
  e: Example;
  outcome: Outcome;
  features: number[];
}

const ANSWERABILITY_L2 = 1;

function stackedRow(e: Example, model: AnswerModel): Stacked {
  const features = answerabilityFeatures(e.query, scoreSentences(model, e.candidates));
  return { e, outcome: outcome(e, model), features: ANSWERABILITY_FEATURES.map((n) => features[n]) };
}

function fitAnswerability(rows: Stacked[]): LogisticModel {
  return fitLogistic(
    [...ANSWERABILITY_FEATURES],
    rows.map((r) => r.features),
    rows.map((r) => Number(r.outcome.answerable && r.outcome.right)),
    { l2: ANSWERABILITY_L2 },
  );
}

/** Each reply's confidence from an answerability model fitted on the other folds' replies. */
function heldOutAnswerability(rows: Stacked[], k: number): Outcome[] {
  return foldsOf(rows, k).flatMap((held) => {
    const model = fitAnswerability(rows.filter((r) => !held.includes(r)));
    return held.map((r) => ({ ...r.outcome, confidence: sigmoid(logit(model, r.features)) }));
  });
}

function fitSentences(examples: Example[], l2: number) {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const e of examples) {
    for (const c of e.candidates) {
      rows.push(rowOf(c));
      labels.push(labelOf(e.question, c.text));
    }
  }
  return fitLogistic([...FEATURE_NAMES], rows, labels, { l2 });
}

export function outcome(e: Example, model: AnswerModel): Outcome {
  const result = resultOf(e, model);
  return {
    answerable: isAnswerable(e.question),
    confidence: result.confidence,
    gated: result.gated,
    right: score([e.question], [{ ...result.line, answered: true }]).metrics.answer_acc === 1,
  };
}

export function resultOf(e: Example, model: AnswerModel): { confidence: number; gated: boolean; line: EvalResult } {
  const selected = selectAnswer(model, e.query, e.candidates);
  const answer = selected.answered ? quotedBody(selected.sentences).text : "";
  return {
    confidence: selected.confidence,
    gated: selected.unanswerable !== null,
    line: { id: e.question.id, answered: selected.answered, answer, passages: e.passages },
  };
}

/** Deterministic folds: questions are dealt round-robin after ordering by a hash of their id. */
export function foldsOf<T extends { question: EvalQuestion } | { e: { question: EvalQuestion } }>(items: T[], k: number): T[][] {
  const id = (item: T) => ("question" in item ? item.question.id : item.e.question.id);
  const ordered = [...items].sort((a, b) => hash(id(a)) - hash(id(b)) || id(a).localeCompare(id(b)));
  const folds: T[][] = Array.from({ length: k }, () => []);
  ordered.forEach((item, i) => folds[i % k].push(item));
  return folds;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Both models, retrieval then answering, fitted on these examples. The answer model learns from passages
 * ranked as new questions' passages will be: each inner fold by a retrieval model that never saw it.
 */
export interface FittedModels {
  retrieval: LogisticModel;
  answer: AnswerModel;
  retrievalPenalty: number;
  answerPenalty: number;
}

export function fitModels(examples: Example[], settings: FitSettings = FIT_SETTINGS): FittedModels {
  const l2 = retrievalPenalty(examples, settings);
  const answerable = (list: Example[]) => list.filter((e) => isAnswerable(e.question));
  const crossRanked = foldsOf(examples, settings.innerFolds).flatMap((held) => {
    const model = fitPassages(answerable(examples.filter((e) => !held.includes(e))), l2);
    return held.map((e) => rankedWith(e, model));
  });
  const answer = fitAnswerModel(crossRanked, settings);
  return { retrieval: fitPassages(answerable(examples), l2), answer: answer.model, retrievalPenalty: l2, answerPenalty: answer.l2 };
}

/**
 * Out-of-fold results: each fold retrieved and answered by models fitted on the other folds only, with each
 * reply's outcome at every threshold (for the precision-coverage curve).
 */
export function outOfFold(
  examples: Example[],
  k: number,
  settings: FitSettings = FIT_SETTINGS,
): { results: EvalResult[]; outcomes: Outcome[] } {
  const held = foldsOf(examples, k).flatMap((fold) => {
    const models = fitModels(
      examples.filter((e) => !fold.includes(e)),
      settings,
    );
    return fold.map((e) => {
      const ranked = rankedWith(e, models.retrieval);
      return { line: resultOf(ranked, models.answer).line, outcome: outcome(ranked, { ...models.answer, threshold: 0 }) };
    });
  });
  return { results: held.map((h) => h.line), outcomes: held.map((h) => h.outcome) };
}

export function metricsOf(examples: Example[], results: EvalResult[]): Metrics {
  return score(
    examples.map((e) => e.question),
    results,
  ).metrics;
}
