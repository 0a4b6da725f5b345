import { foldForMatch } from "../corpus/verbatim.js";
import type { Excerpt } from "./types.js";

/**
 * One excerpt per piece of text: the same words after folding, or one excerpt holding another (a chunk's
 * overlap sentence, the JTAI letter reprinted in a panel pack), are shown once, naming the other files.
 */

export function collapseNearDuplicates(excerpts: Excerpt[]): Excerpt[] {
  const kept: Keyed[] = [];
  for (const excerpt of [...excerpts].sort((a, b) => b.score - a.score)) {
    let item: Keyed = { excerpt, key: ` ${matchKey(excerpt.text)} ` };
    let at = kept.length;
    // A fuller text may hold several kept ones: fold them all into it, in the place of the first.
    for (let i = kept.length - 1; i >= 0; i--) {
      if (!kept[i].key.includes(item.key) && !item.key.includes(kept[i].key)) continue;
      item = merge(kept[i], item);
      kept.splice(i, 1);
      at = i;
    }
    kept.splice(at, 0, item);
  }
  return kept.map((k) => k.excerpt);
}

export function matchKey(text: string): string {
  return foldForMatch(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NEAR_SAME_LENGTH = 0.6;

type Keyed = { excerpt: Excerpt; key: string };

/** Keep the fuller text; for the same text, the earlier document (the original, not the reprint). */
function merge(a: Keyed, b: Keyed): Keyed {
  const [keep, drop] =
    a.key.length !== b.key.length
      ? a.key.length > b.key.length
        ? [a, b]
        : [b, a]
      : b.excerpt.citation.date < a.excerpt.citation.date
        ? [b, a]
        : [a, b];
  const own = keep.excerpt.citation.source;
  // A mere fragment of the kept text elsewhere does not make that file hold "the same text".
  const same = drop.key.length >= NEAR_SAME_LENGTH * keep.key.length;
  const alsoIn = [...keep.excerpt.citation.alsoIn, ...(same ? [drop.excerpt.citation.source, ...drop.excerpt.citation.alsoIn] : [])];
  return {
    key: keep.key,
    excerpt: {
      ...keep.excerpt,
      score: Math.max(a.excerpt.score, b.excerpt.score),
      citation: { ...keep.excerpt.citation, alsoIn: [...new Set(alsoIn)].filter((s) => s !== own) },
    },
  };
}
