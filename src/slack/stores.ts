import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import { PgFeedbackStore } from "../feedback/pgStore.js";
import { feedbackPath, JsonlFeedbackStore, type FeedbackStore } from "../feedback/store.js";
import type { Logger } from "../logging.js";
import type { EventJournal } from "./journal/eventJournal.js";
import { PgEventJournal } from "./journal/pgJournal.js";
import { SqliteEventJournal } from "./journal/sqliteJournal.js";
import { LocalAnswerMemory, type AnswerMemory } from "./memory.js";
import { PgAnswerMemory } from "./pgMemory.js";

/** The Slack app's state: embedded (SQLite, a file, this process) or shared by every replica (PostgreSQL). */
export interface SlackStores {
  journal: EventJournal;
  feedback: FeedbackStore;
  memory: AnswerMemory;
  close(): Promise<void>;
}

export async function openSlackStores(config: Config, logger: Logger): Promise<SlackStores> {
  if (!config.databaseUrl) {
    const journal = SqliteEventJournal.open(config.dataDir);
    return { journal, feedback: new JsonlFeedbackStore(feedbackPath(config)), memory: new LocalAnswerMemory(), close: () => journal.close() };
  }
  const db = await openDatabase(config.databaseUrl, { onIdleError: (error) => logger.warn({ err: error }, "a shared database connection broke; it is replaced") });
  logger.info("shared mode: journal, feedback and answer memory in PostgreSQL");
  return { journal: new PgEventJournal(db), feedback: new PgFeedbackStore(db), memory: new PgAnswerMemory(db), close: () => db.end() };
}
