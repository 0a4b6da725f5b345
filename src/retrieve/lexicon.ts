import type { IndexSnapshot } from "../index/snapshot.js";
import { termsOf } from "../index/terms.js";
import { expansionsOf } from "./expand.js";
import { queryOf, type Lexicon, type Query } from "./query.js";
import { idfFor } from "./search.js";

/** What an index knows of words, for analysing questions against it: rarity, expansions, and use at all. */
export function lexiconOf(snapshot: IndexSnapshot): Lexicon {
  const cached = lexicons.get(snapshot);
  if (cached) return cached;
  const expand = (text: string) => expansionsOf(snapshot, text);
  const known = (word: string) => termsOf(word).some((t) => snapshot.lexical.documentFrequency(t) > 0) || expand(word).length > 0;
  const lexicon = { idf: idfFor(snapshot), expand, known };
  lexicons.set(snapshot, lexicon);
  return lexicon;
}

const lexicons = new WeakMap<IndexSnapshot, Lexicon>();

/** The question analysed against this index. */
export function queryFor(snapshot: IndexSnapshot, text: string): Query {
  return queryOf(text, lexiconOf(snapshot));
}
