import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { Document } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import hnswlib from "hnswlib-node";
import type { DenseIndex } from "./snapshot.js";

/**
 * The dense side of the index: LangChain's HNSWLib store over hnswlib-node, cosine space. Store documents
 * carry only the chunk id (the chunk store holds the text), so the docstore stays small.
 */

export const HNSW_FILES = ["hnswlib.index", "docstore.json", "args.json"] as const;

export interface HnswParams {
  m: number;
  efConstruction: number;
  ef: number;
}

const SEED = 100;

export class HnswDenseIndex implements DenseIndex {
  private constructor(readonly store: HNSWLib) {}

  /**
   * The index is made here rather than by HNSWLib.addVectors, which would initialise it with hnswlib's
   * default M and efConstruction; LangChain's store is then wrapped around it.
   */
  static build(vectors: number[][], ids: string[], embeddings: EmbeddingsInterface, params: HnswParams): HnswDenseIndex {
    if (vectors.length === 0 || vectors.length !== ids.length) throw new Error("the dense index needs one vector per chunk");
    const dimension = vectors[0].length;
    const index = new hnswlib.HierarchicalNSW("cosine", dimension);
    index.initIndex(vectors.length, params.m, params.efConstruction, SEED);
    const documents: Record<string, Document> = {};
    vectors.forEach((vector, label) => {
      index.addPoint(vector, label);
      documents[String(label)] = new Document({ pageContent: "", metadata: { id: ids[label] } });
    });
    const store = new HNSWLib(embeddings, { space: "cosine", numDimensions: dimension });
    store._index = index;
    store.docstore.add(documents);
    return HnswDenseIndex.withEf(store, params.ef);
  }

  static async load(directory: string, embeddings: EmbeddingsInterface, ef: number): Promise<HnswDenseIndex> {
    return HnswDenseIndex.withEf(await HNSWLib.load(directory, embeddings), ef);
  }

  /** LangChain leaves hnswlib's default search beam (ef = 10), which misses neighbours; set it every time. */
  private static withEf(store: HNSWLib, ef: number): HnswDenseIndex {
    store.index.setEf(ef);
    return new HnswDenseIndex(store);
  }

  save(directory: string): Promise<void> {
    return this.store.save(directory);
  }

  get count(): number {
    return this.store.index.getCurrentCount();
  }

  get dimension(): number {
    return this.store.args.numDimensions ?? 0;
  }

  get ef(): number {
    return this.store.index.getEf();
  }

  async search(vector: number[], k: number): Promise<{ id: string; similarity: number }[]> {
    const usable = vector.length === this.dimension && vector.every(Number.isFinite) && vector.some((x) => x !== 0);
    const limit = Math.min(k, this.count);
    if (!usable || limit <= 0) return [];
    const hits = await this.store.similaritySearchVectorWithScore(vector, limit);
    return hits.map(([doc, distance]) => ({ id: String(doc.metadata.id), similarity: 1 - distance }));
  }
}

