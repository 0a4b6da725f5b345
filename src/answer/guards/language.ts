import nlp from "compromise";

/**
 * Can the guard read this question? The urgent-risk features are English phrases, so a question in
 * another language (or script) cannot be judged safe: it gets the urgent line too (DESIGN.md). A word
 * counts as English when compromise's lexicon (some 24,000 English words) knows it or its stem, or when
 * the indexed guidance uses it (`known`), which brings in the domain's words ("safeguarding", "agencies").
 */

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const SMALL_WORDS = new Set(
  ("a i is am are was were be been being the an and or but if of to in on at by for with from as it its this that " +
    "my me we us our you your he him his she her they them their there here what who whom whose when where why how " +
    "do does did done has have had not no yes can could will would should shall may might must just now today " +
    "tonight dad mum stepdad stepmum boyfriend girlfriend pupil pupils nan grandma grandad kids").split(" "),
);
const SUFFIXES = ["'s", "s", "es", "ed", "d", "ing", "ly", "er", "ers", "n't"];

function isEnglishWord(word: string, known: (word: string) => boolean): boolean {
  if (SMALL_WORDS.has(word) || word in LEXICON || known(word)) return true;
  return SUFFIXES.some((s) => word.endsWith(s) && word.length > s.length + 2 && word.slice(0, -s.length) in LEXICON);
}

export function readsAsEnglish(text: string, known: (word: string) => boolean = () => false): boolean {
  const letters = [...text.matchAll(/\p{L}/gu)].length;
  if (letters === 0) return true;
  const latin = [...text.matchAll(/\p{Script=Latin}/gu)].length;
  if (latin / letters < 0.5) return false;
  // Acronyms and capitalised words (names, places) say nothing about the language around them.
  const words = [...text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)]
    .map((m) => m[0])
    .filter((w, i) => !/^\p{Lu}{2,}$/u.test(w) && !(i > 0 && /^\p{Lu}/u.test(w)))
    .map((w) => w.toLowerCase().replace(/’/g, "'"));
  // Two-letter words ("a", "la", "en", "in") are shared by too many languages to tell them apart.
  const long = words.filter((w) => w.length > 2);
  const judged = long.length >= 2 ? long : words;
  if (judged.length < 2) return true;
  const english = judged.filter((w) => isEnglishWord(w, known)).length;
  return english / judged.length >= 0.5;
}
