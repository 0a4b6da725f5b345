import { sentenceSpans } from "../corpus/sentences.js";
import type { IdfTable } from "../retrieve/rerank.js";
import { stemsOf } from "../retrieve/rerank.js";
import type { Passage } from "../retrieve/types.js";
import { answerKindOf, holdsAnswerKind, type AnswerKind } from "./intent.js";

/**
 * The default answerer: no model, no network. It picks the one to three sentences from the top passages
 * that best hold what is asked, verbatim, each tied to its passage. `support` says how much of the
 * question those sentences cover, which decides abstention.
 */

export interface SelectedSentence {
  passage: Passage;
  text: string;
  score: number;
}

export interface ExtractiveResult {
  kind: AnswerKind;
  sentences: SelectedSentence[];
  /** Share (0–1, idf-weighted) of the question's terms found in the best sentence's passage. */
  support: number;
  /** Share of the question's terms found in the chosen sentences themselves. */
  focus: number;
  /** Whether the best sentence holds the kind of answer asked for (a number, a date, ...). */
  kindFound: boolean;
}

const PASSAGES_READ = 5;
const MAX_SENTENCES = 3;
/** The quoted sentences together; with the lead-in per document the answer stays near 600 characters. */
export const MAX_QUOTE_CHARS = 480;
const LONG_SENTENCE_CHARS = 400;
const MIN_RELATIVE_SCORE = 0.6;

export function extractAnswer(question: string, expansions: string[], passages: Passage[], idf: IdfTable): ExtractiveResult {
  const kind = answerKindOf(question);
  const weights = termWeights(question, expansions, idf);
  const candidates = passages.slice(0, PASSAGES_READ).flatMap((passage, rank) =>
    sentencesOf(passage).map((text) => ({ passage, text, score: scoreSentence(text, passage, rank, weights, kind) })),
  );
  candidates.sort((a, b) => b.score - a.score);
  const chosen = choose(candidates);
  const best = chosen[0];
  return {
    kind,
    sentences: chosen,
    support: best ? coverage(new Set(stemsOf(`${best.passage.text} ${best.passage.headingPath.join(" ")}`)), weights) : 0,
    focus: coverage(new Set(chosen.flatMap((s) => stemsOf(s.text))), weights),
    kindFound: !!best && holdsAnswerKind(kind, best.text),
  };
}

function sentencesOf(passage: Passage): string[] {
  return sentenceSpans(passage.text)
    .map((s) => passage.text.slice(s.start, s.end))
    .filter((s) => /[a-z]/i.test(s) && s.split(/\s+/).length >= 3);
}

function termWeights(question: string, expansions: string[], idf: IdfTable): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of stemsOf(question)) weights.set(t, idf(t));
  for (const t of expansions.flatMap(stemsOf)) if (!weights.has(t)) weights.set(t, idf(t) * 0.5);
  return weights;
}

function coverage(terms: Set<string>, weights: Map<string, number>): number {
  let total = 0;
  let covered = 0;
  for (const [t, w] of weights) {
    total += w;
    if (terms.has(t)) covered += w;
  }
  return total ? covered / total : 0;
}

function scoreSentence(text: string, passage: Passage, rank: number, weights: Map<string, number>, kind: AnswerKind): number {
  const own = coverage(new Set(stemsOf(text)), weights);
  const context = coverage(new Set(stemsOf(`${passage.text} ${passage.headingPath.join(" ")}`)), weights);
  const kindBonus = kind !== "finding" && holdsAnswerKind(kind, text) ? 0.25 : 0;
  const lengthPenalty = text.length > LONG_SENTENCE_CHARS ? 0.1 : 0;
  return own + 0.3 * context + kindBonus + 0.15 / (rank + 1) - lengthPenalty;
}

/** The best sentence, then up to two more that score nearly as well and still fit the answer length. */
function choose(candidates: SelectedSentence[]): SelectedSentence[] {
  const chosen: SelectedSentence[] = [];
  let length = 0;
  for (const c of candidates) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (chosen.length && c.score < chosen[0].score * MIN_RELATIVE_SCORE) break;
    if (chosen.some((s) => s.text === c.text)) continue;
    if (chosen.length && length + c.text.length > MAX_QUOTE_CHARS) continue;
    chosen.push(c);
    length += c.text.length;
  }
  return chosen;
}
