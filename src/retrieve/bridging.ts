import type { IndexSnapshot } from "../index/snapshot.js";
import { termsOf, words } from "../index/terms.js";
import type { ExpansionSource } from "./expansion.js";
import type { Query } from "./query.js";

/**
 * Practitioners' own words ("cabbies", "twig", "kicked out") are often words the documents never use, so
 * the question's own terms find nothing and the passage that answers is not among the candidates at all.
 * The bridging list is a second lexical search for the expansions that bridge to the documents' words
 * (everyday vocabulary, WordNet's synonyms, derivations, hypernyms and definitions), each term counting
 * for its expansion's weight, so that a passage found only through them is a candidate the learned ranking
 * can weigh (the `bridge` features), without their noise diluting the main BM25 list.
 */

const BRIDGING: Set<ExpansionSource> = new Set(["everyday", "wordnet-synonym", "wordnet-derivation", "wordnet-hypernym", "wordnet-gloss"]);
const BRIDGE_CANDIDATES = 20;

export function bridgingSearch(snapshot: IndexSnapshot, query: Query, filter: (id: string) => boolean): { id: string; score: number }[] {
  const bridging = query.weightedExpansions.filter((e) => BRIDGING.has(e.source));
  if (!bridging.length) return [];
  const weights = new Map<string, number>();
  for (const e of bridging)
    for (const t of words(e.term).flatMap(termsOf)) weights.set(t, Math.max(weights.get(t) ?? 0, e.weight));
  return snapshot.lexical.search({
    text: bridging.map((e) => e.term).join(" "),
    filter,
    termWeight: (t) => weights.get(t) ?? 0.1,
    k: BRIDGE_CANDIDATES,
  });
}
