import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { Chunk } from "../corpus/types.js";
import type { Glossary } from "./glossary.js";
import type { LexicalIndex } from "./lexical.js";
import type { Manifest } from "./manifest.js";

/** Nearest neighbours of a query vector among the chunks: ids with cosine similarity, best first. */
export interface DenseIndex {
  search(vector: number[], k: number): Promise<{ id: string; similarity: number }[]>;
}

/**
 * Everything a query needs, loaded from one index version. Immutable: a reindex loads a new snapshot
 * and swaps the reference, so queries in flight finish on the one they started with.
 */
export interface IndexSnapshot {
  version: string;
  manifest: Manifest;
  chunks: Chunk[];
  chunkById: Map<string, Chunk>;
  lexical: LexicalIndex;
  dense: DenseIndex;
  embeddings: EmbeddingsInterface;
  glossary: Glossary;
}
