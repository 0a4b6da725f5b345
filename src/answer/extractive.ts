import type { AnswerKind } from "../retrieve/answerKind.js";
import { stemsOf, yearsIn, type Query } from "../retrieve/query.js";
import type { Passage } from "../retrieve/types.js";
import { candidatesOf, type Candidate, type KeptAnalyses } from "./candidates.js";
import { answerabilityFeatures, answerabilityOf } from "./model/answerability.js";
import { score, type AnswerModel, type ScoredCandidate } from "./model/answerModel.js";
import { ANSWER_MODEL } from "./model/weights.js";

/**
 * The default answerer: no model, no network. It quotes the one to three sentences of the top passages
 * most likely to hold what is asked, verbatim, each tied to its passage, and answers only when the best
 * of them is likely enough (answerModel.ts). A sentence is read with what its document already says about
 * it (title, publisher, year, section): "the JTAI" in a question is answered by a sentence of the JTAI
 * letter that never repeats the acronym.
 */

export interface SelectedSentence {
  passage: Passage;
  text: string;
  score: number;
}

export interface ExtractiveResult {
  kind: AnswerKind;
  sentences: SelectedSentence[];
  answered: boolean;
  /** The model's probability that the best sentence holds the answer. */
  confidence: number;
  /** Why the best sentence falls short of the question, when it does. */
  shortfall: string | null;
  /** Why the lead sentence cannot be an answer at any confidence, when it cannot. */
  unanswerable: string | null;
}

/** What the lead sentence lacks, by the kind of thing asked for. */
const KIND_MISSING: Partial<Record<AnswerKind, string>> = {
  number: "it gives no number",
  rate: "it gives no rate or share",
  measure: "it gives no time, distance or frequency",
  date: "it gives no date",
  grade: "it gives no grade",
  person: "it names no one",
  phone: "it gives no phone number",
  email: "it gives no email address",
  acronym: "it does not say what the letters stand for",
};

/**
 * A reply answers only when its lead sentence holds the kind of thing asked for ("how many" wants a
 * number, "when" a date) and, when the question names a year, evidence about that year: a 2023 question is
 * never answered with a 2016 figure, however sure the model is.
 */
function notAnAnswer(query: Query, lead: ScoredCandidate): string | null {
  const missing = KIND_MISSING[query.kind];
  if (missing && lead.features.kindMissing) return missing;
  if (lead.gaps.some((g) => g.gap === "year")) {
    const about = yearsIn(lead.text).concat(lead.passage.date.slice(0, 4)).filter(Boolean);
    return `it is about ${[...new Set(about)].slice(0, 2).join(" and ") || "another year"}, and the documents give nothing for ${query.years.join(" or ")}`;
  }
  return null;
}

const PASSAGES_READ = 6;
/** A comparison's evidence is spread over documents of different years, so more passages are read. */
const PASSAGES_READ_FOR_COMPARISON = 10;
const MAX_SENTENCES = 3;
/** The quoted sentences together; with the lead-in per document the answer stays near 600 characters. */
export const MAX_QUOTE_CHARS = 480;
/** A further sentence is quoted only when at least this likely: one the model all but rules out is noise beside the answer. */
const COMPANION_FLOOR = 0.03;

/** `kept`: the index's analyses of passages already read (`snapshot.derived.perChunk(PASSAGE_ANALYSES)`). */
export function extractAnswer(query: Query, passages: Passage[], model: AnswerModel = ANSWER_MODEL, kept?: KeptAnalyses): ExtractiveResult {
  return selectAnswer(model, query, candidatesFor(query, passages, kept));
}

export function candidatesFor(query: Query, passages: Passage[], kept?: KeptAnalyses): Candidate[] {
  return candidatesOf(query, passages, comparedYears(query).length ? PASSAGES_READ_FOR_COMPARISON : PASSAGES_READ, kept);
}

/** The sentences to quote and whether to answer, from candidates already described. */
export function selectAnswer(model: AnswerModel, query: Query, candidates: Candidate[]): ExtractiveResult {
  const scored = score(model, candidates);
  const years = comparedYears(query);
  const focus = years.length
    ? rarestTermHeld(
        query.weights,
        scored.map((c) => c.text),
      )
    : null;
  const chosen = choose(scored, years, focus, Math.max(COMPANION_FLOOR, (scored[0]?.probability ?? 0) * model.companion));
  const best = chosen[0];
  const confidence = !best
    ? 0
    : model.answerability
      ? answerabilityOf(model.answerability, answerabilityFeatures(query, scored))
      : best.probability;
  const unanswerable = best ? notAnAnswer(query, best) : "no sentence to quote";
  return {
    kind: query.kind,
    sentences: chosen.map(({ passage, text, probability }) => ({ passage, text, score: probability })),
    answered: !unanswerable && confidence >= model.threshold,
    confidence,
    unanswerable,
    shortfall:
      unanswerable ?? (query.unknownPhrase ? `the guidance never mentions “${query.unknownPhrase}”` : (best?.gaps[0]?.why ?? null)),
  };
}

/** The question's rarest word that some candidate sentence holds: what a comparison is about ("poverty"). */
function rarestTermHeld(weights: Map<string, number>, sentences: string[]): string | null {
  const held = new Set(sentences.flatMap(stemsOf));
  let best: string | null = null;
  for (const [term, weight] of weights) if (held.has(term) && (!best || weight > weights.get(best)!)) best = term;
  return best;
}

/** A question comparing two or more years ("2016 vs the 2018 visit") wants evidence from each. */
function comparedYears(query: Query): string[] {
  return query.years.length >= 2 && COMPARISON.test(query.text) ? query.years : [];
}

const COMPARISON = /\b(vs\.?|versus|compared?|comparison|between|changed?|move[ds]?|differ\w*|then and now|since)\b/i;

/**
 * The best sentence, then up to two more that are nearly as likely (each likely enough to answer on its
 * own) and still fit the answer length. For a comparison, the best sentence of each year named comes first.
 */
function choose(candidates: ScoredCandidate[], years: string[], focus: string | null, least: number): ScoredCandidate[] {
  const chosen: ScoredCandidate[] = [];
  let length = 0;
  const onFocus = focus ? candidates.filter((c) => stemsOf(c.text).includes(focus)) : [];
  for (const year of years) {
    const best = [onFocus, candidates]
      .flatMap((pool) => [
        pool.find((c) => !chosen.includes(c) && c.passage.date.startsWith(year)),
        pool.find((c) => !chosen.includes(c) && c.text.includes(year)),
      ])
      .find(Boolean);
    if (best && chosen.length < MAX_SENTENCES) {
      chosen.push(best);
      length += best.text.length;
    }
  }
  for (const c of candidates) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (chosen.length && c.probability < least) break;
    if (chosen.some((s) => s.text === c.text)) continue;
    if (chosen.length && length + c.text.length > MAX_QUOTE_CHARS) continue;
    chosen.push(c);
    length += c.text.length;
  }
  return chosen.sort((a, b) => b.probability - a.probability);
}
