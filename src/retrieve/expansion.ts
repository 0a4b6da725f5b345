/**
 * An expansion is another way of saying some of the question's words, tagged with where it came from and
 * weighted by how far it is to be trusted, so that retrieval and sentence choice can weigh each source.
 */

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
  /** In (0, 1]: the source's weight, less when the asker's word is one the documents already use. */
  weight: number;
  /** The asker's words it stands for ("cabbies"); "" when not known (the corpus glossary's both-way matches). */
  from: string;
}

export interface ExpansionSettings {
  /** Each source on or off; off means it is not looked up at all (WordNet is not even opened). */
  sources: Record<ExpansionSource, boolean>;
  /** Starting weight of each source's expansions, before the discount for words the corpus uses. */
  weights: Record<ExpansionSource, number>;
  /**
   * Expansions at least this heavy also join `Query.expansions`, the plain list BM25, the dense query and
   * sentence choice read today, each counting as any expansion does there.
   */
  plainWeight: number;
}

export const DEFAULT_EXPANSION: ExpansionSettings = {
  // Measured out of fold (docs/EVAL.md, "What each expansion source adds"): the everyday vocabulary gains;
  // WordNet, whether in the plain list or as a bridging candidate list of its own, did not, so it is not
  // looked up by default (and costs nothing). It stays one switch away for the next measurement.
  sources: {
    acronym: true,
    compound: true,
    national: true,
    everyday: true,
    "wordnet-synonym": false,
    "wordnet-derivation": false,
    "wordnet-hypernym": false,
    "wordnet-gloss": false,
  },
  weights: {
    acronym: 1,
    compound: 1,
    national: 0.9,
    everyday: 0.8,
    "wordnet-synonym": 0.6,
    "wordnet-derivation": 0.5,
    "wordnet-hypernym": 0.4,
    "wordnet-gloss": 0.25,
  },
  // WordNet's expansions stay out of the plain list until a stage weighs them: unweighted, its noise costs more than it finds.
  plainWeight: 0.7,
};

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
