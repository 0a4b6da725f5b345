/**
 * An expansion is another way of saying some of the question's words, tagged with where it came from and
 * weighted by how far it is to be trusted, so that retrieval and sentence choice can weigh each source.
 */

import { EXPANSION_WEIGHTS } from "./model/expansionWeights.js";

export type ExpansionSource =
  "acronym" | "compound" | "national" | "everyday" | "wordnet-synonym" | "wordnet-derivation" | "wordnet-hypernym" | "wordnet-gloss";

export const EXPANSION_SOURCES: ExpansionSource[] = [
  "acronym",
  "compound",
  "national",
  "everyday",
  "wordnet-synonym",
  "wordnet-derivation",
  "wordnet-hypernym",
  "wordnet-gloss",
];

export interface Expansion {
  /** The words to look for ("taxi driver"). */
  term: string;
  source: ExpansionSource;
  /** In [0, 1]: the source's weight against the asker's own words, less when the asker's word is one the documents already use. */
  weight: number;
  /** The asker's words it stands for ("cabbies"); "" when not known (the corpus glossary's both-way matches). */
  from: string;
}

export interface ExpansionSettings {
  /** Each source on or off; off means it is not looked up at all (WordNet is not even opened). */
  sources: Record<ExpansionSource, boolean>;
  /**
   * Each source's weight against the asker's own words (1), before the discount for words the corpus uses:
   * an expansion's terms count this much in the lexical search, the reranker and sentence choice.
   */
  weights: Record<ExpansionSource, number>;
  /** Expansions at least this heavy also join `Query.expansions`, the plain list the dense query reads. */
  plainWeight: number;
}

/** Expansion weights as fitted (src/retrieve/model/expansionWeights.ts, `npm run fit:expansions`). */
export interface FittedExpansionWeights {
  weights: Record<string, number>;
  plainWeight: number;
}

/**
 * The settings for fitted weights: a source weighing 0 is off. A source the code has and the weights do not,
 * or the reverse, means they were fitted for other code, and fails loudly.
 */
export function expansionSettingsOf(fitted: FittedExpansionWeights): ExpansionSettings {
  const names = Object.keys(fitted.weights);
  const unknown = names.filter((n) => !(EXPANSION_SOURCES as string[]).includes(n));
  const missing = EXPANSION_SOURCES.filter((s) => !names.includes(s));
  if (unknown.length || missing.length)
    throw new Error(
      `The expansion weights do not fit the code's sources (${[...unknown.map((n) => `“${n}” unknown`), ...missing.map((n) => `“${n}” missing`)].join(", ")}): refit them with npm run fit:expansions.`,
    );
  const weights = Object.fromEntries(EXPANSION_SOURCES.map((s) => [s, fitted.weights[s]])) as Record<ExpansionSource, number>;
  const sources = Object.fromEntries(EXPANSION_SOURCES.map((s) => [s, weights[s] > 0])) as Record<ExpansionSource, boolean>;
  return { sources, weights, plainWeight: fitted.plainWeight };
}

// Fitted out of fold (docs/EVAL.md, "Learned expansion weights"); a source fitted to 0 is not looked up (WordNet costs nothing then).
export const DEFAULT_EXPANSION: ExpansionSettings = expansionSettingsOf(EXPANSION_WEIGHTS);

/** Settings with only the named sources on: for measuring what each adds. */
export function onlySources(sources: ExpansionSource[], base: ExpansionSettings = DEFAULT_EXPANSION): ExpansionSettings {
  const on = new Set(sources);
  return { ...base, sources: Object.fromEntries(EXPANSION_SOURCES.map((s) => [s, on.has(s)])) as Record<ExpansionSource, boolean> };
}

/** One entry per term, the heaviest kept. */
export function heaviestPerTerm(expansions: Expansion[]): Expansion[] {
  const best = new Map<string, Expansion>();
  for (const e of expansions) {
    const key = e.term.toLowerCase();
    const held = best.get(key);
    if (!held || e.weight > held.weight) best.set(key, e);
  }
  return [...best.values()];
}
