import type { Chunk } from "../corpus/types.js";
import type { IndexSnapshot } from "../index/snapshot.js";
import { contentTerms } from "../index/terms.js";
import { chunkFilter } from "./filters.js";
import { intentOf, recommendationShape, yearMatch } from "./intent.js";
import { featuresOf, profileQuery, type IdfTable } from "./rerank.js";
import type { Passage, SearchFilters } from "./types.js";

/**
 * Hybrid retrieval: BM25 and dense (LSA or OpenAI) candidates, fused by reciprocal rank, then reranked
 * on sentence focus, phrases and headings, with newer documents first among equals.
 */

export interface RetrievalSettings {
  lexical: boolean;
  dense: boolean;
  acronyms: boolean;
  rerank: boolean;
  recency: boolean;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = { lexical: true, dense: true, acronyms: true, rerank: true, recency: true };

export interface RetrieveOptions {
  k: number;
  filters?: SearchFilters;
  settings?: RetrievalSettings;
}

const CANDIDATES = 60;
const RRF_K = 60;
const WEIGHTS = {
  lexical: 1,
  dense: 1,
  focus: 0.03,
  phrases: 0.012,
  headings: 0.01,
  recency: 0.0005,
  recommendation: 0.01,
  year: 0.01,
};
const RECENCY_HALF_LIFE_YEARS = 4;

export async function retrieve(snapshot: IndexSnapshot, question: string, options: RetrieveOptions): Promise<Passage[]> {
  const settings = options.settings ?? DEFAULT_RETRIEVAL;
  if (contentTerms(question).length === 0) return [];
  const expansions = settings.acronyms ? snapshot.glossary.expansions(question) : [];
  const keep = chunkFilter(options.filters);
  const idFilter = keep ? (id: string) => keep(snapshot.chunkById.get(id)!) : undefined;
  const fused = new Map<string, number>();
  const addRanks = (ids: string[], weight: number) =>
    ids.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + weight / (RRF_K + rank + 1)));
  if (settings.lexical) {
    const hits = snapshot.lexical.search({ text: question, expansions, filter: idFilter, k: CANDIDATES });
    addRanks(hits.map((h) => h.id), WEIGHTS.lexical);
  }
  if (settings.dense) addRanks(await denseIds(snapshot, [question, ...expansions].join(" "), idFilter), WEIGHTS.dense);
  const scored = [...fused].map(([id, score]) => ({ chunk: snapshot.chunkById.get(id)!, score }));
  const ranked = settings.rerank ? rerank(snapshot, question, expansions, scored, settings) : scored;
  return ranked
    .sort((a, b) => b.score - a.score)
    .slice(0, options.k)
    .map(({ chunk, score }) => toPassage(chunk, score));
}

async function denseIds(snapshot: IndexSnapshot, text: string, filter?: (id: string) => boolean): Promise<string[]> {
  const vector = await snapshot.embeddings.embedQuery(text);
  const hits = await snapshot.dense.search(vector, filter ? CANDIDATES * 5 : CANDIDATES);
  return hits.map((h) => h.id).filter((id) => !filter || filter(id)).slice(0, CANDIDATES);
}

function rerank(
  snapshot: IndexSnapshot,
  question: string,
  expansions: string[],
  scored: { chunk: Chunk; score: number }[],
  settings: RetrievalSettings,
): { chunk: Chunk; score: number }[] {
  const profile = profileQuery(question, expansions, idfFor(snapshot));
  const intent = intentOf(question);
  const newest = Math.max(...scored.map((s) => Date.parse(s.chunk.date) || 0));
  return scored.map(({ chunk, score }) => {
    const f = featuresOf(chunk, profile);
    const ageYears = (newest - (Date.parse(chunk.date) || 0)) / (365.25 * 864e5);
    const recency = settings.recency ? Math.pow(0.5, ageYears / RECENCY_HALF_LIFE_YEARS) : 0;
    return {
      chunk,
      score:
        score +
        WEIGHTS.focus * f.focus +
        WEIGHTS.phrases * f.phrases +
        WEIGHTS.headings * f.headings +
        WEIGHTS.recency * recency +
        (intent.recommendation ? WEIGHTS.recommendation * recommendationShape(chunk) : 0) +
        WEIGHTS.year * yearMatch(chunk, intent),
    };
  });
}

const idfCache = new WeakMap<IndexSnapshot, IdfTable>();

/** Inverse document frequency of stemmed terms over the snapshot's chunks, computed once per snapshot. */
export function idfFor(snapshot: IndexSnapshot): IdfTable {
  const cached = idfCache.get(snapshot);
  if (cached) return cached;
  const df = new Map<string, number>();
  for (const c of snapshot.chunks) {
    for (const t of new Set(contentTerms(`${c.text} ${c.headingPath.join(" ")}`))) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = snapshot.chunks.length;
  const table: IdfTable = (t) => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
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
    locator: chunk.locator,
    headingPath: chunk.headingPath,
    alsoIn: [...new Set(chunk.alsoIn.map((o) => o.source).filter((s) => s !== chunk.source))],
    start: chunk.start,
    end: chunk.end,
  };
}
