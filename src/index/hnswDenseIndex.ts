import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import hnswlib from "hnswlib-node";
import type { DenseIndex } from "./denseIndex.js";
import { fsyncPath, writeDurable, writeDurablePieces } from "./store.js";

/**
 * The dense side of the index: hnswlib-node, cosine space, in the files LangChain's HNSWLib store reads and
 * writes (`HNSWLib.load` opens a version directory as it is). Written here rather than through HNSWLib,
 * whose `addVectors` would make the index with hnswlib's default M and efConstruction. Store documents
 * carry only the chunk id (the chunk store holds the text), so the docstore stays small.
 */

export const HNSW_FILES = ["hnswlib.index", "docstore.json", "args.json"] as const;

export interface HnswParams {
  m: number;
  efConstruction: number;
  ef: number;
}

const SEED = 100;
const DOCSTORE_BATCH = 1000;

export class HnswDenseIndex implements DenseIndex {
  /** `ids[label]` is the chunk id of the vector with that label (labels are chunk positions). */
  private constructor(
    readonly index: hnswlib.HierarchicalNSW,
    private readonly ids: readonly string[],
    readonly dimension: number,
  ) {}

  static build(vectors: readonly ArrayLike<number>[], ids: string[], params: HnswParams): HnswDenseIndex {
    if (vectors.length === 0 || vectors.length !== ids.length) throw new Error("the dense index needs one vector per chunk");
    const dimension = vectors[0].length;
    const index = new hnswlib.HierarchicalNSW("cosine", dimension);
    index.initIndex(vectors.length, params.m, params.efConstruction, SEED);
    vectors.forEach((vector, label) => index.addPoint(Array.from(vector), label));
    index.setEf(params.ef);
    return new HnswDenseIndex(index, ids, dimension);
  }

  /**
   * Open the files written by `save`. The docstore maps each label to its chunk id, which is the chunk at
   * that position in the chunk store, so it is not read back: at 100,000 chunks it would be tens of MB of
   * Document objects held for nothing.
   */
  static async load(directory: string, ids: readonly string[], ef: number): Promise<HnswDenseIndex> {
    const args = JSON.parse(await readFile(join(directory, "args.json"), "utf8")) as { space?: string; numDimensions?: number };
    await access(join(directory, "docstore.json"));
    if (args.space !== "cosine" || !Number.isInteger(args.numDimensions)) throw new Error("args.json does not describe a cosine index");
    const index = new hnswlib.HierarchicalNSW("cosine", args.numDimensions!);
    await index.readIndex(join(directory, "hnswlib.index"));
    /** hnswlib's default search beam (ef = 10) misses neighbours; set it every time. */
    index.setEf(ef);
    return new HnswDenseIndex(index, ids, args.numDimensions!);
  }

  /** The three files of LangChain's HNSWLib.save, byte for byte: the index, its arguments, and the docstore as `[label, Document]` pairs. */
  async save(directory: string): Promise<void> {
    const indexFile = join(directory, "hnswlib.index");
    await this.index.writeIndex(indexFile);
    await fsyncPath(indexFile);
    await writeDurable(join(directory, "args.json"), JSON.stringify({ space: "cosine", numDimensions: this.dimension }));
    await writeDurablePieces(join(directory, "docstore.json"), this.docstorePieces());
  }

  private *docstorePieces(): Generator<string> {
    yield "[";
    for (let from = 0; from < this.ids.length; from += DOCSTORE_BATCH) {
      const entries: string[] = [];
      for (let label = from; label < Math.min(from + DOCSTORE_BATCH, this.ids.length); label++) {
        entries.push(JSON.stringify([String(label), { pageContent: "", metadata: { id: this.ids[label] } }]));
      }
      yield (from > 0 ? "," : "") + entries.join(",");
    }
    yield "]";
  }

  /**
   * Frees the native index now (hnswlib deletes it when re-initialised) rather than whenever the garbage
   * collector gets to the wrapper: a reindex loads the version it wrote right after saving this one. The
   * index answers nothing afterwards.
   */
  release(): void {
    this.index.initIndex(1);
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
