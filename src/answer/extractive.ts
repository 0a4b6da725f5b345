import { sentenceSpans } from "../corpus/sentences.js";
import { STOPWORDS } from "../index/terms.js";
import type { IdfTable } from "../retrieve/rerank.js";
import { stemsOf } from "../retrieve/rerank.js";
import type { Passage } from "../retrieve/types.js";
import { heldStems, numberBindings } from "./boundNumbers.js";
import { acronymsIn, shortfall, unknownPhrase } from "./evidence.js";
import { yearsIn } from "../retrieve/intent.js";
import { answerKindOf, holdsAnswerKind, type AnswerKind } from "../retrieve/answerKind.js";

/**
 * The default answerer: no model, no network. It picks the one to three sentences from the top passages
 * that best hold what is asked, verbatim, each tied to its passage. A sentence is read with what its
 * document already says about it (title, publisher, year, section): "the JTAI" in a question is
 * answered by a sentence of the JTAI letter that never repeats the acronym.
 */

export interface SelectedSentence {
  passage: Passage;
  text: string;
  score: number;
}

export interface ExtractiveResult {
  kind: AnswerKind;
  sentences: SelectedSentence[];
  /** Share (0–1, idf-weighted) of the question's terms found in the best sentence's passage and its context. */
  support: number;
  /** Why no chosen sentence holds what was asked (see evidence.ts), or null when one does. */
  shortfall: string | null;
}

const PASSAGES_READ = 5;
/** A comparison's evidence is spread over documents of different years, so more passages are read. */
const PASSAGES_READ_FOR_COMPARISON = 10;
const MAX_SENTENCES = 3;
/** The quoted sentences together; with the lead-in per document the answer stays near 600 characters. */
export const MAX_QUOTE_CHARS = 480;
const LONG_SENTENCE_CHARS = 400;
/**
 * Web addresses, emails and licence lines are a document's furniture, rarely an answer; a sentence that
 * says something (who sends what to an address, and by when) is more than its address.
 */
const ADDRESS = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+/gi;
const LICENCE = /\blicen[cs]e\b/i;
const WORDS_BESIDE_AN_ADDRESS = 8;
const MIN_RELATIVE_SCORE = 0.6;
const LOCATING_WEIGHT = 0.3;
const KIND_MIN_RELATIVE_SCORE = 0.8;

/** What the answerer knows of the corpus's words: how rare each is, acronym expansions, and whether it is used at all. */
export interface Lexicon {
  idf: IdfTable;
  expand: (text: string) => string[];
  known: (word: string) => boolean;
}

export function extractAnswer(question: string, passages: Passage[], lexicon: Lexicon): ExtractiveResult {
  const { idf } = lexicon;
  const expansions = lexicon.expand(question);
  const kind = answerKindOf(question);
  const weights = termWeights(question, expansions, idf);
  const bindings = numberBindings(question);
  const held = (text: string) => heldStems(text, bindings);
  const years = comparedYears(question);
  const read = passages.slice(0, years.length ? PASSAGES_READ_FOR_COMPARISON : PASSAGES_READ);
  const sentenceWeights = discountLocatingTerms(weights, read, acronymLongForms(question, lexicon.expand));
  const candidates = read.flatMap((passage, rank) => {
    const context = contextStems(passage);
    const passageCoverage = coverage(union(held(passage.text), context), weights);
    return sentencesOf(passage).map((text) => ({
      passage,
      text,
      score: scoreSentence(held(text), text, context, passageCoverage, rank, sentenceWeights, kind),
    }));
  });
  candidates.sort((a, b) => b.score - a.score);
  const focus = years.length ? rarestTermHeld(weights, candidates.map((c) => c.text)) : null;
  const ask = { question, kind, expand: lexicon.expand };
  const verdicts = new Map(choose(preferKind(candidates, kind), years, focus).map((s) => [s, shortfall(ask, s)]));
  const chosen = [...verdicts.keys()].sort((a, b) => Number(verdicts.get(a) !== null) - Number(verdicts.get(b) !== null));
  const best = chosen[0];
  const unknown = unknownPhrase(question, lexicon.known);
  return {
    kind,
    sentences: chosen,
    support: best ? coverage(union(held(best.passage.text), contextStems(best.passage)), weights) : 0,
    shortfall: !best ? "no sentence to quote" : unknown ? `the guidance never mentions “${unknown}”` : verdicts.get(best)!,
  };
}

/** Sentences worth quoting: not a heading repeated from the section path, not a fragment. */
function sentencesOf(passage: Passage): string[] {
  const headings = new Set(passage.headingPath.map(bare));
  return sentenceSpans(passage.text)
    .map((s) => passage.text.slice(s.start, s.end))
    .filter((s) => /[a-z]/i.test(s) && s.split(/\s+/).length >= 3 && !/^#{1,6}\s/.test(s) && !headings.has(bare(s)) && !breaksOffMidClause(s));
}

/**
 * Extraction can end a paragraph mid-sentence ("The local authority designated officer also</p>"): a
 * sentence whose last word, markup aside, is a function word says nothing by itself.
 */
function breaksOffMidClause(sentence: string): boolean {
  const last = sentence.replace(/<\/?[a-z]+>/gi, "").trim().split(/\s+/).at(-1) ?? "";
  return /^[a-z']+$/i.test(last) && STOPWORDS.has(last.toLowerCase());
}

function bare(s: string): string {
  return s.replace(/[#*_]/g, "").trim().toLowerCase();
}

/**
 * Words of the question that name a document or section ("Ofsted", "2016", "monitoring visit") say where
 * to look, not what the answer says: in choosing a sentence they count for less.
 */
function discountLocatingTerms(weights: Map<string, number>, passages: Passage[], acronyms: Map<string, string[]>): Map<string, number> {
  const locating = new Set(passages.flatMap((p) => [...contextStems(p)]));
  // "according to the JTAI" names a document as surely as "the joint targeted area inspection" does.
  for (const [stem, longForms] of acronyms) if (longForms.some((long) => stemsOf(long).every((t) => locating.has(t)))) locating.add(stem);
  return new Map([...weights].map(([t, w]) => [t, locating.has(t) ? w * LOCATING_WEIGHT : w]));
}

/** The question's acronyms (as stems) with their long forms. */
function acronymLongForms(question: string, expand: (text: string) => string[]): Map<string, string[]> {
  return new Map(acronymsIn(question).flatMap((a) => stemsOf(a).map((stem) => [stem, expand(a)] as const)));
}

function contextStems(p: Passage): Set<string> {
  return new Set(stemsOf(`${p.title} ${p.publisher ?? ""} ${p.date.slice(0, 4)} ${p.headingPath.join(" ")}`));
}

function termWeights(question: string, expansions: string[], idf: IdfTable): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of stemsOf(question)) weights.set(t, idf(t));
  for (const t of expansions.flatMap(stemsOf)) if (!weights.has(t)) weights.set(t, idf(t) * 0.5);
  return weights;
}

function coverage(terms: Set<string>, weights: Map<string, number>): number {
  let total = 0;
  let covered = 0;
  for (const [t, w] of weights) {
    total += w;
    if (terms.has(t)) covered += w;
  }
  return total ? covered / total : 0;
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  const u = new Set(a);
  for (const x of b) u.add(x);
  return u;
}

function scoreSentence(
  stems: Set<string>,
  text: string,
  context: Set<string>,
  passageCoverage: number,
  rank: number,
  weights: Map<string, number>,
  kind: AnswerKind,
): number {
  const own = coverage(union(stems, context), weights);
  const kindBonus = kind !== "finding" && holdsAnswerKind(kind, text) ? 0.25 : 0;
  const lengthPenalty = text.length > LONG_SENTENCE_CHARS ? 0.1 : 0;
  const furniturePenalty = kind !== "email" && kind !== "phone" && isFurniture(text) ? 0.3 : 0;
  return own + 0.3 * passageCoverage + kindBonus + 0.15 / (rank + 1) - lengthPenalty - furniturePenalty;
}

function isFurniture(sentence: string): boolean {
  if (LICENCE.test(sentence)) return true;
  const withoutAddresses = sentence.replace(ADDRESS, " ");
  return withoutAddresses !== sentence && withoutAddresses.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < WORDS_BESIDE_AN_ADDRESS;
}

/**
 * For a question that wants a number, a date, a grade or a name, the best sentence that holds one leads,
 * as long as it is nearly as relevant as the best sentence overall.
 */
function preferKind<T extends SelectedSentence>(candidates: T[], kind: AnswerKind): T[] {
  if (kind === "finding" || !candidates.length) return candidates;
  const holding = candidates.filter((c) => holdsAnswerKind(kind, c.text));
  if (!holding.length || holding[0].score < candidates[0].score * KIND_MIN_RELATIVE_SCORE) return candidates;
  return [...holding, ...candidates.filter((c) => !holding.includes(c))];
}

/** The question's rarest word that some candidate sentence holds: what a comparison is about ("poverty"). */
function rarestTermHeld(weights: Map<string, number>, sentences: string[]): string | null {
  const held = new Set(sentences.flatMap(stemsOf));
  let best: string | null = null;
  for (const [term, weight] of weights) if (held.has(term) && (!best || weight > weights.get(best)!)) best = term;
  return best;
}

/** A question comparing two or more years ("2016 vs the 2018 visit") wants evidence from each. */
function comparedYears(question: string): string[] {
  const years = yearsIn(question);
  return years.length >= 2 && COMPARISON.test(question) ? years : [];
}

const COMPARISON = /\b(vs\.?|versus|compared?|comparison|between|changed?|move[ds]?|differ\w*|then and now|since)\b/i;

/**
 * The best sentence, then up to two more that score nearly as well and still fit the answer length.
 * For a comparison, the best sentence of each year named comes first.
 */
function choose(candidates: SelectedSentence[], years: string[], focus: string | null): SelectedSentence[] {
  const chosen: SelectedSentence[] = [];
  let length = 0;
  const onFocus = focus ? candidates.filter((c) => stemsOf(c.text).includes(focus)) : [];
  for (const year of years) {
    const best = [onFocus, candidates]
      .flatMap((pool) => [
        pool.find((c) => !chosen.includes(c) && c.passage.date.startsWith(year)),
        pool.find((c) => !chosen.includes(c) && c.text.includes(year)),
      ])
      .find(Boolean);
    if (best && chosen.length < MAX_SENTENCES) {
      chosen.push(best);
      length += best.text.length;
    }
  }
  const threshold = (candidates[0]?.score ?? 0) * MIN_RELATIVE_SCORE;
  for (const c of candidates) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (chosen.length && c.score < threshold) break;
    if (chosen.some((s) => s.text === c.text)) continue;
    if (chosen.length && length + c.text.length > MAX_QUOTE_CHARS) continue;
    chosen.push(c);
    length += c.text.length;
  }
  return chosen.sort((a, b) => b.score - a.score);
}
