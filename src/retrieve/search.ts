import type { Chunk } from "../corpus/types.js";
import type { IndexSnapshot } from "../index/snapshot.js";
import { contentTerms } from "../index/terms.js";
import { balanceByYear } from "./balance.js";
import { chunkFilter, filterNarrows } from "./filters.js";
import { answerKindMatch, backMatter, recommendationShape, yearMatch } from "./intent.js";
import type { Query } from "./query.js";
import { featuresOf, profileQuery, type IdfTable } from "./rerank.js";
import type { Passage, SearchFilters } from "./types.js";

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
  focus: number;
  phrases: number;
  headings: number;
  recency: number;
  recommendation: number;
  year: number;
  answerKind: number;
  backMatter: number;
}

export type FeatureWeights = Record<keyof CandidateFeatures, number>;

export const WEIGHTS: FeatureWeights = {
  lexical: 1,
  dense: 1,
  focus: 0.03,
  phrases: 0.012,
  headings: 0.01,
  recency: 0.0005,
  recommendation: 0.01,
  year: 0.01,
  answerKind: 0.005,
  backMatter: -0.01,
};

export async function retrieve(snapshot: IndexSnapshot, query: Query, options: RetrieveOptions): Promise<Passage[]> {
  const candidates = await candidatesFor(snapshot, query, options);
  const ranked = candidates
    .map(({ chunk, features }) => ({ chunk, score: scoreOf(features, WEIGHTS) }))
    .sort((a, b) => b.score - a.score);
  const settings = options.settings ?? DEFAULT_RETRIEVAL;
  return (settings.rerank && settings.intent ? balanceByYear(ranked, new Set(query.years)) : ranked)
    .slice(0, options.k)
    .map(({ chunk, score }) => toPassage(chunk, score));
}

export function scoreOf(f: CandidateFeatures, w: FeatureWeights): number {
  let score = 0;
  for (const key of Object.keys(w) as (keyof CandidateFeatures)[]) score += w[key] * f[key];
  return score;
}

/** The first-stage candidates (BM25 and dense, fused by reciprocal rank) with their features. */
export async function candidatesFor(
  snapshot: IndexSnapshot,
  query: Query,
  options: RetrieveOptions,
): Promise<{ chunk: Chunk; features: CandidateFeatures }[]> {
  const settings = options.settings ?? DEFAULT_RETRIEVAL;
  const question = query.text;
  if (contentTerms(question).length === 0) return [];
  const expansions = settings.acronyms ? query.expansions : [];
  // Always applied, before ranking: it carries the asker's audiences (filters.ts).
  const keep = chunkFilter(options.filters);
  const idFilter = (id: string) => keep(snapshot.chunkById.get(id)!);
  const lexical = settings.lexical
    ? snapshot.lexical
        .search({ text: question, expansions, filter: idFilter, termWeight: locatingDiscount(snapshot), k: CANDIDATES })
        .map((h) => h.id)
    : [];
  const narrows = filterNarrows(options.filters, snapshot);
  const dense = settings.dense ? await denseIds(snapshot, [question, ...expansions].join(" "), idFilter, narrows) : [];
  const ids = [...new Set([...lexical, ...dense])];
  const rerank = settings.rerank ? reranker(snapshot, query, expansions, settings.intent) : null;
  const newest = Math.max(...ids.map((id) => Date.parse(snapshot.chunkById.get(id)!.date) || 0));
  return ids.map((id) => {
    const chunk = snapshot.chunkById.get(id)!;
    const ageYears = (newest - (Date.parse(chunk.date) || 0)) / (365.25 * 864e5);
    return {
      chunk,
      features: {
        lexical: reciprocalRank(lexical, id),
        dense: reciprocalRank(dense, id),
        recency: settings.recency ? Math.pow(0.5, ageYears / RECENCY_HALF_LIFE_YEARS) : 0,
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
const locatingCache = new WeakMap<IndexSnapshot, (term: string) => number>();

function locatingDiscount(snapshot: IndexSnapshot): (term: string) => number {
  const cached = locatingCache.get(snapshot);
  if (cached) return cached;
  const names = new Set<string>();
  for (const c of snapshot.chunks) names.add(`${c.title} ${c.publisher} ${c.date.slice(0, 4)}`);
  const locating = new Set([...names].flatMap((n) => contentTerms(n)));
  const weight = (term: string) => (locating.has(term) ? LOCATING_WEIGHT : 1);
  locatingCache.set(snapshot, weight);
  return weight;
}

const NO_RERANK = { focus: 0, phrases: 0, headings: 0, recommendation: 0, year: 0, answerKind: 0, backMatter: 0 };

function reciprocalRank(list: string[], id: string): number {
  const rank = list.indexOf(id);
  return rank < 0 ? 0 : 1 / (RRF_K + rank + 1);
}

async function denseIds(snapshot: IndexSnapshot, text: string, filter: (id: string) => boolean, narrows: boolean): Promise<string[]> {
  const vector = await snapshot.embeddings.embedQuery(text);
  const hits = await snapshot.dense.search(vector, narrows ? CANDIDATES * 5 : CANDIDATES);
  return hits.map((h) => h.id).filter(filter).slice(0, CANDIDATES);
}

/** Second-stage features of a chunk for this question: sentence focus, phrases, headings, question intent. */
function reranker(snapshot: IndexSnapshot, query: Query, expansions: string[], withIntent: boolean) {
  const profile = profileQuery(query.text, expansions, idfFor(snapshot));
  return (chunk: Chunk) => ({
    ...featuresOf(chunk, profile),
    recommendation: withIntent && query.recommendation ? recommendationShape(chunk) : 0,
    year: withIntent ? yearMatch(chunk, query) : 0,
    answerKind: withIntent ? answerKindMatch(chunk, query) : 0,
    backMatter: backMatter(chunk),
  });
}

const idfCache = new WeakMap<IndexSnapshot, IdfTable>();

/** Inverse document frequency of stemmed terms over the snapshot's chunks, computed once per snapshot. */
export function idfFor(snapshot: IndexSnapshot): IdfTable {
  const cached = idfCache.get(snapshot);
  if (cached) return cached;
  // The lexical index counts, per term, the chunks with it in their text or headings, so the first
  // query need not read every chunk.
  const n = snapshot.chunks.length;
  const table: IdfTable = (t) => {
    const df = snapshot.lexical.documentFrequency(t);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  idfCache.set(snapshot, table);
  return table;
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
    headingPath: chunk.headingPath,
    alsoIn: [...new Set(chunk.alsoIn.map((o) => o.source).filter((s) => s !== chunk.source))],
    start: chunk.start,
    end: chunk.end,
  };
}
