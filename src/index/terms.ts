import { stemmer } from "stemmer";

/**
 * How text becomes search terms, shared by indexing and querying. Each word is indexed twice, as
 * itself and as its Porter stem ("~inspect"), so an exact word form scores above a mere shared stem.
 */

/**
 * Function words, and the words people chat with in a question ("roughly", "actually", "did they say
 * much about"): rare in reports, so an idf weighting would otherwise count them as the most telling.
 */
export const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below " +
    "between both but by can could did didn't do does doesn't doing don't down during each few for from further " +
    "had has have having he her here hers herself him himself his how i if in into is isn't it its itself just me " +
    "more most my myself no nor not of off on once only or other our ours ourselves out over own same she should " +
    "so some such than that the their theirs them themselves then there these they this those through to too " +
    "under until up very was wasn't we were what when where which while who whom why will with would you your " +
    "yours yourself yourselves us may might must shall get got please pls tell know want need meant " +
    "what's who's where's there's that's it's " +
    "roughly realistically actually basically really proper properly say says said saying mention mentioned " +
    "anything something much many lot lots bit stuff thing things kind sort quite pretty exactly approximately " +
    "whether ok okay thanks hi hello still even ever"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&]*/gu;

export function words(text: string): string[] {
  const found = text.match(WORD) ?? [];
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    // A closing quote or a plural possessive ("the 'safe zones' scheme", "parents' views") is not part of the word.
    if (w.includes("'") || w.includes("’"))
      found[i] = w
        .replace(/['’]s$/i, "")
        .replace(/['’]+$/, "")
        .replace(/['’]/g, "'");
  }
  return found;
}

/**
 * Words seen recently and their terms: stemming is most of the cost of reading a passage for the reranker,
 * and a corpus's vocabulary is small next to the words it is read in. Bounded (cleared when full). A word's
 * terms depend on the word alone, never on an index, so the one table serves every index version.
 */
const TERMS_KEPT = 50_000;
const termsCache = new Map<string, readonly string[]>();
const NONE: readonly string[] = Object.freeze([]);

/** A word's index terms: none for a stopword, else the lower-case word and its stem. Do not modify the result. */
export function termsOf(word: string): string[] {
  let terms = termsCache.get(word);
  if (terms === undefined) {
    terms = computeTerms(word);
    if (termsCache.size >= TERMS_KEPT) termsCache.clear();
    termsCache.set(word, terms);
  }
  return terms as string[];
}

function computeTerms(word: string): readonly string[] {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || (lower.length < 2 && !/\d/.test(lower))) return NONE;
  const stem = /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
  return Object.freeze([lower, `~${stem}`]);
}

export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) for (const t of termsOf(w)) out.push(t);
  return out;
}
