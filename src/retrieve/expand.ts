import type { IndexSnapshot } from "../index/snapshot.js";
import { compoundsIn } from "./compounds.js";
import { NATIONAL_VOCABULARY } from "./vocabulary/national.js";
import { Vocabulary } from "./vocabulary/vocabulary.js";

/**
 * Words to look for besides the asker's own, counting for less: acronyms both ways (the corpus's glossary),
 * words the documents write as one ("break down" → "breakdown"), and the formal words for practitioners'
 * own ("FCs" → "foster carers", "kids" → "children"), since practitioners type in Slack as they speak and
 * reports are written formally.
 */
export function expansionsOf(snapshot: IndexSnapshot, text: string): string[] {
  const vocabulary = vocabularyOf(snapshot).expansions(text, {
    definedByCorpus: (token) => snapshot.glossary.lookup(token) !== undefined,
    isCorpusWord: (word) => snapshot.lexical.documentFrequency(word) > 0,
  });
  return [...new Set([...snapshot.glossary.expansions(text), ...compoundsIn(text, snapshot.lexical), ...vocabulary])];
}

const vocabularies = new WeakMap<IndexSnapshot, Vocabulary>();

function vocabularyOf(snapshot: IndexSnapshot): Vocabulary {
  let vocabulary = vocabularies.get(snapshot);
  if (!vocabulary) vocabularies.set(snapshot, (vocabulary = new Vocabulary([...NATIONAL_VOCABULARY, ...snapshot.glossary.vocabulary])));
  return vocabulary;
}
