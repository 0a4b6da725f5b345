import type { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
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
  /** `ids[label]` is the chunk id of the vector with that label (labels are chunk positions). */
  private constructor(
    readonly index: hnswlib.HierarchicalNSW,
    private readonly ids: readonly string[],
    readonly dimension: number,
    private readonly store: HNSWLib | null,
  ) {}

  /**
   * The index is made here rather than by HNSWLib.addVectors, which would initialise it with hnswlib's
   * default M and efConstruction; LangChain's store is then wrapped around it, and writes the files.
   */
  static async build(vectors: number[][], ids: string[], embeddings: EmbeddingsInterface, params: HnswParams): Promise<HnswDenseIndex> {
    // Imported only to build and write: LangChain's store and documents are ~40 MB of a serving process.
    const [{ HNSWLib }, { Document }] = await Promise.all([import("@langchain/community/vectorstores/hnswlib"), import("@langchain/core/documents")]);
    if (vectors.length === 0 || vectors.length !== ids.length) throw new Error("the dense index needs one vector per chunk");
    const dimension = vectors[0].length;
    const index = new hnswlib.HierarchicalNSW("cosine", dimension);
    index.initIndex(vectors.length, params.m, params.efConstruction, SEED);
    const documents: Record<string, InstanceType<typeof Document>> = {};
    vectors.forEach((vector, label) => {
      index.addPoint(vector, label);
      documents[String(label)] = new Document({ pageContent: "", metadata: { id: ids[label] } });
    });
    const store = new HNSWLib(embeddings, { space: "cosine", numDimensions: dimension });
    store._index = index;
    store.docstore.add(documents);
    index.setEf(params.ef);
    return new HnswDenseIndex(index, ids, dimension, store);
  }

  /**
   * Open the files LangChain's HNSWLib wrote. The docstore maps each label to its chunk id, which is the
   * chunk at that position in the chunk store, so it is not read back: at 100,000 chunks it would be
   * tens of MB of Document objects held for nothing.
   */
  static async load(directory: string, ids: readonly string[], ef: number): Promise<HnswDenseIndex> {
    const args = JSON.parse(await readFile(join(directory, "args.json"), "utf8")) as { space?: string; numDimensions?: number };
    await access(join(directory, "docstore.json"));
    if (args.space !== "cosine" || !Number.isInteger(args.numDimensions)) throw new Error("args.json does not describe a cosine index");
    const index = new hnswlib.HierarchicalNSW("cosine", args.numDimensions!);
    await index.readIndex(join(directory, "hnswlib.index"));
    /** LangChain leaves hnswlib's default search beam (ef = 10), which misses neighbours; set it every time. */
    index.setEf(ef);
    return new HnswDenseIndex(index, ids, args.numDimensions!, null);
  }

  save(directory: string): Promise<void> {
    if (!this.store) throw new Error("only a dense index built in this process can be written");
    return this.store.save(directory);
  }

  get count(): number {
    return this.index.getCurrentCount();
  }

  get ef(): number {
    return this.index.getEf();
  }

  async search(vector: number[], k: number): Promise<{ id: string; similarity: number }[]> {
    const usable = vector.length === this.dimension && vector.every(Number.isFinite) && vector.some((x) => x !== 0);
    const limit = Math.min(k, this.count);
    if (!usable || limit <= 0) return [];
    const { neighbors, distances } = this.index.searchKnn(vector, limit);
    return neighbors.map((label, i) => ({ id: this.ids[label], similarity: 1 - distances[i] }));
  }
}
