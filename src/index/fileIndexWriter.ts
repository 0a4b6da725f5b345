import { join } from "node:path";
import type { Chunk } from "../corpus/types.js";
import { CHUNKS_FILE, COLUMNS_FILE, encodeChunkStore, TEXTS_FILE } from "./chunkFiles.js";
import { checksumDirectory } from "./checksums.js";
import { HNSW_FILES, type HnswDenseIndex } from "./hnswDenseIndex.js";
import type { EmbeddingModel } from "./embeddings.js";
import type { Glossary } from "./glossary.js";
import { LEXICAL_FILE, POSTINGS_FILE, type LexicalIndex } from "./lexical.js";
import { MANIFEST_FILE, type Manifest } from "./manifest.js";
import { ensureDir, fsyncPath, injectWriteFault, writeDurable, writeDurablePieces } from "./store.js";
import { GLOSSARY_FILE, LSA_MODEL_FILE } from "./version.js";

/**
 * Writes one new version into its directory (`loadVersion` reads it back), each part as soon as it is made
 * and the manifest last: a version with a manifest has every other part. Every file is flushed before
 * the next; the large ones are written in pieces (the same bytes as one JSON.stringify), since at 100,000
 * chunks one string of either would be hundreds of MB on top of the objects it is made from.
 */
export class FileIndexWriter {
  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<FileIndexWriter> {
    await ensureDir(dir);
    return new FileIndexWriter(dir);
  }

  async writeChunks(chunks: readonly Chunk[]): Promise<void> {
    const store = encodeChunkStore(chunks);
    await writeDurablePieces(join(this.dir, CHUNKS_FILE), store.json());
    await writeDurablePieces(join(this.dir, COLUMNS_FILE), store.columns());
    await writeDurablePieces(join(this.dir, TEXTS_FILE), store.texts());
  }

  async writeLexical(lexical: LexicalIndex): Promise<void> {
    const files = lexical.files();
    await writeDurablePieces(join(this.dir, LEXICAL_FILE), files.json());
    await writeDurablePieces(join(this.dir, POSTINGS_FILE), files.postings());
  }

  async writeGlossary(glossary: Glossary): Promise<void> {
    await writeDurable(join(this.dir, GLOSSARY_FILE), JSON.stringify(glossary.toJSON()));
  }

  async writeModel(model: EmbeddingModel): Promise<void> {
    if (model.fitted) await writeDurable(join(this.dir, LSA_MODEL_FILE), JSON.stringify(model.fitted.toJSON()));
  }

  async writeDense(dense: HnswDenseIndex): Promise<void> {
    for (const file of HNSW_FILES) injectWriteFault(join(this.dir, file));
    await dense.save(this.dir);
  }

  async writeManifest(partial: Omit<Manifest, "files">): Promise<Manifest> {
    const manifest: Manifest = { ...partial, files: await checksumDirectory(this.dir, MANIFEST_FILE) };
    await writeDurable(join(this.dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await fsyncPath(this.dir);
    return manifest;
  }
}
