import { isQuotable } from "../corpus/quotable.js";
import { instructsReader } from "../corpus/instructions.js";
import { sentenceSpans } from "../corpus/sentences.js";
import { STOPWORDS } from "../index/terms.js";
import { holdsAnswerKind } from "../retrieve/answerKind.js";
import type { Query } from "../retrieve/query.js";
import { stemsOf } from "../retrieve/query.js";
import type { Passage } from "../retrieve/types.js";
import { heldOf } from "../retrieve/bindings.js";
import { perChunkSlot, type PerChunk } from "../retrieve/indexDerived.js";
import { gapsIn, passageStemsOf, type Gap } from "./evidence.js";
import { advisesAgainstReferral } from "./llm/claimCheck.js";

/**
 * Every sentence of the top passages that could be quoted, described by what is known of it: how much of
 * the question it and its document hold, where its passage ranked, whether it holds the kind of answer
 * asked for, and which evidence checks it fails. The answer model (answerModel.ts) weighs these; the
 * weights are learned, not written by hand.
 */

export interface Candidate {
  passage: Passage;
  text: string;
  /** Passage rank, 0 = best. */
  rank: number;
  features: Features;
  /** Why this sentence falls short of the question, for telling the asker; empty when it holds. */
  gaps: { gap: Gap; why: string }[];
}

export const FEATURE_NAMES = [
  "coverage",
  "coverageBehindBest",
  "sentenceCoverage",
  "sentenceCoverageBehindBest",
  "neighbourCoverage",
  "bestPassageCoverage",
  "questionTerms",
  "passageCoverage",
  "contextCoverage",
  "missingRare",
  "bigrams",
  "rankInverse",
  "retrievalScore",
  "kindHeld",
  "kindMissing",
  "gapYear",
  "gapName",
  "gapAcronym",
  "gapCounted",
  "gapRole",
  "unknownPhrase",
  "longSentence",
  "shortSentence",
  "furniture",
  "startsLowerCase",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const LONG_SENTENCE_CHARS = 400;
const SHORT_SENTENCE_WORDS = 7;
/** Words of the question that name a document or section count for this much when choosing a sentence. */
const LOCATING_WEIGHT = 0.3;
const ADDRESS = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+/gi;
const LICENCE = /\blicen[cs]e\b/i;
const WORDS_BESIDE_AN_ADDRESS = 8;

/** What a passage's sentences are and hold, whatever the question: worked out once per chunk and index. */
interface PassageAnalysis {
  sentences: string[];
  /** Each sentence's stems, in order. */
  stemmed: string[][];
  /** The passage text's stems, in order. */
  textStems: string[];
  /** Its text, title and headings' stems (evidence.ts). */
  whole: Set<string>;
  /** Its title, publisher, year and headings' stems. */
  context: Set<string>;
  furniture: boolean[];
}

export const PASSAGE_ANALYSES = perChunkSlot<PassageAnalysis>("passage analyses", 4096);
export type KeptAnalyses = PerChunk<PassageAnalysis>;

function analyse(passage: Passage): PassageAnalysis {
  const sentences = sentencesOf(passage);
  return {
    sentences,
    stemmed: sentences.map((text) => stemsOf(text)),
    textStems: stemsOf(passage.text),
    whole: passageStemsOf(passage),
    context: contextStems(passage),
    furniture: sentences.map(isFurniture),
  };
}

/** `kept`: the index's per-chunk store for PASSAGE_ANALYSES, so a passage read again is not analysed again. */
export function candidatesOf(query: Query, passages: Passage[], passagesRead: number, kept?: KeptAnalyses): Candidate[] {
  const read = passages.slice(0, passagesRead);
  const top = read[0]?.score || 1;
  const sentenceWeights = discountLocatingTerms(query, read);
  const ask = { question: query.text, kind: query.kind, expand: query.expand };
  const candidates = read.flatMap((passage, rank) => {
    const { sentences, stemmed, textStems, whole, context, furniture } = kept
      ? kept.get(passage.id, () => analyse(passage))
      : analyse(passage);
    const passageStems = union(heldOf(textStems, query.bindings), context);
    const passageCoverage = coverage(passageStems, query.weights);
    const missingRare = rarestMissing(query, passageStems);
    const heldBySentence = stemmed.map((stems) => heldOf(stems, query.bindings));
    const own = heldBySentence.map((stems) => coverage(stems, query.weights));
    return sentences.map((text, i): Candidate => {
      const stems = heldBySentence[i];
      const gaps = gapsIn(ask, { text, passage, passageStems: whole });
      const has = (g: Gap) => (gaps.some((x) => x.gap === g) ? 1 : 0);
      // An acronym is answered by its long form as well as by "(PLO)".
      const kindHeld = query.kind === "acronym" ? !has("acronym") : query.kind !== "finding" && holdsAnswerKind(query.kind, text);
      return {
        passage,
        text,
        rank,
        gaps,
        features: {
          coverage: coverage(union(stems, context), sentenceWeights),
          coverageBehindBest: 0,
          sentenceCoverage: own[i],
          sentenceCoverageBehindBest: 0,
          neighbourCoverage: Math.max(own[i - 1] ?? 0, own[i + 1] ?? 0),
          bestPassageCoverage: 0,
          questionTerms: Math.min(new Set(query.stems).size, 12) / 12,
          passageCoverage,
          contextCoverage: coverage(context, query.weights),
          missingRare,
          bigrams: bigramShare(query.stems, stemmed[i]),
          rankInverse: 1 / (rank + 1),
          retrievalScore: passage.score / top,
          kindHeld: kindHeld ? 1 : 0,
          kindMissing: query.kind !== "finding" && !kindHeld ? 1 : 0,
          gapYear: has("year"),
          gapName: has("name"),
          gapAcronym: has("acronym"),
          gapCounted: has("counted"),
          gapRole: has("role"),
          unknownPhrase: query.unknownPhrase ? 1 : 0,
          longSentence: text.length > LONG_SENTENCE_CHARS ? 1 : 0,
          shortSentence: text.split(/\s+/).length < SHORT_SENTENCE_WORDS ? 1 : 0,
          furniture: query.kind !== "email" && query.kind !== "phone" && furniture[i] ? 1 : 0,
          startsLowerCase: /^[a-z]/.test(text) ? 1 : 0,
        },
      };
    });
  });
  return behindBest(candidates);
}

/** How far each candidate is behind the best of this question's candidates: a question's scale is its own. */
function behindBest(candidates: Candidate[]): Candidate[] {
  const best = (f: (c: Candidate) => number) => Math.max(0, ...candidates.map(f));
  const coverageBest = best((c) => c.features.coverage);
  const sentenceBest = best((c) => c.features.sentenceCoverage);
  const passageBest = best((c) => c.features.passageCoverage);
  for (const c of candidates) {
    c.features.bestPassageCoverage = passageBest;
    c.features.coverageBehindBest = coverageBest - c.features.coverage;
    c.features.sentenceCoverageBehindBest = sentenceBest - c.features.sentenceCoverage;
  }
  return candidates;
}

/**
 * Sentences worth quoting, as a reader would want them: without a list item's marker or a numbered
 * paragraph's number in front (the rest is still the source's own words), a table row read cell by cell,
 * and never a heading repeated from the section path, a fragment, markup, a chart's alt text, or text
 * planted in a document to tell the reader not to refer or report.
 */
export function sentencesOf(passage: Pick<Passage, "text" | "headingPath">): string[] {
  const headings = new Set(passage.headingPath.map(bare));
  return sentenceSpans(passage.text)
    .flatMap((s) => unitsOf(passage.text.slice(s.start, s.end)))
    .map((s) => s.replace(LEADING_MARKER, "").trim())
    .filter(
      (s) =>
        /[a-z]/i.test(s) &&
        s.split(/\s+/).length >= 3 &&
        !/^#{1,6}\s/.test(s) &&
        !headings.has(bare(s)) &&
        !breaksOffMidClause(s) &&
        isQuotable(s) &&
        !advisesAgainstReferral(s) &&
        !instructsReader(s),
    );
}

/** "- ", "• ", "2.31 ", "(a) ", "3) " and the like, however many, in front of a list item or paragraph. */
const LEADING_MARKER = /^(?:\s*(?:[-•*✓▪◦–]|\(?\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+)+/;
/** Between the cells of a row, as extraction leaves them: pipes or tabs. */
const CELL_BOUNDARY = /\s*\|\s*|\t+/;
/** A markdown table row, "| Neglect | 269 |"; its separator row is all pipes, dashes and colons. */
const TABLE_ROW = /^\|(.*)\|$/;
const SEPARATOR_ROW = /^[|\s:-]+$/;

/**
 * A markdown table row is quoted whole, its cells as the source writes them ("Neglect | 269"): a figure
 * means nothing without its row heading, and the table's own heading names its column. Other text with
 * pipes or tabs is laid out in columns by extraction, each cell a unit of its own.
 */
function unitsOf(line: string): string[] {
  const row = TABLE_ROW.exec(line.trim());
  if (!row) return line.split(CELL_BOUNDARY);
  if (SEPARATOR_ROW.test(line)) return [];
  const cells = row[1].split("|").map((c) => c.trim());
  // From the first filled cell to the last: a verbatim stretch of the row, empty edge cells left out.
  return cells.filter(Boolean).length >= 2 ? [row[1].replace(/^[\s|]+|[\s|]+$/g, "")] : cells;
}

/**
 * Extraction can end a paragraph mid-sentence ("The local authority designated officer also</p>"): a
 * sentence whose last word, markup aside, is a function word says nothing by itself.
 */
function breaksOffMidClause(sentence: string): boolean {
  const last =
    sentence
      .replace(/<\/?[a-z]+>/gi, "")
      .trim()
      .split(/\s+/)
      .at(-1) ?? "";
  return /^[a-z']+$/i.test(last) && STOPWORDS.has(last.toLowerCase());
}

function bare(s: string): string {
  return s.replace(/[#*_]/g, "").trim().toLowerCase();
}

/**
 * Words of the question that name a document or section ("Ofsted", "2016", "monitoring visit") say where
 * to look, not what the answer says: in choosing a sentence they count for less.
 */
function discountLocatingTerms(query: Query, passages: Passage[]): Map<string, number> {
  // "What does CSPR stand for" asks about the words a section may be named after: nothing there locates.
  if (query.kind === "acronym") return query.weights;
  const locating = new Set(passages.flatMap((p) => [...contextStems(p)]));
  // "according to the JTAI" names a document as surely as "the joint targeted area inspection" does.
  for (const [stem, longForms] of query.acronymLongForms)
    if (longForms.some((long) => stemsOf(long).every((t) => locating.has(t)))) locating.add(stem);
  return new Map([...query.weights].map(([t, w]) => [t, locating.has(t) ? w * LOCATING_WEIGHT : w]));
}

export function contextStems(p: Passage): Set<string> {
  return new Set(stemsOf(`${p.title} ${p.publisher ?? ""} ${p.date.slice(0, 4)} ${p.headingPath.join(" ")}`));
}

export function coverage(terms: Set<string>, weights: Map<string, number>): number {
  let total = 0;
  let covered = 0;
  for (const [t, w] of weights) {
    total += w;
    if (terms.has(t)) covered += w;
  }
  return total ? covered / total : 0;
}

/** How much of the question's rarest word is missing: its weight over the heaviest weight, when absent. */
function rarestMissing(query: Query, held: Set<string>): number {
  let heaviest = 0;
  let missing = 0;
  for (const t of query.stems) {
    const w = query.weights.get(t) ?? 0;
    heaviest = Math.max(heaviest, w);
    const expanded = query.expansionStems.some((e) => held.has(e));
    if (!held.has(t) && !expanded) missing = Math.max(missing, w);
  }
  return heaviest ? missing / heaviest : 0;
}

function bigramShare(question: string[], sentence: string[]): number {
  if (question.length < 2) return 0;
  const pairs = new Set(sentence.slice(1).map((s, i) => `${sentence[i]} ${s}`));
  let found = 0;
  for (let i = 1; i < question.length; i++) if (pairs.has(`${question[i - 1]} ${question[i]}`)) found++;
  return found / (question.length - 1);
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  const u = new Set(a);
  for (const x of b) u.add(x);
  return u;
}

/**
 * Web addresses, emails and licence lines are a document's furniture, rarely an answer; a sentence that
 * says something (who sends what to an address, and by when) is more than its address.
 */
function isFurniture(sentence: string): boolean {
  if (LICENCE.test(sentence)) return true;
  const withoutAddresses = sentence.replace(ADDRESS, " ");
  return withoutAddresses !== sentence && withoutAddresses.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < WORDS_BESIDE_AN_ADDRESS;
}
