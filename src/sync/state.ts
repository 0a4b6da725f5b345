import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** What the last sync learned of each URL, for conditional requests next time: DATA_DIR/sync-state.json. */

export interface SourceState {
  file: string;
  etag?: string;
  lastModified?: string;
  /** sha256 of the bytes stored. */
  sha256: string;
}

export type SyncState = Record<string, SourceState>;

const STATE_FILE = "sync-state.json";

export async function readSyncState(dataDir: string): Promise<SyncState> {
  try {
    const parsed = JSON.parse(await readFile(join(dataDir, STATE_FILE), "utf8")) as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as SyncState) : {};
  } catch {
    // No state, or a torn one: every source is fetched in full, which is only slower.
    return {};
  }
}

export async function writeSyncState(dataDir: string, state: SyncState): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const tmp = join(dataDir, `.${STATE_FILE}.${process.pid}.tmp`);
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, join(dataDir, STATE_FILE));
}
