import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { IndexSettings } from "../settings.js";
import { acquireLock, LockError } from "../lock.js";
import { publishVersion, pruneVersions, readCurrentVersion, tempVersionDir, versionsDir } from "../store.js";
import type { PgIndexRegistry } from "./pgRegistry.js";

/**
 * A replica's INDEX_DIR is a local cache of the registry: the registry's current version is downloaded
 * into a temp directory, checked, and swapped in as INDEX_DIR/current exactly as a local reindex would
 * (so the process serving queries picks it up without a restart, src/index/holder.ts).
 * Returns the version now current locally, or null when the registry has none yet.
 */
export async function syncLocalCache(
  config: Pick<IndexSettings, "indexDir">,
  registry: PgIndexRegistry,
): Promise<{ version: string | null; swapped: boolean }> {
  const first = await wantedVersion(config, registry);
  if (!first) return { version: await registry.current(), swapped: false };
  const lock = await acquireLock(config.indexDir);
  try {
    // Looked at again under the lock: a local reindex publishes to the registry before it lets go of INDEX_DIR,
    // so what a sync sees here is never older than what that reindex just built.
    const wanted = await wantedVersion(config, registry);
    if (!wanted) return { version: await registry.current(), swapped: false };
    const temp = tempVersionDir(config.indexDir, wanted);
    try {
      await rm(temp, { recursive: true, force: true });
      await registry.download(wanted, temp);
      // A copy of this version that is not current (one this host built but another replaced) gives way.
      await rm(join(versionsDir(config.indexDir), wanted), { recursive: true, force: true });
      await publishVersion(config.indexDir, temp, wanted);
      await pruneVersions(config.indexDir);
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
    return { version: wanted, swapped: true };
  } finally {
    await lock.release();
  }
}

/** The registry's current version when INDEX_DIR is not on it; null when it is, or the registry has none. */
async function wantedVersion(config: Pick<IndexSettings, "indexDir">, registry: PgIndexRegistry): Promise<string | null> {
  const wanted = await registry.current();
  if (!wanted) return null;
  const local = await readCurrentVersion(config.indexDir).catch(() => null);
  return local?.id === wanted ? null : wanted;
}

/** A local reindex (or another sync) holds INDEX_DIR: try again on the next notice or poll. */
export function isBusy(error: unknown): boolean {
  return error instanceof LockError;
}
