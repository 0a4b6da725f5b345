import type { IndexSnapshot } from "../../index/snapshot.js";
import { termsOf } from "../../index/terms.js";
import type { NameOptions } from "./personalNames.js";

/**
 * Names the indexed documents use are not personal data (DESIGN.md): the officials who wrote or signed
 * them, the councillors they list. A candidate name is one of them when a chunk holds it as written,
 * found through the lexical index (its rarest word's chunks) rather than by reading every chunk.
 */

const CHUNKS_CHECKED = 50;
const perSnapshot = new WeakMap<IndexSnapshot, NameOptions>();

export function documentNameOptions(snapshot: IndexSnapshot): NameOptions {
  let options = perSnapshot.get(snapshot);
  if (!options) {
    options = build(snapshot);
    perSnapshot.set(snapshot, options);
  }
  return options;
}

function build(snapshot: IndexSnapshot): NameOptions {
  const known = new Map<string, boolean>();
  const isCorpusWord = (word: string) => {
    const term = termsOf(word)[0];
    return term !== undefined && snapshot.lexical.documentFrequency(term) > 0;
  };
  const isDocumentName = (name: string) => {
    let hit = known.get(name);
    if (hit === undefined) {
      hit = usedInDocuments(snapshot, name, isCorpusWord);
      known.set(name, hit);
    }
    return hit;
  };
  return { isDocumentName, isCorpusWord };
}

function usedInDocuments(snapshot: IndexSnapshot, name: string, isCorpusWord: (w: string) => boolean): boolean {
  const words = name.split(/\s+/);
  if (!words.every(isCorpusWord)) return false;
  const phrase = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}(?![\\p{L}])`, "u");
  const hits = snapshot.lexical.search({ text: name, k: CHUNKS_CHECKED });
  return hits.some((h) => phrase.test(snapshot.chunkById.get(h.id)?.text ?? ""));
}
