import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import { PgFeedbackStore } from "../feedback/pgStore.js";
import { feedbackPath, JsonlFeedbackStore, type FeedbackStore } from "../feedback/store.js";
import { openGapRecorder } from "../gaps/open.js";
import type { GapRecorder } from "../gaps/recorder.js";
import type { Logger } from "../logging.js";
import type { EventJournal } from "./delivery/journal/eventJournal.js";
import { PgEventJournal } from "./delivery/journal/pgJournal.js";
import { SqliteEventJournal } from "./delivery/journal/sqliteJournal.js";
import type { AnswerMemory } from "./memory/answerMemory.js";
import { LocalAnswerMemory } from "./memory/localMemory.js";
import { PgAnswerMemory } from "./memory/pgMemory.js";

/** The Slack app's state: embedded (SQLite, a file, this process) or shared by every replica (PostgreSQL). */
export interface SlackStores {
  journal: EventJournal;
  feedback: FeedbackStore;
  memory: AnswerMemory;
  gaps: GapRecorder;
  close(): Promise<void>;
}

export async function openSlackStores(config: Config, logger: Logger): Promise<SlackStores> {
  if (!config.databaseUrl) {
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
  const db = await openDatabase(config.databaseUrl, {
    timeoutMs: config.databaseTimeoutMs,
    onIdleError: (error) => logger.warn({ err: error }, "a shared database connection broke; it is replaced"),
  });
  logger.info("shared mode: journal, feedback and answer memory in PostgreSQL");
  const gaps = await openGapRecorder(config, db);
  return {
    journal: new PgEventJournal(db),
    feedback: new PgFeedbackStore(db),
    memory: new PgAnswerMemory(db, Date.now, config.gaps.enabled),
    gaps: gaps.recorder,
    close: () => db.end(),
  };
}
