import type { IndexSnapshot } from "../index/snapshot.js";
import { termsOf } from "../index/terms.js";
import { plainTerms, weightedExpansionsOf } from "./expand.js";
import { DEFAULT_EXPANSION, onlySources, type ExpansionSettings } from "./expansion.js";
import { queryOf, type Lexicon, type Query } from "./query.js";
import { idfFor } from "./search.js";

/** What an index knows of words, for analysing questions against it: rarity, expansions, and use at all. */
export function lexiconOf(snapshot: IndexSnapshot, settings: ExpansionSettings = DEFAULT_EXPANSION): Lexicon {
  const bySettings = lexicons.get(snapshot) ?? new Map<ExpansionSettings, Lexicon>();
  lexicons.set(snapshot, bySettings);
  const cached = bySettings.get(settings);
  if (cached) return cached;
  const weighted = (text: string) => weightedExpansionsOf(snapshot, text, settings);
  const expand = (text: string) => plainTerms(weighted(text), settings);
  // WordNet knows most English; a word is the corpus's when the documents or its curated vocabularies say it.
  const curated = onlySources(["acronym", "compound", "national", "everyday"], settings);
  const knownPhrase = (text: string) => weightedExpansionsOf(snapshot, text, curated).length > 0;
  const known = (word: string) => termsOf(word).some((t) => snapshot.lexical.documentFrequency(t) > 0) || knownPhrase(word);
  const lexicon: Lexicon = { idf: idfFor(snapshot), expand, weighted, known, knownPhrase, plainWeight: settings.plainWeight };
  bySettings.set(settings, lexicon);
  return lexicon;
}

const lexicons = new WeakMap<IndexSnapshot, Map<ExpansionSettings, Lexicon>>();

/** The question analysed against this index; `settings` turns each source of expansions on or off. */
export function queryFor(snapshot: IndexSnapshot, text: string, settings: ExpansionSettings = DEFAULT_EXPANSION): Query {
  return queryOf(text, lexiconOf(snapshot, settings));
}
