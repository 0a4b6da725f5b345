import type { Chunk } from "../corpus/types.js";

/**
 * What a question says about where its answer lives, beyond its words: a wish for what inspectors
 * recommended or want improved (found in recommendation sections and imperative sentences), and the
 * years it names (a "2016 inspection" is the document of 2016).
 */

export interface QuestionIntent {
  recommendation: boolean;
  years: Set<string>;
}

const RECOMMENDATION_QUESTION =
  /\b(recommend\w*|recs?|improv\w*|should|want\w*|next steps?|actions?|criticis\w*|areas? for (improvement|development)|priorit\w*|planned)\b/i;
const RECOMMENDATION_SECTION = /\b(recommendations?|what needs to improve|areas? for (improvement|development)|next steps|actions?|priorities)\b/i;
const IMPERATIVE_LINE = /^\s*(?:[-•✓]\s*)?(?:\d{1,2}[.)]\s*)?(ensure|improve|develop|strengthen|review|increase|reduce|establish|embed|provide|take)\b/im;

export function intentOf(question: string): QuestionIntent {
  const years = new Set<string>();
  for (const m of question.matchAll(/\b(19|20)(\d{2})\b/g)) years.add(`${m[1]}${m[2]}`);
  for (const m of question.matchAll(/\b(\d{2})\/(\d{2})\b/g)) {
    if (+m[2] === +m[1] + 1) years.add(`20${m[1]}`).add(`20${m[2]}`);
  }
  return { recommendation: RECOMMENDATION_QUESTION.test(question), years };
}

/** 1 when the chunk sits where recommendations are made, or reads as one; else 0. */
export function recommendationShape(chunk: Chunk): number {
  if (RECOMMENDATION_SECTION.test(chunk.headingPath.join(" | "))) return 1;
  return IMPERATIVE_LINE.test(chunk.text) ? 0.5 : 0;
}

/** 1 when the chunk's document is dated in a year the question names. */
export function yearMatch(chunk: Chunk, intent: QuestionIntent): number {
  return intent.years.has(chunk.date.slice(0, 4)) ? 1 : 0;
}
