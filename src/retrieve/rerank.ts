import type { Chunk } from "../corpus/types.js";
import { sentenceSpans } from "../corpus/sentences.js";
import { termsOf, words } from "../index/terms.js";
import type { Expansion } from "./expansion.js";
import { expansionStemWeights, stemsOf } from "./query.js";

/**
 * Second stage over the fused candidates: richer evidence than a bag of words over a whole chunk.
 * - focus: the best single sentence (or pair) covering the query's terms, weighted by idf, because an
 *   answer usually sits in one place, not scattered across a chunk;
 * - phrases: adjacent query words found adjacent in the chunk;
 * - headings: query terms in the section path and title.
 * Terms are numbered (RerankTables) so that what is kept of a chunk is a few small typed arrays.
 */

export interface QueryProfile {
  /** The query's stemmed terms (with expansions) as term numbers, and the weight of each. */
  ids: Int32Array;
  weights: Float64Array;
  total: number;
  /** Stemmed bigrams of adjacent content words, as bigram codes. */
  bigrams: number[];
  /** The index's tables the numbers are from; its chunks are analysed in them too. */
  tables: RerankTables;
}

export type IdfTable = (term: string) => number;

export function profileQuery(
  text: string,
  expansions: Pick<Expansion, "term" | "weight">[],
  idf: IdfTable,
  tables: RerankTables,
): QueryProfile {
  tables.startPass();
  const intern = (term: string) => tables.internTerm(term);
  const stems = stemsOf(text);
  const weight = new Map<string, number>();
  for (const t of stems) weight.set(t, idf(t));
  for (const [t, w] of expansionStemWeights(expansions)) if (!weight.has(t)) weight.set(t, idf(t) * w);
  const bigrams: number[] = [];
  for (let i = 1; i < stems.length; i++) bigrams.push(bigramCode(intern(stems[i - 1]), intern(stems[i])));
  const weights = Float64Array.from(weight.values());
  return {
    ids: Int32Array.from([...weight.keys()].map(intern)),
    weights,
    total: weights.reduce((a, b) => a + b, 0) || 1,
    bigrams,
    tables,
  };
}

export interface RerankFeatures {
  focus: number;
  phrases: number;
  headings: number;
}

export function featuresOf(chunk: Chunk, q: QueryProfile): RerankFeatures {
  const a = q.tables.analysisOf(chunk);
  let focus = 0;
  for (let i = 0; i < a.sentences.length; i++) {
    const own = coverage(q, a.sentences[i]);
    const next = a.sentences[i + 1];
    const pair = next ? coverage(q, a.sentences[i], next) * 0.9 : 0;
    focus = Math.max(focus, own, pair);
  }
  const phrases = q.bigrams.length ? q.bigrams.filter((b) => holds(a.bigrams, b)).length / q.bigrams.length : 0;
  return { focus, phrases, headings: coverage(q, a.headings) };
}

/** What the reranker reads of a chunk: sorted term numbers per sentence and of the headings, sorted bigram codes. */
interface ChunkAnalysis {
  sentences: Int32Array[];
  bigrams: Float64Array;
  headings: Int32Array;
}

/** Share of the query's weight whose terms are in `a` (or in `b`). */
function coverage(q: QueryProfile, a: Int32Array, b?: Int32Array): number {
  let covered = 0;
  for (let k = 0; k < q.ids.length; k++) {
    const id = q.ids[k];
    if (holds(a, id) || (b !== undefined && holds(b, id))) covered += q.weights[k];
  }
  return covered / q.total;
}

/** Binary search in a sorted array. */
function holds(sorted: Int32Array | Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The values sorted, each once (sorts `values` in place). */
function sortedUnique<T extends Int32Array | Float64Array>(values: T): T {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (n === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.slice(0, n) as T;
}

/**
 * One index's term numbers and its most recently analysed chunks (a query's candidates are ~120; questions
 * on one topic share many), made when the index loads (indexDerived.ts). Both bounded: a cache of every
 * chunk ever reranked would grow towards the whole corpus in a long-running app. Renumbering happens only
 * between queries (startPass) and only past TERMS_KEPT, and drops the analyses numbered with the old table.
 */
export class RerankTables {
  private readonly termNumbers = new Map<string, number>();
  private readonly analyses = new Map<Chunk, ChunkAnalysis>();

  startPass(): void {
    if (this.termNumbers.size < TERMS_KEPT) return;
    this.termNumbers.clear();
    this.analyses.clear();
  }

  internTerm(term: string): number {
    let id = this.termNumbers.get(term);
    if (id === undefined) {
      id = this.termNumbers.size;
      this.termNumbers.set(term, id);
    }
    return id;
  }

  analysisOf(chunk: Chunk): ChunkAnalysis {
    const cached = this.analyses.get(chunk);
    if (cached) {
      this.analyses.delete(chunk);
      this.analyses.set(chunk, cached);
      return cached;
    }
    const analysis = analyse(chunk, (term) => this.internTerm(term));
    this.analyses.set(chunk, analysis);
    if (this.analyses.size > ANALYSES_KEPT) this.analyses.delete(this.analyses.keys().next().value!);
    return analysis;
  }
}

const TERMS_KEPT = 1 << 20;
const ANALYSES_KEPT = 512;

function analyse(chunk: Chunk, internTerm: (term: string) => number): ChunkAnalysis {
  const text = chunk.text;
  // Sentence spans start and end at white space, so the chunk's words are its sentences' words in order.
  const inOrder: number[] = [];
  const sentences = sentenceSpans(text).map((s) => {
    const first = inOrder.length;
    for (const w of words(text.slice(s.start, s.end))) {
      const stem = termsOf(w)[1];
      if (stem !== undefined) inOrder.push(internTerm(stem));
    }
    return sortedUnique(Int32Array.from(inOrder.slice(first)));
  });
  const bigrams = new Float64Array(Math.max(0, inOrder.length - 1));
  for (let i = 1; i < inOrder.length; i++) bigrams[i - 1] = bigramCode(inOrder[i - 1], inOrder[i]);
  return {
    sentences,
    bigrams: sortedUnique(bigrams),
    headings: sortedUnique(Int32Array.from(stemsOf(`${chunk.headingPath.join(" ")} ${chunk.title}`), internTerm)),
  };
}

/** Two term numbers below 2^26 as one exact double. */
function bigramCode(first: number, second: number): number {
  return first * 2 ** 26 + second;
}
