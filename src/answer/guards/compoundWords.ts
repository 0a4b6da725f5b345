import { WordNetFiles } from "../../retrieve/thesaurus/wordnetFiles.js";
import { isEnglishWord } from "./englishWords.js";
import type { Span } from "./personalNames.js";

/**
 * "Grace period", "Rose garden", "Will power": a capitalised word that is also an English word, followed by a
 * lower-case word it makes a compound noun with in WordNet, is that compound, not a person's name.
 */
let wordnet: WordNetFiles | undefined;

const isCompound = (head: string, next: string) => {
  wordnet ??= new WordNetFiles();
  const lemma = `${head}_${next}`.toLowerCase();
  return wordnet.senses(lemma, "noun").length > 0 || (lemma.endsWith("s") && wordnet.senses(lemma.slice(0, -1), "noun").length > 0);
};

export function startsCompound(text: string, s: Span): boolean {
  const word = text.slice(s.start, s.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isEnglishWord(word.toLowerCase())) return false;
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(s.end));
  return !!next && isCompound(word, next[1]);
}
