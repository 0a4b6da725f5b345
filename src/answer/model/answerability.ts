import { logit, rowByName, sigmoid, type LogisticModel } from "../../retrieve/logistic.js";
import type { Query } from "../../retrieve/query.js";
import type { ScoredCandidate } from "./answerModel.js";

/**
 * Whether to answer at all is a question about the whole reply, not one sentence: how sure the sentence
 * model is of its best sentence, how far ahead of the rest it stands, whether that sentence holds the kind
 * of thing asked and the question's rarest words, and whether the question uses words the guidance never
 * does. A second small logistic model, fitted on the sentence model's held-out outcomes (stacking), turns
 * these into the chance that the reply is right; the answer threshold applies to that chance.
 */

export const ANSWERABILITY_FEATURES = [
  "bestLogit",
  "margin",
  "kindHeld",
  "kindMissing",
  "missingRare",
  "sentenceCoverage",
  "coverage",
  "gaps",
  "unknownPhrase",
  "unknownTerms",
  "agreement",
  "questionTerms",
  "asksFigure",
  "asksExpansion",
  "asksDescription",
  "asksFinding",
] as const;

/** Kinds of question grouped by what answers them: some kinds are answered more reliably than others. */
const FIGURES = new Set(["number", "rate", "measure", "date", "grade", "phone", "email"]);
const DESCRIPTIONS = new Set(["definition", "procedure", "who", "where", "person"]);

export type AnswerabilityFeatures = Record<(typeof ANSWERABILITY_FEATURES)[number], number>;

const AGREEMENT_SENTENCES = 5;

export function answerabilityFeatures(query: Query, scored: ScoredCandidate[]): AnswerabilityFeatures {
  const best = scored[0];
  if (!best) return Object.fromEntries(ANSWERABILITY_FEATURES.map((n) => [n, 0])) as AnswerabilityFeatures;
  const second = scored.find((c) => c.passage.id !== best.passage.id);
  const top = scored.slice(0, AGREEMENT_SENTENCES);
  const p = Math.min(Math.max(best.probability, 1e-6), 1 - 1e-6);
  return {
    bestLogit: Math.log(p / (1 - p)),
    margin: best.probability - (second?.probability ?? 0),
    kindHeld: best.features.kindHeld,
    kindMissing: best.features.kindMissing,
    missingRare: best.features.missingRare,
    sentenceCoverage: best.features.sentenceCoverage,
    coverage: best.features.coverage,
    gaps: Math.min(best.gaps.length, 3) / 3,
    unknownPhrase: best.features.unknownPhrase,
    unknownTerms: query.stems.length ? query.unknownStems.length / query.stems.length : 0,
    agreement: top.filter((c) => c.passage.id === best.passage.id).length / top.length,
    questionTerms: best.features.questionTerms,
    asksFigure: FIGURES.has(query.kind) ? 1 : 0,
    asksExpansion: query.kind === "acronym" ? 1 : 0,
    asksDescription: DESCRIPTIONS.has(query.kind) ? 1 : 0,
    asksFinding: query.kind === "finding" ? 1 : 0,
  };
}

export function answerabilityOf(model: LogisticModel, features: AnswerabilityFeatures): number {
  return sigmoid(logit(model, rowByName(model, { ...features }, "answerability")));
}
