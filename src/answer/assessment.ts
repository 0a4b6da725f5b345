import { termsOf, words } from "../index/terms.js";
import type { Query } from "../retrieve/query.js";
import type { Assessment } from "./types.js";

/**
 * How well the guidance answered a question, and what the question was about, for the gap report. The
 * answer model's confident band starts CONFIDENT_SHARE of the way from its answering threshold to
 * certainty (confidence is a probability): an answer given below it was a near thing, worth a subgroup's
 * look even though it was given.
 */

export const CONFIDENT_SHARE = 0.5;
const MAX_FOCUS = 3;

export function assessQuestion(query: Query, confidence: number, threshold: number, urgent: boolean): Assessment {
  const focus = focusTerms(query);
  const concepts = query.expansions.slice(0, 5);
  return {
    redacted: query.text,
    kind: query.kind,
    focus,
    concepts,
    topic: topicOf(query, focus, concepts),
    confidence,
    confident: confidence >= threshold + (1 - threshold) * CONFIDENT_SHARE,
    urgent,
  };
}

/** The question's words whose stems weigh most (the rarest in the corpus), lower case, at most three. */
function focusTerms(query: Query): string[] {
  const ranked = new Map<string, number>();
  for (const w of words(query.text)) {
    const [lower, stem] = termsOf(w);
    if (!lower || !stem || /^\d+$/.test(lower) || ranked.has(lower)) continue;
    ranked.set(lower, query.weights.get(stem) ?? 0);
  }
  return [...ranked]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_FOCUS)
    .map(([w]) => w);
}

/**
 * What the report groups by: a phrase the guidance never uses, else the fullest form of a vocabulary
 * concept (so "CSE" and "child sexual exploitation" meet), else the question's rarest word.
 */
function topicOf(query: Query, focus: string[], concepts: string[]): string {
  if (query.unknownPhrase) return query.unknownPhrase.toLowerCase();
  const forms = [...new Set([...concepts, ...concepts.flatMap((c) => query.expand(c))].map((c) => c.toLowerCase()))];
  forms.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return forms[0] ?? focus[0] ?? "(no topic words)";
}
