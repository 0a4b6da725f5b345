import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { ChunkStore } from "./chunkStore.js";
import type { DenseIndex } from "./denseIndex.js";
import type { Glossary } from "./glossary.js";
import type { LexicalSearch } from "./lexicalSearch.js";
import type { Manifest } from "./manifest.js";

export type { ChunkStore } from "./chunkStore.js";
export type { DenseIndex } from "./denseIndex.js";
export type { LexicalHit, LexicalQuery, LexicalSearch } from "./lexicalSearch.js";

/**
 * Everything a query needs, loaded from one index version, each part behind its own interface. Immutable:
 * a reindex loads a new snapshot and swaps the reference, so queries in flight finish on the one they
 * started with.
 */
export interface IndexSnapshot {
  version: string;
  manifest: Manifest;
  chunks: ChunkStore;
  lexical: LexicalSearch;
  dense: DenseIndex;
  /** Embeds questions into the dense index's space. */
  embeddings: EmbeddingsInterface;
  glossary: Glossary;
}
