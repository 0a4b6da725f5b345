import type { Config } from "../config.js";

/**
 * The slices of the configuration `index/` reads, each module asking for the fewest it needs. Slack, the
 * contacts and the answerer's settings never reach the index; `indexSettingsOf` cuts the slice at the edges.
 */

/** The embedding model, and for a hosted one its connection. */
export type EmbeddingSettings = Pick<Config, "embeddings" | "llm" | "llmTimeoutMs" | "llmMaxRetries">;

/** What shapes a version's contents: a change to any of them means a rebuild. */
export type ShapeSettings = Pick<Config, "chunking" | "hnsw">;

/** Where the index is read from, built from and cached, and how. */
export type IndexSettings = EmbeddingSettings & ShapeSettings & Pick<Config, "corpusDir" | "indexDir" | "dataDir" | "maxFileBytes">;

/** Shared mode: the index registry in PostgreSQL. */
export type SharedIndexSettings = IndexSettings & { databaseUrl: string; databaseTimeoutMs?: number };

export function indexSettingsOf(config: IndexSettings): IndexSettings {
  const { corpusDir, indexDir, dataDir, maxFileBytes, chunking, hnsw, embeddings, llm, llmTimeoutMs, llmMaxRetries } = config;
  return { corpusDir, indexDir, dataDir, maxFileBytes, chunking, hnsw, embeddings, llm, llmTimeoutMs, llmMaxRetries };
}
