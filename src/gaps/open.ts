import type { Config } from "../config.js";
import { openDatabase, type Database } from "../db/database.js";
import { PgGapStore } from "./pgStore.js";
import { gapRecorder, NO_GAP_RECORDER, type GapRecorder } from "./recorder.js";
import { SqliteGapStore } from "./sqliteStore.js";
import type { GapStore } from "./types.js";

/** This deployment's gap store: the shared database in shared mode (its pool given, or opened), else SQLite in DATA_DIR. */
export async function openGapStore(config: Pick<Config, "dataDir" | "databaseUrl">, db?: Database): Promise<GapStore> {
  if (!config.databaseUrl) return SqliteGapStore.open(config.dataDir);
  if (db) return new PgGapStore(db);
  const own = await openDatabase(config.databaseUrl, { max: 2 });
  return new PgGapStore(own, () => own.end());
}

/** A recorder when GAP_REPORT=on, else one that records nothing and opens nothing. */
export async function openGapRecorder(
  config: Pick<Config, "dataDir" | "databaseUrl" | "gaps">,
  db?: Database,
): Promise<{ recorder: GapRecorder; close(): Promise<void> }> {
  if (!config.gaps.enabled) return { recorder: NO_GAP_RECORDER, close: async () => {} };
  const store = await openGapStore(config, db);
  return { recorder: gapRecorder(store, config.gaps.retentionDays), close: () => store.close() };
}
