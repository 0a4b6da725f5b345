import { createHash } from "node:crypto";
import { Embeddings } from "@langchain/core/embeddings";
import { randomizedSvd, type Csr } from "./svd.js";

/**
 * The embedded default: latent semantic analysis fitted on the chunk texts at index time, so dense
 * retrieval works with no pretrained weights and no network. A chunk or query becomes its TF-IDF vector
 * projected onto the term loadings V of a truncated SVD (x·V, which for a fitted chunk equals its row of
 * UΣ), L2-normalised. The tokeniser is part of the saved model's format: a query is always tokenised the
 * way the model's chunks were.
 */

export const LSA_FORMAT = 1;
/**
 * The fit's sample and vocabulary are capped so that fitting a corpus of any size stays within a reindex's
 * memory budget: the SVD holds a few (dimension + 10) × vocabulary matrices of doubles at once.
 */
const MAX_FIT_CHUNKS = 10_000;
const MAX_TERMS = 15_000;
const SEED = 20_240_601;

const STOPWORDS = new Set(
  (
    "a about after all also am an and any are as at be been before being between both but by can could did do " +
    "does during each for from had has have he her here his how if in into is it its itself may me more most " +
    "must my no nor not of on once only or other our out over own same she should so some such than that the " +
    "their them then there these they this those through to too under until up upon very was we were what when " +
    "where which while who whom why will with within would you your"
  ).split(" "),
);

export interface LsaModelData {
  kind: "lsa";
  format: number;
  dimension: number;
  vocabulary: string[];
  idf: number[];
  /** Term loadings V, term-major (vocabulary.length × dimension), float32 little-endian, base64. */
  components: string;
}

/** Texts by position: an array, or texts read on demand (a reindex's chunks). */
export interface Texts {
  readonly length: number;
  at(index: number): string | undefined;
}

export function tokenize(text: string): string[] {
  const folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return (folded.match(/[a-z0-9]+/g) ?? []).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

export class LsaEmbeddings extends Embeddings {
  readonly identity: string;
  private readonly termIndex: Map<string, number>;
  private readonly loadings: Float32Array;

  private constructor(private readonly data: LsaModelData) {
    super({});
    this.termIndex = new Map(data.vocabulary.map((t, i) => [t, i]));
    // Copied into a fresh buffer: a pooled Buffer's offset need not be 4-byte aligned.
    this.loadings = new Float32Array(new Uint8Array(Buffer.from(data.components, "base64")).buffer);
    this.identity = `lsa-${createHash("sha256").update(JSON.stringify(data)).digest("hex").slice(0, 16)}`;
  }

  get dimension(): number {
    return this.data.dimension;
  }

  /** Fit on the chunk texts: the same texts always give the same model. */
  static fit(texts: Texts, dimensions: number): LsaEmbeddings {
    const sample = evenSample(texts, MAX_FIT_CHUNKS).map(termCounts);
    const { vocabulary, idf } = chooseVocabulary(sample);
    const termIndex = new Map(vocabulary.map((t, i) => [t, i]));
    const matrix = tfidfMatrix(sample, termIndex, idf);
    const k = Math.max(1, Math.min(dimensions, Math.min(matrix.rows, matrix.cols) - 1));
    const loadings = new Float32Array(vocabulary.length * k);
    if (matrix.rows > 0 && matrix.cols > 0) {
      const { v } = randomizedSvd(matrix, k, { oversampling: 10, powerIterations: 2, seed: SEED });
      v.forEach((column, c) => column.forEach((x, term) => (loadings[term * k + c] = x)));
    }
    const components = Buffer.from(loadings.buffer).toString("base64");
    return new LsaEmbeddings({ kind: "lsa", format: LSA_FORMAT, dimension: k, vocabulary, idf, components });
  }

  static fromJSON(json: unknown): LsaEmbeddings {
    const d = json as Partial<LsaModelData> | null;
    const valid =
      d?.kind === "lsa" &&
      d.format === LSA_FORMAT &&
      Number.isInteger(d.dimension) &&
      Array.isArray(d.vocabulary) &&
      Array.isArray(d.idf) &&
      d.idf.length === d.vocabulary.length &&
      typeof d.components === "string" &&
      Buffer.from(d.components, "base64").byteLength === d.vocabulary.length * d.dimension! * 4;
    if (!valid) throw new Error("the saved LSA embedding model is malformed or of another format");
    return new LsaEmbeddings(d as LsaModelData);
  }

  toJSON(): LsaModelData {
    return this.data;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  /** A text with no known term embeds to all zeros; the dense index returns nothing for it. */
  embed(text: string): number[] {
    const k = this.data.dimension;
    const out = new Float64Array(k);
    for (const [term, count] of termCounts(text)) {
      const j = this.termIndex.get(term);
      if (j === undefined) continue;
      const weight = (1 + Math.log(count)) * this.data.idf[j];
      for (let c = 0; c < k; c++) out[c] += weight * this.loadings[j * k + c];
    }
    const length = euclidean(out);
    return Array.from(out, (x) => (length > 0 ? x / length : 0));
  }
}

function euclidean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  return Math.sqrt(sum);
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokenize(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** At most `max` texts spread evenly through the list, so a fit on a large corpus sees all of it. */
function evenSample(texts: Texts, max: number): string[] {
  const count = Math.min(texts.length, max);
  return Array.from({ length: count }, (_, i) => texts.at(Math.floor((i * texts.length) / count)) ?? "");
}

/** Terms in at least two chunks (one, for a tiny corpus), the most widespread first, ties by spelling. */
function chooseVocabulary(docs: Map<string, number>[]): { vocabulary: string[]; idf: number[] } {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const minDf = docs.length >= 20 ? 2 : 1;
  const vocabulary = [...df]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_TERMS)
    .map(([t]) => t);
  const idf = vocabulary.map((t) => Math.log((1 + docs.length) / (1 + df.get(t)!)) + 1);
  return { vocabulary, idf };
}

/** Rows are chunks with sublinear tf × smoothed idf, L2-normalised so long chunks do not dominate the fit. */
function tfidfMatrix(docs: Map<string, number>[], termIndex: Map<string, number>, idf: number[]): Csr {
  const indptr = new Int32Array(docs.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  docs.forEach((doc, r) => {
    const row = [...doc]
      .map(([term, count]) => [termIndex.get(term), count] as const)
      .filter((e): e is readonly [number, number] => e[0] !== undefined)
      .sort((a, b) => a[0] - b[0])
      .map(([j, count]) => [j, (1 + Math.log(count)) * idf[j]] as const);
    const length = euclidean(row.map(([, w]) => w)) || 1;
    for (const [j, w] of row) {
      indices.push(j);
      values.push(w / length);
    }
    indptr[r + 1] = indices.length;
  });
  return { rows: docs.length, cols: idf.length, indptr, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}
