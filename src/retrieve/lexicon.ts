import { termsOf } from "../index/terms.js";
import { plainTerms, weightedExpansionsOf } from "./expand.js";
import { DEFAULT_EXPANSION, onlySources, type ExpansionSettings } from "./expansion.js";
import type { PreparedIndex } from "./indexDerived.js";
import { queryOf, type Lexicon, type Query } from "./query.js";

/**
 * What an index knows of words, for analysing questions against it: rarity, expansions, and use at all.
 * Made once per index and settings, and kept with the index (indexDerived.ts).
 */
export function lexiconOf(snapshot: PreparedIndex, settings: ExpansionSettings): Lexicon {
  const weighted = (text: string) => weightedExpansionsOf(snapshot, text, settings);
  const expand = (text: string) => plainTerms(weighted(text), settings);
  // WordNet knows most English; a word is the corpus's when the documents or its curated vocabularies say it.
  const curated = onlySources(["acronym", "compound", "national", "everyday"], settings);
  const knownPhrase = (text: string) => weightedExpansionsOf(snapshot, text, curated).length > 0;
  const known = (word: string) => termsOf(word).some((t) => snapshot.lexical.documentFrequency(t) > 0) || knownPhrase(word);
  return { idf: snapshot.derived.idf, expand, weighted, known, knownPhrase, plainWeight: settings.plainWeight };
}

/** The question analysed against this index; `settings` turns each source of expansions on or off. */
export function queryFor(snapshot: PreparedIndex, text: string, settings: ExpansionSettings = DEFAULT_EXPANSION): Query {
  return queryOf(text, snapshot.derived.lexicon(settings));
}
