import { EXPANSION_WEIGHT } from "../index/lexicalSearch.js";
import { contentTerms, termsOf, words } from "../index/terms.js";
import { answerKindOf, type AnswerKind } from "./answerKind.js";
import { acronymsIn } from "./acronyms.js";
import { bindingsOf, type Bindings } from "./bindings.js";
import type { Expansion } from "./expansion.js";
import { withoutFiller } from "./filler.js";

/**
 * A question analysed once: its words, stems and their weights, the expansions of its vocabulary, and
 * what it asks for (the kind of answer, the years it names, whether it wants recommendations or what came
 * after). Built once per question and passed down; no stage re-derives any of it.
 */

export interface Query {
  /** The question as asked, without the chat around it (filler.ts); what every stage searches with. */
  text: string;
  /** What the asker typed (personal data already removed), chat and all. */
  typed: string;
  /** The chat taken out of what was typed. */
  filler: string[];
  /** Stemmed content terms ("~inspect"), in order. */
  stems: string[];
  /**
   * Other ways of saying the question's words (acronyms both ways, vocabulary, compounds), those at least
   * `plainWeight` heavy: the plain list for stages that cannot weigh a word (the dense query, the gap report).
   */
  expansions: string[];
  expansionStems: string[];
  /**
   * Every expansion with its source (acronym, compound, national, everyday, wordnet-…) and weight (against
   * the asker's own words' 1), including those too light for `expansions`: what the lexical search, the
   * reranker and sentence choice read.
   */
  weightedExpansions: Expansion[];
  /** Each stem's weight: its idf, times its expansion's weight for stems only an expansion brings. */
  weights: Map<string, number>;
  kind: AnswerKind;
  years: string[];
  /** Wants what inspectors recommended or what must improve. */
  recommendation: boolean;
  /** Asks what came after the years it names. */
  after: boolean;
  /** A non-year number bound to the word beside it ("section 47"). */
  bindings: Bindings;
  /** The question's acronyms (as stems) with their long forms. */
  acronymLongForms: Map<string, string[]>;
  /** Two or more words in a row the corpus never uses ("mobile phones"), if any. */
  unknownPhrase: string | null;
  /** The question's stems that no passage of the corpus holds. */
  unknownStems: string[];
  expand: (text: string) => string[];
}

/** What the query needs to know of the corpus's words. */
export interface Lexicon {
  idf: (term: string) => number;
  expand: (text: string) => string[];
  known: (word: string) => boolean;
  /** A phrase the curated vocabularies know ("sofa surfing"), though neither of its words is the corpus's. */
  knownPhrase?: (phrase: string) => boolean;
  /** Expansions with their sources and weights; without it, `expand`'s terms count as acronyms at EXPANSION_WEIGHT. */
  weighted?: (text: string) => Expansion[];
  /** The least weight of an expansion in `expand`'s list. */
  plainWeight?: number;
}

const RECOMMENDATION_QUESTION =
  /\b(recommend\w*|recs?|improv\w*|should|want\w*|next steps?|actions?|criticis\w*|areas? for (improvement|development)|priorit\w*|planned)\b/i;
const AFTER = /\b(since|after(wards?| that| this| it)|subsequently|later|in response|put in place)\b/i;

export function queryOf(typed: string, lexicon: Lexicon): Query {
  const { focus: text, filler } = withoutFiller(typed);
  const stems = stemsOf(text);
  const weightedExpansions = (
    lexicon.weighted?.(text) ??
    lexicon.expand(text).map((term) => ({ term, source: "acronym" as const, weight: EXPANSION_WEIGHT, from: "" }))
  ).filter((e) => e.weight > 0);
  const plain = lexicon.plainWeight ?? 0;
  // Every stage asks for expansions of the same few phrases (the question, its acronyms, the thing counted).
  const expand = memoized(lexicon.expand);
  const expansions = weightedExpansions.filter((e) => e.weight >= plain).map((e) => e.term);
  const expansionStems = expansions.flatMap(stemsOf);
  const weights = new Map<string, number>();
  for (const t of stems) weights.set(t, lexicon.idf(t));
  // A term no chunk holds has the greatest idf there is.
  const unseen = lexicon.idf("~\u0000unseen");
  for (const [t, w] of expansionStemWeights(weightedExpansions)) if (!weights.has(t)) weights.set(t, lexicon.idf(t) * w);
  return {
    text,
    typed,
    filler,
    stems,
    expansions,
    expansionStems,
    weightedExpansions,
    weights,
    kind: answerKindOf(text),
    years: yearsIn(text),
    recommendation: RECOMMENDATION_QUESTION.test(text),
    after: AFTER.test(text),
    bindings: bindingsOf(stems),
    acronymLongForms: new Map(acronymsIn(text).flatMap((a) => stemsOf(a).map((stem) => [stem, expand(a)] as const))),
    unknownPhrase: unknownPhrase(text, lexicon.known, lexicon.knownPhrase),
    unknownStems: [...new Set(stems.filter((t) => weights.get(t)! >= unseen))],
    expand,
  };
}

/** Each stem the expansions bring, with the heaviest weight of those bringing it. */
export function expansionStemWeights(expansions: Pick<Expansion, "term" | "weight">[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const e of expansions) for (const t of stemsOf(e.term)) if (!(weights.get(t)! >= e.weight)) weights.set(t, e.weight);
  return weights;
}

function memoized(f: (text: string) => string[]): (text: string) => string[] {
  const seen = new Map<string, string[]>();
  return (text) => {
    let found = seen.get(text);
    if (!found) seen.set(text, (found = f(text)));
    return found;
  };
}

/** A text's stemmed content terms, in order: how questions and sentences are compared. */
export function stemsOf(text: string): string[] {
  return contentTerms(text).filter((t) => t.startsWith("~"));
}

/** Years a text names: "2016", and both years of a financial year such as "22/23". */
export function yearsIn(text: string): string[] {
  const years = new Set<string>();
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\b/g)) years.add(m[1]);
  for (const m of text.matchAll(/\b(\d{2})\/(\d{2})\b/g)) if (+m[2] === +m[1] + 1) years.add(`20${m[1]}`).add(`20${m[2]}`);
  // A financial or school year written from its first year ("2022/23", "2022-2023"): both its years.
  for (const m of text.matchAll(/\b((?:19|20)(\d{2}))[/-]((?:19|20)?(\d{2}))\b/g))
    if (+m[4] === +m[2] + 1) years.add(`${m[1].slice(0, 2)}${m[4]}`);
  return [...years];
}

/**
 * Two or more words in a row that the corpus never uses and that expand to nothing ("mobile phones"): the
 * question is about something the guidance does not cover, whatever else it shares with a passage.
 * One unknown word alone is often only the asker's own way of saying a thing ("churn", "hit").
 */
export function unknownPhrase(
  question: string,
  known: (word: string) => boolean,
  knownPhrase: (phrase: string) => boolean = () => false,
): string | null {
  let run: string[] = [];
  for (const w of words(question)) {
    const topical = termsOf(w).length > 0 && !/\d/.test(w) && !/^[A-Z]{2,}/.test(w);
    run = topical && !known(w) ? [...run, w] : [];
    // An everyday phrase the vocabulary knows ("sofa surfing") is covered though neither word is.
    if (run.length === 2 && knownPhrase(run.join(" "))) run = [];
    if (run.length === 2) return run.join(" ");
  }
  return null;
}
