import type { LexicalSearch } from "../index/lexicalSearch.js";
import { words } from "../index/terms.js";

/**
 * Two words of a question that the documents write as one: "when a placement breaks down" finds
 * "placement breakdowns", "case load" finds "caseload", "set up" finds "setup". Offered as expansions
 * (counting less than the asker's own words) when the joined word, or its plural, is in the corpus.
 */
export function compoundsIn(question: string, lexical: Pick<LexicalSearch, "documentFrequency">): string[] {
  const inCorpus = (word: string) => lexical.documentFrequency(word) + lexical.documentFrequency(`${word}s`) > 0;
  const ws = words(question.toLowerCase());
  const found = new Set<string>();
  for (let i = 1; i < ws.length; i++) {
    const second = ws[i];
    for (const first of new Set([ws[i - 1], uninflected(ws[i - 1])])) {
      const joined = first + second;
      if (first.length >= 3 && second.length >= 2 && joined.length >= 6 && inCorpus(joined)) {
        found.add(joined);
        break;
      }
    }
  }
  return [...found];
}

function uninflected(word: string): string {
  return word.replace(/(?:es|s|ed|ing)$/, "");
}
