import type { Config } from "../config.js";
import { openDatabase, type Database } from "../db/database.js";
import { PgFeedbackStore } from "../feedback/pgStore.js";
import { openGapRecorder } from "../gaps/open.js";
import { feedbackPath, JsonlFeedbackStore, type FeedbackStore } from "../feedback/store.js";
import { IndexFollower } from "../index/registry/follower.js";
import { indexSettingsOf } from "../index/settings.js";
import type { Logger } from "../logging.js";
import { PgEventJournal } from "../slack/delivery/journal/pgJournal.js";
import { SqliteEventJournal } from "../slack/delivery/journal/sqliteJournal.js";
import type { SlackStores } from "../slack/deps.js";
import { LocalAnswerMemory } from "../slack/memory/localMemory.js";
import { PgAnswerMemory } from "../slack/memory/pgMemory.js";

/**
 * The one place that chooses where state lives: embedded (SQLite and a file in DATA_DIR, this process's
 * memory, INDEX_DIR built in place) or shared by every replica (PostgreSQL, `DATABASE_URL`). Everything
 * else is handed the stores it uses.
 */

export type SharedMode = { shared: false } | { shared: true; databaseUrl: string };

export function storageMode(config: Config): SharedMode {
  return config.databaseUrl ? { shared: true, databaseUrl: config.databaseUrl } : { shared: false };
}

/**
 * The Slack app's stores. `ping` answers when the shared database does (shared mode only; /healthz asks it);
 * `close` closes the journal or the pool.
 */
export async function openSlackStores(config: Config, logger: Logger): Promise<SlackStores> {
  const mode = storageMode(config);
  if (!mode.shared) {
    const journal = SqliteEventJournal.open(config.dataDir);
    const gaps = await openGapRecorder(config);
    return {
      journal,
      feedback: new JsonlFeedbackStore(feedbackPath(config)),
      memory: new LocalAnswerMemory(),
      gaps: gaps.recorder,
      close: async () => {
        await journal.close();
        await gaps.close();
      },
    };
  }
  const db = await openDatabase(mode.databaseUrl, {
    timeoutMs: config.databaseTimeoutMs,
    onIdleError: (error) => logger.warn({ err: error }, "a shared database connection broke; it is replaced"),
  });
  logger.info("shared mode: journal, feedback and answer memory in PostgreSQL");
  const gaps = await openGapRecorder(config, db);
  return {
    journal: new PgEventJournal(db),
    feedback: new PgFeedbackStore(db),
    // With the gap report on, a click on another replica still finds the redacted question it rates.
    memory: new PgAnswerMemory(db, Date.now, config.gaps.enabled),
    gaps: gaps.recorder,
    ping: () => pingDatabase(db),
    close: () => db.end(),
  };
}

/** The feedback store alone (`npm run feedback`), and where it is, for the report. */
export async function openFeedbackStore(config: Config): Promise<{ store: FeedbackStore; where: string; close(): Promise<void> }> {
  const mode = storageMode(config);
  if (!mode.shared) {
    const path = feedbackPath(config);
    return { store: new JsonlFeedbackStore(path), where: path, close: async () => {} };
  }
  const db = await openDatabase(mode.databaseUrl, { max: 2, timeoutMs: config.databaseTimeoutMs });
  return { store: new PgFeedbackStore(db), where: "the shared database (DATABASE_URL)", close: () => db.end() };
}

/**
 * Shared mode: INDEX_DIR becomes this replica's cache of the registry's current version, kept up to date.
 * Embedded: null (the index is built in place by `npm run reindex`).
 */
export async function openIndexFollower(config: Config, say: (message: string) => void): Promise<IndexFollower | null> {
  const mode = storageMode(config);
  if (!mode.shared) return null;
  return IndexFollower.start(
    { ...indexSettingsOf(config), databaseUrl: mode.databaseUrl, databaseTimeoutMs: config.databaseTimeoutMs },
    say,
  );
}

async function pingDatabase(db: Database): Promise<void> {
  await db.query("SELECT 1");
}
