import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../../src/db/database.js";
import { PgFeedbackStore } from "../../src/feedback/pgStore.js";
import { feedbackPath, JsonlFeedbackStore, type FeedbackStore } from "../../src/feedback/store.js";
import type { EventJournal } from "../../src/slack/delivery/journal/eventJournal.js";
import { PgEventJournal } from "../../src/slack/delivery/journal/pgJournal.js";
import { SqliteEventJournal } from "../../src/slack/delivery/journal/sqliteJournal.js";
import type { AnswerMemory } from "../../src/slack/memory/answerMemory.js";
import { LocalAnswerMemory } from "../../src/slack/memory/localMemory.js";
import { PgAnswerMemory } from "../../src/slack/memory/pgMemory.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";

/**
 * The implementations every store contract runs against: embedded (SQLite, a JSON-lines file, this
 * process's memory) and shared (PostgreSQL, a database of the suite's own). Each call of `journal`,
 * `feedback` or `memory` is another handle on the same state, as a second replica (or a restart) would
 * open it; the embedded answer memory lives in one process, so there it is the same object.
 * A contract never assumes it is alone in its store: it names its keys uniquely (`unique`).
 */
export interface Backend {
  name: string;
  /** False when no PostgreSQL server answers: the suite is skipped, and says so. */
  available: boolean;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  journal(now?: () => number): EventJournal;
  feedback(): FeedbackStore;
  memory(): AnswerMemory;
}

let counter = 0;
/** A key no other test (or earlier run against the same store) uses. */
export const unique = (name: string) => `${name}-${process.pid}-${++counter}-${Date.now().toString(36)}`;

function embedded(): Backend {
  let dir = "";
  let memory: LocalAnswerMemory;
  const opened: EventJournal[] = [];
  return {
    name: "embedded",
    available: true,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), "safeguide-contract-"));
      memory = new LocalAnswerMemory();
    },
    async teardown() {
      await Promise.all(opened.map((j) => j.close()));
      rmSync(dir, { recursive: true, force: true });
    },
    journal(now) {
      const journal = new SqliteEventJournal(join(dir, "journal.sqlite"), now);
      opened.push(journal);
      return journal;
    },
    feedback: () => new JsonlFeedbackStore(feedbackPath({ dataDir: dir })),
    memory: () => memory,
  };
}

async function postgres(suite: string): Promise<Backend> {
  const available = await postgresAvailable(suite);
  let database: TestDatabase | undefined;
  const pools: Database[] = [];
  /** Two pools, as two replicas have; handles alternate between them. */
  const pool = () => pools[counter++ % pools.length];
  return {
    name: "PostgreSQL",
    available,
    async setup() {
      database = await createTestDatabase();
      // One after the other: the migration is not what is under test here (test/db/sharedOnly.test.ts).
      pools.push(await openDatabase(database.url, { max: 4 }));
      pools.push(await openDatabase(database.url, { max: 4 }));
    },
    async teardown() {
      await Promise.all(pools.map((p) => p.end()));
      await database?.drop();
    },
    journal: (now) => new PgEventJournal(pool(), now),
    feedback: () => new PgFeedbackStore(pool()),
    memory: () => new PgAnswerMemory(pool()),
  };
}

/** Embedded first, then PostgreSQL (skipped, with a line saying so, when no server answers). */
export async function backends(suite: string): Promise<Backend[]> {
  return [embedded(), await postgres(suite)];
}
