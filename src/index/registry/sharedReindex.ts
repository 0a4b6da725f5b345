import type { SharedIndexSettings } from "../settings.js";
import { openDatabase } from "../../db/database.js";
import type { BuildOptions, ReindexReport } from "../build.js";
import type { Say } from "../load.js";
import { readCurrentVersion } from "../store.js";
import { syncLocalCache } from "./localCache.js";
import { PgIndexRegistry } from "./pgRegistry.js";
import { holderName, SharedLockError, takeReindexLock, type SharedLock } from "./reindexLock.js";

/**
 * A reindex in shared mode: take the shared reindex lock (or fail naming who holds it; `wait` waits, as a
 * replica's first start does), bring INDEX_DIR up to the registry's current version so that the build
 * compares against what every replica serves, build as usual, then publish the result before INDEX_DIR is
 * unlocked: its files, the `current` pointer and a NOTIFY, in one transaction.
 */
export async function reindexShared(
  config: SharedIndexSettings,
  build: (beforeUnlock: NonNullable<BuildOptions["beforeUnlock"]>) => Promise<ReindexReport>,
  options: { wait?: boolean; say: Say },
): Promise<ReindexReport> {
  const db = await openDatabase(config.databaseUrl, { max: 3, timeoutMs: config.databaseTimeoutMs });
  try {
    const registry = new PgIndexRegistry(db);
    const started = performance.now();
    let lock: SharedLock;
    try {
      lock = await takeReindexLock(db, { wait: options.wait });
    } catch (error) {
      if (!(error instanceof SharedLockError)) throw error;
      return refused(error.message, await registry.current(), performance.now() - started);
    }
    try {
      options.say(`Took the shared reindex lock (${holderName()}).`);
      await syncLocalCache(config, registry);
      return await build((report) => publishBuilt(config, registry, report, options.say));
    } finally {
      await lock.release();
    }
  } finally {
    await db.end();
  }
}

/**
 * The version just built, to the registry, while INDEX_DIR is still locked (see BuildOptions.beforeUnlock).
 * A failure here fails the run: every replica, this one's cache included, stays on the registry's version.
 */
async function publishBuilt(config: SharedIndexSettings, registry: PgIndexRegistry, report: ReindexReport, say: Say): Promise<void> {
  if (report.outcome === "failed" || report.outcome === "dry-run") return;
  const local = await readCurrentVersion(config.indexDir);
  const shared = await registry.current();
  if (!local || local.id === shared) return;
  try {
    await registry.publish(local.dir, local.id, holderName());
    say(`Published index version ${local.id} to the shared registry; every replica switches to it.`);
  } catch (error) {
    report.outcome = "failed";
    report.exitCode = 1;
    report.version = shared;
    report.error = `built index version ${local.id} but could not publish it to the shared registry (${(error as Error).message}); ${shared ? `version ${shared} still serves` : "there is no index yet"}`;
    report.warnings.push(report.error);
  }
}

/** Another reindex holds the lock: nothing was built, and the current version still serves. */
function refused(why: string, current: string | null, durationMs: number): ReindexReport {
  const error = `${why}; ${current ? `index version ${current} still serves` : "there is no index yet"}`;
  return {
    version: current,
    outcome: "failed",
    sources: [],
    duplicates: 0,
    warnings: [error],
    exitCode: 1,
    chunkCount: 0,
    durationMs,
    rebuildReason: null,
    error,
  };
}
