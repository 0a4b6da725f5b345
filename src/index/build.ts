import { readFile } from "node:fs/promises";
import { instructionWarnings } from "../corpus/instructions.js";
import { basename, join } from "node:path";
import { reviewWarnings } from "../corpus/review.js";
import { readCorpus, type SourceReport } from "../corpus/corpus.js";
import { collapseDuplicates } from "../corpus/dedupe.js";
import { MetadataFileError } from "../corpus/metadata.js";
import { splitDocument } from "../corpus/split.js";
import type { CorpusDocument } from "../corpus/types.js";
import type { Logger } from "../logging.js";
import { compareWithPrevious } from "./changes.js";
import { collectGarbage } from "./collectGarbage.js";
import { buildGlossary, readCuratedAcronyms } from "./glossary.js";
import { carryForward, glossaryDocument, keepableFailures, markKept, type KeptSource } from "./keptSources.js";
import { acquireLock, LockError, type HeldLock } from "./lock.js";
import { MANIFEST_FILE, OutdatedManifestError, parseManifest, type Manifest } from "./manifest.js";
import { buildVersion, type Progress } from "./newVersion.js";
import type { IndexSettings } from "./settings.js";
import { checkpoint, pruneVersions, readCurrentVersion, removeLeftovers } from "./store.js";
import { TextSpill } from "./textSpill.js";
import { loadVersion } from "./version.js";

export type { BuildStage } from "./newVersion.js";

/**
 * A reindex (DESIGN.md, "Reindex"): read the corpus, compare it with the index that serves now, and when
 * something changed build a whole new version beside it, check it loads, and swap `current` to it. A source
 * the previous version indexed that fails to read now keeps its previous chunks (keptSources.ts).
 * Nothing here throws: every outcome is a report with the contract's exit code.
 */

export interface BuildOptions {
  /** Rebuild even when nothing changed. */
  full?: boolean;
  /** Documents dated more than this many years ago are named in the warnings, for review. */
  reviewAfterYears?: number;
  /** Report what would change; write nothing. */
  dryRun?: boolean;
  /** `item` is the file about to be read, during "read". */
  onProgress?: Progress;
  logger?: Logger;
  /**
   * Runs after the build while INDEX_DIR's lock is still held. Shared mode publishes to the registry here,
   * so a replica's cache sync (which takes the same lock) never sees the new local version before the
   * registry does, and never puts the registry's older one back over it.
   */
  beforeUnlock?: (report: ReindexReport) => Promise<void>;
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
    await options.beforeUnlock?.(report);
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
  report.warnings.push(...reading.warnings, ...curated.warnings, ...instructionWarnings(reading.documents));
  if (options.reviewAfterYears) {
    const dated = reading.documents.map((d) => ({ source: d.source, date: d.metadata.date }));
    report.warnings.push(...reviewWarnings(dated, new Date(), options.reviewAfterYears));
  }
  const changes = compareWithPrevious(previous?.manifest ?? null, reading, config, curated.acronyms);
  report.sources = changes.sources;
  const failed = changes.sources.some((s) => s.status === "failed");
  if (reading.documents.length === 0) throw new Error(`no document in ${config.corpusDir} could be read, so no index was made`);

  const keepable = keepableFailures(previous?.manifest ?? null, changes.sources);
  if (previous && !options.full && !changes.rebuildReason && (await stillLoads(previous.dir, config, report.warnings))) {
    markKept(
      changes.sources,
      report.warnings,
      previous.manifest,
      keepable.map((s) => s.file),
    );
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

  const kept = previous ? await carryForward(previous, keepable, config, report.warnings) : [];
  if (previous)
    markKept(
      changes.sources,
      report.warnings,
      previous.manifest,
      kept.map((k) => k.record.file),
    );
  const spill = TextSpill.open(config.dataDir);
  let id: string;
  try {
    // Made first: it reads the documents' texts, which splitting lets go. A dry run needs none.
    const glossary = options.dryRun ? null : buildGlossary([...reading.documents, ...kept.map(glossaryDocument)], curated.acronyms);
    const split = splitCorpus(reading.documents, kept, config, spill, progress);
    collectGarbage();
    Object.assign(report, { chunkCount: split.chunks.length, duplicates: split.duplicates.length, exitCode: failed ? 2 : 0 });
    checkpoint("after-chunks");
    if (!glossary) {
      Object.assign(report, { outcome: "dry-run", version: previous?.manifest.version ?? null });
      return;
    }
    const failures = changes.sources.filter((s) => s.status === "failed" || s.status === "skipped");
    const parts = {
      ...split,
      documents: reading.documents,
      kept: kept.map((k) => k.record),
      glossary,
      acronyms: curated.acronyms,
      warnings: report.warnings,
      failures,
    };
    id = await buildVersion(config, parts, progress, options.logger);
  } finally {
    spill.close();
  }
  for (const old of await pruneVersions(config.indexDir)) options.logger?.info({ version: old }, "old index version deleted");
  Object.assign(report, { outcome: "built", version: id });
}

/**
 * Every document split into chunks, duplicates collapsed. Each document's chunks are parked on disk and its
 * text let go as soon as it is split, so no later stage holds the corpus's text: it is read back a chunk at
 * a time.
 */
function splitCorpus(documents: CorpusDocument[], kept: KeptSource[], config: IndexSettings, spill: TextSpill, progress: Progress) {
  const perDocument = documents.map((doc, i) => {
    progress("chunk", i, documents.length);
    const parked = splitDocument(doc, config.chunking).map((chunk) => spill.park(chunk));
    documents[i] = { ...doc, text: "" };
    return parked;
  });
  const { chunks, duplicates } = collapseDuplicates([...perDocument.flat(), ...kept.flatMap((k) => k.chunks)]);
  progress("chunk", documents.length, documents.length);
  return { chunks, duplicates, chunksPerDocument: perDocument.map((list) => list.length) };
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
