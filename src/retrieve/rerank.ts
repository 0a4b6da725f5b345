import type { Chunk } from "../corpus/types.js";
import { sentenceSpans } from "../corpus/sentences.js";
import { contentTerms } from "../index/terms.js";

/**
 * Second stage over the fused candidates: richer evidence than a bag of words over a whole chunk.
 * - focus: the best single sentence (or pair) covering the query's terms, weighted by idf, because an
 *   answer usually sits in one place, not scattered across a chunk;
 * - phrases: adjacent query words found adjacent in the chunk;
 * - headings: query terms in the section path and title.
 */

export interface QueryProfile {
  terms: string[];
  /** Stemmed bigrams of adjacent content words. */
  bigrams: string[];
  weight: Map<string, number>;
}

export type IdfTable = (term: string) => number;

export function profileQuery(text: string, expansions: string[], idf: IdfTable): QueryProfile {
  const stems = stemsOf(text);
  const expanded = expansions.flatMap(stemsOf);
  const weight = new Map<string, number>();
  for (const t of stems) weight.set(t, idf(t));
  for (const t of expanded) if (!weight.has(t)) weight.set(t, idf(t) * 0.5);
  const bigrams: string[] = [];
  for (let i = 1; i < stems.length; i++) bigrams.push(`${stems[i - 1]} ${stems[i]}`);
  return { terms: [...weight.keys()], bigrams, weight };
}

export interface RerankFeatures {
  focus: number;
  phrases: number;
  headings: number;
}

export function featuresOf(chunk: Chunk, q: QueryProfile): RerankFeatures {
  const total = [...q.weight.values()].reduce((a, b) => a + b, 0) || 1;
  const a = analysisOf(chunk);
  let focus = 0;
  for (let i = 0; i < a.sentences.length; i++) {
    const own = coverage(a.sentences[i], q, total);
    const next = a.sentences[i + 1];
    const pair = next ? pairCoverage(a.sentences[i], next, q, total) * 0.9 : 0;
    focus = Math.max(focus, own, pair);
  }
  const phrases = q.bigrams.length ? q.bigrams.filter((b) => a.bigrams.has(b)).length / q.bigrams.length : 0;
  const headings = coverage(a.headings, q, total);
  return { focus, phrases, headings };
}

/** What the reranker reads of a chunk, worked out once per chunk and kept while the chunk lives. */
interface ChunkAnalysis {
  sentences: Set<string>[];
  bigrams: Set<string>;
  headings: Set<string>;
}

/**
 * The most recently analysed chunks (a query's candidates are ~120; questions on one topic share many).
 * Bounded: a cache of every chunk ever reranked would grow towards the whole corpus in a long-running app.
 */
const ANALYSES_KEPT = 512;
const analyses = new Map<Chunk, ChunkAnalysis>();

function analysisOf(chunk: Chunk): ChunkAnalysis {
  const cached = analyses.get(chunk);
  if (cached) {
    analyses.delete(chunk);
    analyses.set(chunk, cached);
    return cached;
  }
  const text = chunk.text;
  // Sentence spans start and end at white space, so the chunk's words are its sentences' words in order:
  // each word is read once (stemsOf(text) would read every word a second time).
  const perSentence = sentenceSpans(text).map((s) => stemsOf(text.slice(s.start, s.end)));
  const stems = perSentence.flat();
  const analysis = {
    sentences: perSentence.map((words) => new Set(words)),
    bigrams: new Set(stems.slice(1).map((t, i) => `${stems[i]} ${t}`)),
    headings: new Set(stemsOf(`${chunk.headingPath.join(" ")} ${chunk.title}`)),
  };
  analyses.set(chunk, analysis);
  if (analyses.size > ANALYSES_KEPT) analyses.delete(analyses.keys().next().value!);
  return analysis;
}

/** coverage() of the union of two sentences' terms, without building the union. */
function pairCoverage(a: Set<string>, b: Set<string>, q: QueryProfile, total: number): number {
  let covered = 0;
  for (const [t, w] of q.weight) if (a.has(t) || b.has(t)) covered += w;
  return covered / total;
}

function coverage(terms: Set<string>, q: QueryProfile, total: number): number {
  let covered = 0;
  for (const [t, w] of q.weight) if (terms.has(t)) covered += w;
  return covered / total;
}

export function stemsOf(text: string): string[] {
  return contentTerms(text).filter((t) => t.startsWith("~"));
}
