import { readFile, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import type { IndexSettings } from "./settings.js";
import { readCorpus, type SourceReport } from "../corpus/corpus.js";
import { collapseDuplicates } from "../corpus/dedupe.js";
import { MetadataFileError } from "../corpus/metadata.js";
import { splitDocument } from "../corpus/split.js";
import type { Logger } from "../logging.js";
import { compareWithPrevious } from "./changes.js";
import { HnswDenseIndex } from "./hnswDenseIndex.js";
import { embedWithCache } from "./embeddingCache.js";
import { createEmbeddings } from "./embeddings.js";
import { buildGlossary, readCuratedAcronyms } from "./glossary.js";
import { buildLexicalIndex } from "./lexical.js";
import { acquireLock, LockError, type HeldLock } from "./lock.js";
import { describeIndex, EF_CONSTRUCTION, MANIFEST_FILE, OutdatedManifestError, parseManifest, type Manifest } from "./manifest.js";
import {
  checkpoint,
  newVersionId,
  publishVersion,
  pruneVersions,
  readCurrentVersion,
  removeLeftovers,
  tempVersionDir,
  versionsDir,
} from "./store.js";
import { FileIndexWriter } from "./fileIndexWriter.js";
import { writeVersion, type VersionContents } from "./indexWriter.js";
import { loadVersion, verifyVersion } from "./version.js";

/**
 * A reindex (DESIGN.md, "Reindex"): read the corpus, compare it with the index that serves now, and when
 * something changed build a whole new version beside it, check it loads, and swap `current` to it.
 * Nothing here throws: every outcome is a report with the contract's exit code.
 */

export type BuildStage = "read" | "chunk" | "model" | "embed" | "write" | "verify";

type Progress = NonNullable<BuildOptions["onProgress"]>;

export interface BuildOptions {
  /** Rebuild even when nothing changed. */
  full?: boolean;
  /** Report what would change; write nothing. */
  dryRun?: boolean;
  /** `item` is the file about to be read, during "read". */
  onProgress?: (stage: BuildStage, done: number, total: number, item?: string) => void;
  logger?: Logger;
}

export interface ReindexReport {
  /** The version serving after this run: the new one, or the unchanged current one; null when none. */
  version: string | null;
  outcome: "built" | "unchanged" | "dry-run" | "failed";
  sources: SourceReport[];
  /** Collapsed duplicate groups. */
  duplicates: number;
  warnings: string[];
  exitCode: 0 | 1 | 2;
  chunkCount: number;
  durationMs: number;
  /** Why a new version was (or would be) built. */
  rebuildReason: string | null;
  /** Why no index could be made, when outcome is "failed". */
  error: string | null;
}

export async function buildIndex(config: IndexSettings, options: BuildOptions = {}): Promise<ReindexReport> {
  const started = performance.now();
  const report: ReindexReport = {
    version: null,
    outcome: "failed",
    sources: [],
    duplicates: 0,
    warnings: [],
    exitCode: 1,
    chunkCount: 0,
    durationMs: 0,
    rebuildReason: null,
    error: null,
  };
  let lock: HeldLock | null = null;
  try {
    if (!options.dryRun) {
      lock = await acquireLock(config.indexDir);
      if (lock.warning) report.warnings.push(lock.warning);
      for (const left of await removeLeftovers(config.indexDir))
        report.warnings.push(`removed versions/${left}, left by an interrupted reindex`);
    }
    await run(config, options, report);
  } catch (e) {
    const current = await readCurrentVersion(config.indexDir).catch(() => null);
    report.outcome = "failed";
    report.exitCode = 1;
    report.version = current?.id ?? null;
    report.error = `${describeFailure(e)}; ${current ? `the previous index (version ${current.id}) still serves` : "there is no index yet"}`;
    report.warnings.push(report.error);
    if (e instanceof MetadataFileError) report.sources = [{ file: e.file, status: "failed", reason: e.reason }];
    options.logger?.error({ err: e }, "reindex failed");
  } finally {
    await lock?.release();
    report.durationMs = Math.round(performance.now() - started);
  }
  return report;
}

async function run(config: IndexSettings, options: BuildOptions, report: ReindexReport): Promise<void> {
  const progress: Progress = options.onProgress ?? (() => {});
  const previous = await currentIndex(config, report.warnings);
  const reading = await readCorpus(config.corpusDir, {
    maxBytes: config.maxFileBytes,
    onFile: (file, done, total) => progress("read", done, total, file || undefined),
  });
  const curated = await readCuratedAcronyms(config.corpusDir);
  report.warnings.push(...reading.warnings, ...curated.warnings);
  const changes = compareWithPrevious(previous?.manifest ?? null, reading, config, curated.acronyms);
  report.sources = changes.sources;
  const failed = changes.sources.some((s) => s.status === "failed");
  if (reading.documents.length === 0) throw new Error(`no document in ${config.corpusDir} could be read, so no index was made`);

  if (previous && !options.full && !changes.rebuildReason && (await stillLoads(previous.dir, config, report.warnings))) {
    Object.assign(report, {
      outcome: "unchanged",
      version: previous.manifest.version,
      exitCode: failed ? 2 : 0,
      chunkCount: previous.manifest.counts.chunks,
      duplicates: previous.manifest.counts.duplicateGroups,
    });
    return;
  }
  report.rebuildReason = options.full ? "a full rebuild was asked for" : (changes.rebuildReason ?? "the current index could not be loaded");

  const prepared = await prepare(config, options, report, reading, curated.acronyms, changes.sources, failed, progress);
  if (!prepared) {
    Object.assign(report, { outcome: "dry-run", version: previous?.manifest.version ?? null });
    return;
  }
  // `prepared` is the only reference to the built contents: publish drops it once they are written, so
  // the check loads the written version without a second copy of everything held beside it.
  const id = prepared.contents!.manifest.version;
  await publish(config, prepared, progress);
  for (const old of await pruneVersions(config.indexDir)) options.logger?.info({ version: old }, "old index version deleted");
  Object.assign(report, { outcome: "built", version: id });
}

interface Prepared {
  contents: VersionContents | null;
  /** One chunk's position and stored vector, for the check that the written version answers it. */
  probe: { position: number; vector: number[] } | null;
}

/** Chunk, model, embed and index; null for a dry run. Everything heavy lives only in the result. */
async function prepare(
  config: IndexSettings,
  options: BuildOptions,
  report: ReindexReport,
  reading: Awaited<ReturnType<typeof readCorpus>>,
  acronyms: Awaited<ReturnType<typeof readCuratedAcronyms>>["acronyms"],
  sources: SourceReport[],
  failed: boolean,
  progress: Progress,
): Promise<Prepared | null> {
  const perDocument = reading.documents.map((doc, i) => {
    progress("chunk", i, reading.documents.length);
    return splitDocument(doc, config.chunking);
  });
  const { chunks, duplicates } = collapseDuplicates(perDocument.flat());
  progress("chunk", reading.documents.length, reading.documents.length);
  Object.assign(report, { chunkCount: chunks.length, duplicates: duplicates.length, exitCode: failed ? 2 : 0 });
  checkpoint("after-chunks");
  if (options.dryRun) return null;
  const chunksPerDocument = perDocument.map((list) => list.length);
  perDocument.length = 0;

  const glossary = buildGlossary(reading.documents, acronyms);
  const lexical = buildLexicalIndex(chunks);
  progress("model", 0, 1);
  const model = await createEmbeddings(
    config,
    chunks.map((c) => c.text),
  );
  progress("model", 1, 1);
  const embedded = await embedWithCache({
    cacheDir: join(config.dataDir, "embedding-cache"),
    identity: model.identity,
    embeddings: model.embeddings,
    items: chunks,
    onProgress: (done, total) => progress("embed", done, total),
  });
  report.warnings.push(...embedded.warnings);
  options.logger?.info({ embedded: embedded.embedded, reused: embedded.reused, identity: model.identity }, "chunks embedded");
  const hnsw = { m: config.hnsw.m, efConstruction: EF_CONSTRUCTION, ef: config.hnsw.ef };
  const dense = await HnswDenseIndex.build(
    embedded.vectors,
    chunks.map((c) => c.id),
    hnsw,
  );
  checkpoint("after-dense");
  const position = embedded.vectors.findIndex((v) => v.some((x) => x !== 0));
  const probe = position >= 0 ? { position, vector: embedded.vectors[position] } : null;
  embedded.vectors.length = 0;

  const manifest = describeIndex({
    id: newVersionId(),
    config,
    embedding: { provider: model.provider, model: model.model, dimension: dense.dimension, identity: model.identity },
    documents: reading.documents,
    chunksPerDocument,
    chunkCount: chunks.length,
    duplicates,
    acronyms,
    warnings: report.warnings.slice(),
    failures: sources.filter((s) => s.status === "failed" || s.status === "skipped"),
  });
  return { contents: { manifest, chunks, lexical, glossary, model, dense }, probe };
}

/** Write beside the serving version, check it, then swap; on any failure leave nothing behind. */
async function publish(config: IndexSettings, prepared: Prepared, progress: Progress): Promise<void> {
  const id = prepared.contents!.manifest.version;
  const temp = tempVersionDir(config.indexDir, id);
  try {
    progress("write", 0, 1);
    const manifest = await writeVersion(await FileIndexWriter.open(temp), prepared.contents!);
    prepared.contents = null;
    progress("write", 1, 1);
    progress("verify", 0, 1);
    await verifyVersion(await loadVersion(temp, config), manifest, prepared.probe);
    progress("verify", 1, 1);
    await publishVersion(config.indexDir, temp, id);
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    const current = await readCurrentVersion(config.indexDir).catch(() => null);
    if (current?.id !== id) await rm(join(versionsDir(config.indexDir), id), { recursive: true, force: true });
    throw e;
  }
}

/** The serving version's manifest, if it has a readable one. */
async function currentIndex(config: IndexSettings, warnings: string[]): Promise<{ dir: string; manifest: Manifest } | null> {
  const current = await readCurrentVersion(config.indexDir).catch(() => null);
  if (!current) return null;
  try {
    return { dir: current.dir, manifest: parseManifest(await readFile(join(current.dir, MANIFEST_FILE), "utf8")) };
  } catch (e) {
    const why =
      e instanceof OutdatedManifestError
        ? "was made by an earlier release, without checksums of its files"
        : `has no usable manifest (${(e as Error).message})`;
    warnings.push(`the current index (version ${current.id}) ${why}; building a new one`);
    return null;
  }
}

/** "Nothing changed" only counts when the current version is also intact. */
async function stillLoads(dir: string, config: IndexSettings, warnings: string[]): Promise<boolean> {
  try {
    await loadVersion(dir, config);
    return true;
  } catch (e) {
    warnings.push(`the current index (version ${basename(dir)}) could not be loaded (${(e as Error).message}); building a new one`);
    return false;
  }
}

function describeFailure(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  if (e instanceof LockError) return e.message;
  if (error?.code === "ENOSPC") return `no space left on device while writing ${basename(String(error.path ?? "the index"))} (ENOSPC)`;
  if (error?.code === "EACCES" || error?.code === "EPERM") return `permission denied writing ${error.path ?? "the index"} (${error.code})`;
  return error?.message ?? String(e);
}
