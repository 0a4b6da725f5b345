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
  const wanted = await registry.current();
  if (!wanted) return { version: null, swapped: false };
  const local = await readCurrentVersion(config.indexDir).catch(() => null);
  if (local?.id === wanted) return { version: wanted, swapped: false };
  const lock = await acquireLock(config.indexDir);
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
  } finally {
    await lock.release();
  }
  return { version: wanted, swapped: true };
}

/** A local reindex (or another sync) holds INDEX_DIR: try again on the next notice or poll. */
export function isBusy(error: unknown): boolean {
  return error instanceof LockError;
}
