import type { IndexSnapshot } from "../../index/snapshot.js";
import { termsOf } from "../../index/terms.js";
import type { NameOptions } from "./personalNames.js";

/**
 * Names the indexed documents use are not personal data (DESIGN.md): the officials who wrote or signed
 * them, the councillors they list. A candidate name is one of them when a chunk holds it as written,
 * found among the chunks that match it best in the lexical index rather than by reading every chunk.
 * Nothing asked about is remembered: a cache of the names seen would keep children's names in memory.
 */

const CHUNKS_CHECKED = 50;

export function documentNameOptions(snapshot: IndexSnapshot): NameOptions {
  const isCorpusWord = (word: string) => {
    const term = termsOf(word)[0];
    return term !== undefined && snapshot.lexical.documentFrequency(term) > 0;
  };
  const isDocumentName = (name: string) => usedInDocuments(snapshot, name, isCorpusWord);
  return { isDocumentName, isCorpusWord };
}

function usedInDocuments(snapshot: IndexSnapshot, name: string, isCorpusWord: (w: string) => boolean): boolean {
  const words = name.split(/\s+/);
  if (!words.every(isCorpusWord)) return false;
  const phrase = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}(?![\\p{L}])`, "u");
  const hits = snapshot.lexical.search({ text: name, k: CHUNKS_CHECKED });
  return hits.some((h) => phrase.test(snapshot.chunks.get(h.id)?.text ?? ""));
}
