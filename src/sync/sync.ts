import { createHash } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadFile } from "../corpus/loaders/index.js";
import { extensionOf, fetchSource, type FetchSettings } from "./fetchSource.js";
import { recordSources } from "./metadataFile.js";
import { fileNameFor, readSources, type SourceEntry } from "./sources.js";
import { readSyncState, writeSyncState, type SyncState } from "./state.js";

/**
 * `npm run sync`: every document of corpus/sources.json fetched, and stored in CORPUS_DIR only when it is
 * new or changed and reads as a document; a failure of any kind keeps the previous file. When anything
 * changed the index is rebuilt in process by the reindex's own code; otherwise the index is left alone.
 */

export type SyncStatus = "added" | "changed" | "unchanged" | "failed";

export interface SyncedSource {
  url: string;
  file: string;
  status: SyncStatus;
  reason: string | null;
}

/** What the reindex reported, when one ran. */
export interface SyncReindex {
  version: string | null;
  exitCode: 0 | 1 | 2;
  error: string | null;
}

export interface SyncReport {
  sources: SyncedSource[];
  reindex: SyncReindex | null;
  exitCode: 0 | 1 | 2;
  error: string | null;
}

export interface SyncSettings extends FetchSettings {
  corpusDir: string;
  dataDir: string;
}

export async function syncSources(settings: SyncSettings, reindex: () => Promise<SyncReindex>): Promise<SyncReport> {
  let entries: SourceEntry[];
  try {
    entries = await readSources(settings.corpusDir);
  } catch (error) {
    return { sources: [], reindex: null, exitCode: 1, error: (error as Error).message };
  }
  const state = await readSyncState(settings.dataDir);
  const sources: SyncedSource[] = [];
  for (const entry of entries) sources.push(await syncOne(entry, state, settings));
  await writeSyncState(settings.dataDir, state);
  const stored = sources.flatMap((s, i) => (s.status === "failed" ? [] : [{ file: s.file, entry: entries[i] }]));
  let metadataChanged: boolean;
  try {
    metadataChanged = await recordSources(settings.corpusDir, stored);
  } catch (error) {
    return { sources, reindex: null, exitCode: 1, error: (error as Error).message };
  }
  const changed = metadataChanged || sources.some((s) => s.status === "added" || s.status === "changed");
  const reindexed = changed ? await reindex() : null;
  const failed = sources.filter((s) => s.status === "failed").length;
  const nothingUsable = (entries.length > 0 && failed === entries.length) || reindexed?.exitCode === 1;
  const exitCode = nothingUsable ? 1 : failed || reindexed?.exitCode === 2 ? 2 : 0;
  return { sources, reindex: reindexed, exitCode, error: reindexed?.error ?? null };
}

async function syncOne(entry: SourceEntry, state: SyncState, settings: SyncSettings): Promise<SyncedSource> {
  // A URL whose path names no file keeps the name it was stored under last time.
  const named = entry.file ?? (fileNameFor(entry.url) || state[entry.url]?.file || "");
  const previous = named ? await hashOf(join(settings.corpusDir, named)) : null;
  const known = state[entry.url];
  const validators = previous && known && known.file === named && known.sha256 === previous ? known : null;
  const result = (status: SyncStatus, file: string, reason: string | null = null): SyncedSource => ({
    url: entry.url,
    file,
    status,
    reason,
  });
  const outcome = await fetchSource(entry.url, extensionOf(named), validators, settings);
  if (outcome.kind === "not-modified") return result("unchanged", named);
  if (outcome.kind === "failed") return result("failed", named, kept(outcome.reason, previous));
  const file = named || derivedName(entry.url, outcome.extension);
  const before = named ? previous : await hashOf(join(settings.corpusDir, file));
  const sha256 = createHash("sha256").update(outcome.bytes).digest("hex");
  const remember = () => void (state[entry.url] = { file, sha256, ...outcome.validators });
  if (sha256 === before) {
    remember();
    return result("unchanged", file);
  }
  // Written beside the corpus under a hidden name (never indexed), checked to read as a document, then renamed over the old one.
  const tmp = join(settings.corpusDir, `.sync-${process.pid}-${file}`);
  await writeFile(tmp, outcome.bytes);
  try {
    await loadFile(tmp, { maxBytes: settings.maxBytes });
  } catch (error) {
    await rm(tmp, { force: true });
    return result("failed", file, kept(`does not read as a document (${(error as Error).message})`, before));
  }
  await rename(tmp, join(settings.corpusDir, file));
  remember();
  return result(before ? "changed" : "added", file);
}

function kept(reason: string, previous: string | null): string {
  return previous ? `${reason}; the previous file is kept` : reason;
}

async function hashOf(path: string): Promise<string | null> {
  try {
    return createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
  } catch {
    return null;
  }
}

/** A file name for a URL whose path names none: host and path, made safe, with the type's extension. */
function derivedName(url: string, extension: string): string {
  const u = new URL(url);
  const slug = `${u.hostname}${u.pathname}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
  return `${slug || "document"}${extension}`;
}
