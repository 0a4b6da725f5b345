import type { Chunk } from "../corpus/types.js";
import { holdsAnswerKind } from "./answerKind.js";
import type { Query } from "./query.js";

/**
 * What a question says about where its answer lives, beyond its words: a wish for what inspectors
 * recommended or want improved (found in recommendation sections and imperative sentences), and the
 * years it names (a "2016 inspection" is the document of 2016; "what did we do afterwards" is in later ones).
 */

const RECOMMENDATION_SECTION =
  /\b(recommendations?|what needs to improve|areas? for (improvement|development)|next steps|actions?|priorities)\b/i;
const IMPERATIVE_LINE =
  /^\s*(?:[-•✓]\s*)?(?:\d{1,2}[.)]\s*)?(ensure|improve|develop|strengthen|review|increase|reduce|establish|embed|provide|take)\b/im;
/** Plans and priorities read as recommendations a body makes to itself: "our priorities include", "we will". */
const FORWARD_LOOKING =
  /\b(priorities (include|are|will)|we will|(will|plan to) (continue|develop|focus|prioritise|be (delivered|developed|undertaken|introduced))|going forward|in the coming year|next year)\b/i;

/** 1 when the chunk sits where recommendations are made; 0.5 when it reads as one or states a plan; else 0. */
export function recommendationShape(chunk: Chunk): number {
  if (RECOMMENDATION_SECTION.test(chunk.headingPath.join(" | "))) return 1;
  return IMPERATIVE_LINE.test(chunk.text) || FORWARD_LOOKING.test(chunk.text) ? 0.5 : 0;
}

/** 1 when the chunk holds the kind of answer asked for (a number, a date, a grade, a name); 0 for open questions. */
export function answerKindMatch(chunk: Chunk, query: Query): number {
  return query.kind !== "finding" && holdsAnswerKind(query.kind, chunk.text) ? 1 : 0;
}

/** Back matter (licences, addresses, subscription notes) matches many questions and answers none. */
export function backMatter(chunk: Chunk): number {
  const signs = BACK_MATTER.filter((p) => p.test(chunk.text)).length;
  return signs >= 2 ? 1 : 0;
}

const BACK_MATTER = [
  /https?:\/\/|www\./i,
  /@[\w-]+\.\w/,
  /\blicen[cs]e\b|copyright|©|crown/i,
  /\bsubscribe\b|newsletter/i,
  /\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b/,
  /\b0\d{3} ?\d{3} ?\d{4}\b/,
];

/** 1 when the chunk's document is dated in a year the question names, or after it when the question looks forward. */
export function yearMatch(chunk: Chunk, query: Query): number {
  const year = chunk.date.slice(0, 4);
  if (query.years.includes(year)) return 1;
  return query.after && query.years.some((named) => year > named) ? 1 : 0;
}
