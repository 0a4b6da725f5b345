import type { Chunk } from "../corpus/types.js";
import type { HnswDenseIndex } from "./hnswDenseIndex.js";
import type { EmbeddingModel } from "./embeddings.js";
import type { Glossary } from "./glossary.js";
import type { LexicalIndex } from "./lexical.js";
import type { Manifest } from "./manifest.js";

/**
 * Where a build puts one new version's parts. `FileIndexWriter` writes a version directory; a store in a
 * database would write its tables here instead. `buildVersion` (newVersion.ts) writes each part as soon as
 * it is made, in the order below, and the manifest last: a version with a manifest has every other part,
 * and the manifest says what each holds.
 */
export interface IndexWriter {
  writeChunks(chunks: readonly Chunk[]): Promise<void>;
  writeLexical(lexical: LexicalIndex): Promise<void>;
  writeGlossary(glossary: Glossary): Promise<void>;
  /** The embedding model, when it was fitted on the corpus (a hosted model has nothing to save). */
  writeModel(model: EmbeddingModel): Promise<void>;
  writeDense(dense: HnswDenseIndex): Promise<void>;
  /** Completes the manifest with what was written (the file checksums) and writes it; returns it as written. */
  writeManifest(manifest: Omit<Manifest, "files">): Promise<Manifest>;
}
