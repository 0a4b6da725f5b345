import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { SourceReport } from "../corpus/corpus.js";
import type { DuplicateGroup } from "../corpus/dedupe.js";
import type { Chunk, CorpusDocument } from "../corpus/types.js";
import type { Logger } from "../logging.js";
import { embedWithCache } from "./embeddingCache.js";
import { createEmbeddings } from "./embeddings.js";
import { FileIndexWriter } from "./fileIndexWriter.js";
import type { CuratedAcronyms, Glossary } from "./glossary.js";
import { HnswDenseIndex } from "./hnswDenseIndex.js";
import { buildLexicalIndex } from "./lexical.js";
import { describeIndex, EF_CONSTRUCTION, type Manifest } from "./manifest.js";
import type { IndexSettings } from "./settings.js";
import { collectGarbage } from "./collectGarbage.js";
import { checkpoint, newVersionId, publishVersion, readCurrentVersion, tempVersionDir, versionsDir } from "./store.js";
import { loadVersion, verifyVersion } from "./version.js";

/**
 * A new version from the corpus's chunks: each part is written as soon as it is made and then let go (the
 * chunks, the lexical index, the glossary, the embedding model, the dense index, the manifest last), so a
 * reindex never holds every part of a large corpus at once. The version is written beside the serving one,
 * loaded back and checked, then swapped in; on any failure nothing of it is left behind.
 */

export type BuildStage = "read" | "chunk" | "model" | "embed" | "write" | "verify";
export type Progress = (stage: BuildStage, done: number, total: number, item?: string) => void;

export interface VersionParts {
  /** Emptied once embedded: nothing after the embedding needs more than their ids. */
  chunks: Chunk[];
  duplicates: DuplicateGroup[];
  /** The documents indexed (their texts already let go), with how many chunks each gave. */
  documents: CorpusDocument[];
  chunksPerDocument: number[];
  glossary: Glossary;
  acronyms: CuratedAcronyms;
  /** The reindex's warnings so far; the embedding's are added. */
  warnings: string[];
  failures: SourceReport[];
  /** The manifest records of failed sources whose previous chunks are among `chunks`. */
  kept: Manifest["sources"];
}

/** Returns the id of the version now serving. */
export async function buildVersion(config: IndexSettings, parts: VersionParts, progress: Progress, logger?: Logger): Promise<string> {
  const id = newVersionId();
  const temp = tempVersionDir(config.indexDir, id);
  try {
    const { manifest, probe } = await writeParts(config, id, await FileIndexWriter.open(temp), parts, progress, logger);
    collectGarbage();
    progress("verify", 0, 1);
    await verifyVersion(await loadVersion(temp, config), manifest, probe);
    progress("verify", 1, 1);
    await publishVersion(config.indexDir, temp, id);
    return id;
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    const current = await readCurrentVersion(config.indexDir).catch(() => null);
    if (current?.id !== id) await rm(join(versionsDir(config.indexDir), id), { recursive: true, force: true });
    throw e;
  }
}

async function writeParts(
  config: IndexSettings,
  id: string,
  writer: FileIndexWriter,
  parts: VersionParts,
  progress: Progress,
  logger?: Logger,
) {
  const { chunks } = parts;
  await writer.writeChunks(chunks);
  checkpoint("during-write");
  await writer.writeLexical(buildLexicalIndex(chunks));
  await writer.writeGlossary(parts.glossary);
  collectGarbage();

  progress("model", 0, 1);
  const model = await createEmbeddings(config, { length: chunks.length, at: (i) => chunks.at(i)?.text });
  progress("model", 1, 1);
  await writer.writeModel(model);
  const embedded = await embedWithCache({
    cacheDir: join(config.dataDir, "embedding-cache"),
    identity: model.identity,
    embeddings: model.embeddings,
    items: chunks,
    onProgress: (done, total) => progress("embed", done, total),
  });
  parts.warnings.push(...embedded.warnings);
  logger?.info({ embedded: embedded.embedded, reused: embedded.reused, identity: model.identity }, "chunks embedded");
  // From here on only the chunks' ids and number are needed: the chunks themselves are let go.
  const chunkCount = chunks.length;
  const ids = chunks.map((c) => c.id);
  chunks.length = 0;
  collectGarbage();
  const hnsw = { m: config.hnsw.m, efConstruction: EF_CONSTRUCTION, ef: config.hnsw.ef };
  const dense = HnswDenseIndex.build(embedded.vectors, ids, hnsw);
  checkpoint("after-dense");
  // One chunk's stored vector, for the check that the written version answers it.
  const position = embedded.vectors.findIndex((v) => v.some((x) => x !== 0));
  const probe = position >= 0 ? { position, vector: Array.from(embedded.vectors[position]) } : null;
  embedded.vectors.length = 0;

  progress("write", 0, 1);
  await writer.writeDense(dense);
  dense.release();
  const manifest = await writer.writeManifest(
    describeIndex({
      id,
      config,
      embedding: { provider: model.provider, model: model.model, dimension: dense.dimension, identity: model.identity },
      documents: parts.documents,
      chunksPerDocument: parts.chunksPerDocument,
      chunkCount,
      duplicates: parts.duplicates,
      acronyms: parts.acronyms,
      warnings: parts.warnings.slice(),
      failures: parts.failures,
      kept: parts.kept,
    }),
  );
  progress("write", 1, 1);
  return { manifest, probe };
}
