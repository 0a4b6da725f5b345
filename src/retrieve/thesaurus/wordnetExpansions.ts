import { termsOf, words } from "../../index/terms.js";
import type { Expansion, ExpansionSettings, ExpansionSource } from "../expansion.js";
import type { Relations, Thesaurus } from "./thesaurus.js";

/**
 * The question's words in the documents' words by way of WordNet: "cabbies" → "taxi driver", "bobby" →
 * "police officer", "twig" → "catch on". Only to words the corpus uses, and mostly for words it does not:
 * a word the documents already use gets only its synonyms and derivations, at a fraction of the weight.
 */

/** How many chunks hold a search term (as `termsOf` makes them). */
export type DocumentFrequency = (term: string) => number;

const KNOWN_WORD_DISCOUNT = 0.3;
const LIMIT: Record<Relation, number> = { synonyms: 6, derivations: 4, hypernyms: 4, gloss: 5 };
type Relation = keyof Relations;
const SOURCE: Record<Relation, ExpansionSource> = {
  synonyms: "wordnet-synonym",
  derivations: "wordnet-derivation",
  hypernyms: "wordnet-hypernym",
  gloss: "wordnet-gloss",
};
const FOR_KNOWN_WORDS: Relation[] = ["synonyms", "derivations"];

/** `covered`: the asker's words a curated vocabulary already put in the documents' words ("chief exec"), left alone here. */
export function wordnetExpansions(
  text: string,
  df: DocumentFrequency,
  settings: ExpansionSettings,
  thesaurus: Thesaurus,
  covered: string[] = [],
): Expansion[] {
  const relations = (Object.keys(SOURCE) as Relation[]).filter((r) => settings.sources[SOURCE[r]]);
  if (!relations.length) return [];
  const asked = new Set(words(text).flatMap((w) => termsOf(w).slice(1)));
  const found: Expansion[] = [];
  const done = covered.map((c) => ` ${words(c.toLowerCase()).join(" ")} `);
  for (const from of candidatesIn(text)) {
    if (done.some((c) => c.includes(` ${from} `))) continue;
    const related = thesaurus.relations(from);
    const known = contentWords(from).every((w) => usesWord(w, df));
    for (const relation of known ? relations.filter((r) => FOR_KNOWN_WORDS.includes(r)) : relations) {
      const weight = settings.weights[SOURCE[relation]] * (known ? KNOWN_WORD_DISCOUNT : 1);
      let kept = 0;
      for (const candidate of related[relation]) {
        if (kept === LIMIT[relation]) break;
        const term = inCorpusWords(candidate, df);
        if (
          !term ||
          contentWords(term).every((w) =>
            termsOf(w)
              .slice(1)
              .every((s) => asked.has(s)),
          )
        )
          continue;
        found.push({ term, source: SOURCE[relation], weight, from });
        kept++;
      }
    }
  }
  return found;
}

/** The question's content words, and its two- and three-word runs that may be WordNet phrases ("kicked out"). */
function candidatesIn(text: string): string[] {
  const ws = words(text).filter((w) => !/\d/.test(w));
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    // An acronym in capitals is the glossary's to expand, not a word's.
    if (w.length >= 3 && termsOf(w).length && !/^[A-Z]{2,}s?$/.test(w)) out.add(w.toLowerCase());
    for (const n of [2, 3]) {
      const run = ws.slice(i, i + n);
      if (run.length === n && run.some((r) => termsOf(r).length)) out.add(run.join(" ").toLowerCase());
    }
  }
  return [...out];
}

/** The expansion as the corpus would write it, or null when the corpus does not use its words. */
function inCorpusWords(term: string, df: DocumentFrequency): string | null {
  const content = contentWords(term);
  if (content.length && content.every((w) => usesWord(w, df))) return term;
  // WordNet writes some compounds as one word ("taxidriver") that documents write as two.
  if (!/^[a-z]{7,}$/.test(term)) return null;
  for (let cut = 3; cut <= term.length - 3; cut++) {
    const [a, b] = [term.slice(0, cut), term.slice(cut)];
    if (df(a) > 0 && df(b) > 0 && termsOf(a).length && termsOf(b).length) return `${a} ${b}`;
  }
  return null;
}

function contentWords(text: string): string[] {
  return words(text).filter((w) => termsOf(w).length);
}

function usesWord(word: string, df: DocumentFrequency): boolean {
  return termsOf(word).some((t) => df(t) > 0);
}
