import type { Chunk } from "../corpus/types.js";
import type { ChunkStore, LexicalSearch } from "../index/snapshot.js";
import { contentTerms } from "../index/terms.js";
import { balanceByYear } from "./balance.js";
import { chunkFilter, filterNarrows } from "./filters.js";
import { answerKindMatch, backMatter, recommendationShape, yearMatch } from "./intent.js";
import type { Expansion } from "./expansion.js";
import type { Query } from "./query.js";
import type { PreparedIndex } from "./indexDerived.js";
import { featuresOf, profileQuery, type IdfTable } from "./rerank.js";
import type { Passage, SearchFilters } from "./types.js";
import { logit, rowByName, type LogisticModel } from "./logistic.js";
import { RETRIEVAL_MODEL } from "./model/weights.js";

/**
 * Hybrid retrieval: BM25 and dense (LSA or OpenAI) candidates, fused by reciprocal rank, then reranked
 * on sentence focus, phrases and headings, with newer documents first among equals.
 */

export interface RetrievalSettings {
  lexical: boolean;
  dense: boolean;
  /** Query expansion (expand.ts): acronyms both ways, compounds, formal words for everyday ones. */
  acronyms: boolean;
  rerank: boolean;
  /** Question intent in the rerank: recommendations wanted, years named (each in view), the kind of answer asked for. */
  intent: boolean;
  recency: boolean;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = {
  lexical: true,
  dense: true,
  acronyms: true,
  rerank: true,
  intent: true,
  recency: true,
};

export interface RetrieveOptions {
  k: number;
  filters?: SearchFilters;
  settings?: RetrievalSettings;
}

const CANDIDATES = 60;
const RRF_K = 60;
const RECENCY_HALF_LIFE_YEARS = 4;

/** What is known of a candidate passage for a question; the score is a weighted sum of these. */
export interface CandidateFeatures {
  /** Reciprocal-rank contributions of each first-stage list (0 when absent from it). */
  lexical: number;
  dense: number;
  /** BM25 score over the best candidate's; cosine similarity of the dense vectors (0 when absent). */
  lexicalScore: number;
  denseSimilarity: number;
  focus: number;
  phrases: number;
  headings: number;
  recency: number;
  recommendation: number;
  year: number;
  answerKind: number;
  backMatter: number;
}

export const CANDIDATE_FEATURES: (keyof CandidateFeatures)[] = [
  "lexical",
  "dense",
  "lexicalScore",
  "denseSimilarity",
  "focus",
  "phrases",
  "headings",
  "recency",
  "recommendation",
  "year",
  "answerKind",
  "backMatter",
];

export interface Candidate {
  chunk: Chunk;
  features: CandidateFeatures;
}

/**
 * Retrieval: the first-stage candidates, ordered by a logistic model of how likely each is to hold the
 * answer (its weights fitted on the public questions by `npm run train`), the best of each named year first.
 * A passage's score is that probability.
 */
export async function retrieve(snapshot: PreparedIndex, query: Query, options: RetrieveOptions): Promise<Passage[]> {
  return rank(await candidatesFor(snapshot, query, options), query, options);
}

export function rank(candidates: Candidate[], query: Query, options: RetrieveOptions, model: LogisticModel = RETRIEVAL_MODEL): Passage[] {
  const scored = candidates.map(({ chunk, features }) => ({
    chunk,
    z: logit(model, rowByName(model, { ...features }, "retrieval")),
  }));
  const best = Math.max(...scored.map((c) => c.z));
  // The model orders passages within a question; a score says how far behind the best passage each is.
  const ranked = scored
    .map(({ chunk, z }) => ({ chunk, score: Math.exp(z - best) }))
    .sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id));
  const settings = options.settings ?? DEFAULT_RETRIEVAL;
  return (settings.rerank && settings.intent ? balanceByYear(ranked, new Set(query.years)) : ranked)
    .slice(0, options.k)
    .map(({ chunk, score }) => toPassage(chunk, score));
}

/** The first-stage candidates (BM25 and dense, fused by reciprocal rank) with their features. */
export async function candidatesFor(snapshot: PreparedIndex, query: Query, options: RetrieveOptions): Promise<Candidate[]> {
  const settings = options.settings ?? DEFAULT_RETRIEVAL;
  const question = query.text;
  if (contentTerms(question).length === 0) return [];
  const weighted = settings.acronyms ? query.weightedExpansions : [];
  const plain = settings.acronyms ? query.expansions : [];
  // Always applied, before ranking: it carries the asker's audiences (filters.ts).
  const keep = chunkFilter(options.filters);
  const idFilter = (id: string) => keep(snapshot.chunks.get(id)!);
  const lexicalHits = settings.lexical
    ? snapshot.lexical.search({
        text: question,
        expansions: weighted.map((e) => e.term),
        expansionWeights: new Map(weighted.map((e) => [e.term, e.weight])),
        filter: idFilter,
        termWeight: snapshot.derived.locatingDiscount(),
        k: CANDIDATES,
      })
    : [];
  const lexical = lexicalHits.map((h) => h.id);
  const bestLexical = lexicalHits[0]?.score || 1;
  const lexicalScores = new Map(lexicalHits.map((h) => [h.id, h.score / bestLexical]));
  const narrows = filterNarrows(options.filters, snapshot.derived.documentAudiences());
  const denseHits = settings.dense ? await denseSearch(snapshot, [question, ...plain].join(" "), idFilter, narrows) : [];
  const dense = denseHits.map((h) => h.id);
  const similarities = new Map(denseHits.map((h) => [h.id, h.similarity]));
  const ids = [...new Set([...lexical, ...dense])];
  const rerank = settings.rerank ? reranker(snapshot, query, weighted, settings.intent) : null;
  const newest = Math.max(...ids.map((id) => Date.parse(snapshot.chunks.get(id)!.date) || 0));
  return ids.map((id) => {
    const chunk = snapshot.chunks.get(id)!;
    const ageYears = (newest - (Date.parse(chunk.date) || 0)) / (365.25 * 864e5);
    return {
      chunk,
      features: {
        lexical: reciprocalRank(lexical, id),
        dense: reciprocalRank(dense, id),
        lexicalScore: lexicalScores.get(id) ?? 0,
        denseSimilarity: similarities.get(id) ?? 0,
        // An undated document ("") is never the newest: it gets no recency at all.
        recency: settings.recency && chunk.date ? Math.pow(0.5, ageYears / RECENCY_HALF_LIFE_YEARS) : 0,
        ...(rerank ? rerank(chunk) : NO_RERANK),
      },
    };
  });
}

/**
 * Words that name a document (its title, publisher, year) say which document, not which passage: in the
 * lexical query they count for less, so "what did the 2018 monitoring visit say about caseloads" is about
 * caseloads. The reranker's year and heading features still point at the right document.
 */
const LOCATING_WEIGHT = 0.7;

/** Reads every chunk: made once per index (indexDerived.ts). */
export function locatingDiscountOf(chunks: Iterable<Chunk>): (term: string) => number {
  const names = new Set<string>();
  for (const c of chunks) names.add(`${c.title} ${c.publisher} ${c.date.slice(0, 4)}`);
  const locating = new Set([...names].flatMap((n) => contentTerms(n)));
  return (term: string) => (locating.has(term) ? LOCATING_WEIGHT : 1);
}

const NO_RERANK = { focus: 0, phrases: 0, headings: 0, recommendation: 0, year: 0, answerKind: 0, backMatter: 0 };

function reciprocalRank(list: string[], id: string): number {
  const rank = list.indexOf(id);
  return rank < 0 ? 0 : 1 / (RRF_K + rank + 1);
}

async function denseSearch(
  snapshot: PreparedIndex,
  text: string,
  filter: (id: string) => boolean,
  narrows: boolean,
): Promise<{ id: string; similarity: number }[]> {
  const vector = await snapshot.embeddings.embedQuery(text);
  const hits = await snapshot.dense.search(vector, narrows ? CANDIDATES * 5 : CANDIDATES);
  return hits.filter((h) => filter(h.id)).slice(0, CANDIDATES);
}

/** Second-stage features of a chunk for this question: sentence focus, phrases, headings, question intent. */
function reranker(snapshot: PreparedIndex, query: Query, expansions: Expansion[], withIntent: boolean) {
  const profile = profileQuery(query.text, expansions, snapshot.derived.idf, snapshot.derived.rerankTables);
  return (chunk: Chunk) => ({
    ...featuresOf(chunk, profile),
    recommendation: withIntent && query.recommendation ? recommendationShape(chunk) : 0,
    year: withIntent ? yearMatch(chunk, query) : 0,
    answerKind: withIntent ? answerKindMatch(chunk, query) : 0,
    backMatter: backMatter(chunk),
  });
}

/** Inverse document frequency of stemmed terms over the index's chunks. */
export function idfTableOf(chunks: Pick<ChunkStore, "count">, lexical: Pick<LexicalSearch, "documentFrequency">): IdfTable {
  // The lexical index counts, per term, the chunks with it in their text or headings, so no chunk is read.
  const n = chunks.count;
  return (t) => {
    const df = lexical.documentFrequency(t);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
}

export function toPassage(chunk: Chunk, score: number): Passage {
  return {
    id: chunk.id,
    text: chunk.text,
    score,
    source: chunk.source,
    title: chunk.title,
    publisher: chunk.publisher,
    date: chunk.date,
    type: chunk.type,
    ...(chunk.url ? { url: chunk.url } : {}),
    ...(chunk.audience?.length ? { audience: chunk.audience } : {}),
    locator: chunk.locator,
    ...(chunk.marks ? { marks: chunk.marks } : {}),
    headingPath: chunk.headingPath,
    alsoIn: [...new Set(chunk.alsoIn.map((o) => o.source).filter((s) => s !== chunk.source))],
    start: chunk.start,
    end: chunk.end,
  };
}
