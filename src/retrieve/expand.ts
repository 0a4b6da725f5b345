import type { VocabularyEntry } from "../corpus/vocabularyFile.js";
import type { Glossary } from "../index/glossary.js";
import { termsOf, words } from "../index/terms.js";
import { compoundsIn } from "./compounds.js";
import type { PreparedIndex } from "./indexDerived.js";
import { DEFAULT_EXPANSION, heaviestPerTerm, type Expansion, type ExpansionSettings, type ExpansionSource } from "./expansion.js";
import { thesaurus } from "./thesaurus/thesaurus.js";
import { wordnetExpansions } from "./thesaurus/wordnetExpansions.js";
import { EVERYDAY_VOCABULARY } from "./vocabulary/everyday.js";
import { NATIONAL_VOCABULARY } from "./vocabulary/national.js";
import { Vocabulary } from "./vocabulary/vocabulary.js";

/**
 * Words to look for besides the asker's own, counting for less: acronyms both ways (the corpus's glossary),
 * words the documents write as one ("break down" → "breakdown"), the formal words for practitioners' own
 * ("FCs" → "foster carers", "kids" → "children"), everyday and British English ("cabbies" → "taxi drivers")
 * and, through WordNet, general English ("twig" → "catch on"), since practitioners type in Slack as they
 * speak and reports are written formally. Each carries its source and a weight.
 */
export function weightedExpansionsOf(snapshot: PreparedIndex, text: string, settings: ExpansionSettings = DEFAULT_EXPANSION): Expansion[] {
  const on = settings.sources;
  const df = (term: string) => snapshot.lexical.documentFrequency(term);
  const found: Expansion[] = [];
  const add = (term: string, source: ExpansionSource, from = "", weight = settings.weights[source]) => {
    if (on[source]) found.push({ term, source, weight, from });
  };
  if (on.acronym) for (const term of snapshot.glossary.expansions(text)) add(term, "acronym");
  if (on.compound) for (const term of compoundsIn(text, snapshot.lexical)) add(term, "compound");
  if (on.national || on.everyday) {
    const matches = snapshot.derived.vocabulary().matches(text, {
      definedByCorpus: (token) => snapshot.glossary.lookup(token) !== undefined,
      isCorpusWord: (word) => df(word) > 0,
    });
    for (const { formal, entry, from } of matches) {
      if (!isEveryday(entry)) add(formal, "national", from);
      // Everyday words lead only to words the documents use, and count for less when the documents use them too.
      else if (usesAll(formal, df))
        add(formal, "everyday", from, settings.weights.everyday * (usesAll(from, df) && !/\s/.test(from) ? 0.5 : 1));
    }
  }
  const covered = found.filter((e) => e.from).map((e) => e.from);
  if (WORDNET.some((s) => on[s])) found.push(...wordnetExpansions(text, df, settings, thesaurus(), covered));
  const lower = ` ${words(text.toLowerCase()).join(" ")} `;
  return heaviestPerTerm(found).filter((e) => !lower.includes(` ${words(e.term.toLowerCase()).join(" ")} `));
}

/** The plain list, for stages that cannot weigh a word (the dense query, an acronym's long forms): those at least `plainWeight` heavy. */
export function plainTerms(expansions: Expansion[], settings: ExpansionSettings): string[] {
  return expansions.filter((e) => e.weight >= settings.plainWeight).map((e) => e.term);
}

const WORDNET: ExpansionSource[] = ["wordnet-synonym", "wordnet-derivation", "wordnet-hypernym", "wordnet-gloss"];
const EVERYDAY = new Set(EVERYDAY_VOCABULARY);

/** Shipped everyday entries, and an admin's entries of kind "everyday" (corpus/vocabulary.json). */
function isEveryday(entry: VocabularyEntry): boolean {
  return EVERYDAY.has(entry) || (entry.kind === "everyday" && !NATIONAL.has(entry));
}
const NATIONAL = new Set(NATIONAL_VOCABULARY);

function usesAll(text: string, df: (term: string) => number): boolean {
  const content = words(text).filter((w) => termsOf(w).length);
  return content.length > 0 && content.every((w) => termsOf(w).some((t) => df(t) > 0));
}

/** The shipped vocabularies with the admin's entries last (made once per index: indexDerived.ts). */
export function vocabularyOf(glossary: Pick<Glossary, "vocabulary">): Vocabulary {
  return new Vocabulary([...NATIONAL_VOCABULARY, ...EVERYDAY_VOCABULARY, ...glossary.vocabulary]);
}
