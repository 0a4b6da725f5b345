import { createRequire } from "node:module";
import nlp from "compromise";

/**
 * Can the guard read this question? The urgent-risk features are English phrases, so a question in
 * another language (or script) cannot be judged safe: it gets the urgent line too (DESIGN.md).
 * Evidence of another language is asked for, not just a lack of English: mostly another script; or
 * more of another language's function words (stopwords-iso) than English ones; or, when the indexed
 * guidance's vocabulary is at hand (`known`), most words neither English nor the guidance's.
 */

const STOPWORDS = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;
const ENGLISH_STOPWORDS = new Set(STOPWORDS.en);
/** Each other language's function words that English does not share. */
const FOREIGN_STOPWORDS = Object.entries(STOPWORDS)
  .filter(([lang]) => lang !== "en")
  .map(([, list]) => new Set(list.filter((w) => !ENGLISH_STOPWORDS.has(w))));

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const SUFFIXES = ["'s", "s", "es", "ed", "d", "ing", "ly", "er", "ers", "n't"];

function isEnglishWord(word: string, known: (word: string) => boolean): boolean {
  if (ENGLISH_STOPWORDS.has(word) || word in LEXICON || known(word)) return true;
  return SUFFIXES.some((s) => word.endsWith(s) && word.length > s.length + 2 && word.slice(0, -s.length) in LEXICON);
}

export function readsAsEnglish(text: string, known?: (word: string) => boolean): boolean {
  const letters = [...text.matchAll(/\p{L}/gu)].length;
  if (letters === 0) return true;
  const latin = [...text.matchAll(/\p{Script=Latin}/gu)].length;
  if (latin / letters < 0.5) return false;
  // Acronyms and capitalised words (names, places) say nothing about the language around them.
  const words = [...text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)]
    .map((m) => m[0])
    .filter((w, i) => !/^\p{Lu}{2,}$/u.test(w) && !(i > 0 && /^\p{Lu}/u.test(w)))
    .map((w) => w.toLowerCase().replace(/’/g, "'"));
  // English function words of one or two letters ("a", "in", "is") are words of other languages too.
  const english = words.filter((w) => w.length > 2 && ENGLISH_STOPWORDS.has(w)).length;
  const foreign = Math.max(0, ...FOREIGN_STOPWORDS.map((set) => words.filter((w) => set.has(w)).length));
  if (foreign >= 2 && foreign > english) return false;
  if (!known) return true;
  // Two-letter words ("a", "la", "en", "in") are shared by too many languages to tell them apart.
  const long = words.filter((w) => w.length > 2);
  const judged = long.length >= 2 ? long : words;
  if (judged.length < 3 || english > 0) return true;
  return judged.filter((w) => isEnglishWord(w, known)).length / judged.length >= 0.3;
}
