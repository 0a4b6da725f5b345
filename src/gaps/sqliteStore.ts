import Database from "better-sqlite3";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { GAP_COLUMNS, gapRowValues, isGapReason, type GapInput, type GapRecord, type GapStore } from "./types.js";

export const GAP_FILE = "gaps.db";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS gap_questions (
  id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  topic TEXT NOT NULL,
  focus TEXT NOT NULL,
  concepts TEXT NOT NULL,
  reason TEXT NOT NULL,
  asker_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS gap_questions_at ON gap_questions (at);
CREATE TABLE IF NOT EXISTS gap_salt (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  salt TEXT NOT NULL
);
`;

interface Row {
  id: string;
  at: number;
  text: string;
  kind: string;
  topic: string;
  focus: string;
  concepts: string;
  reason: string;
  asker_hash: string;
}

/** The embedded gap store: one SQLite file in DATA_DIR. */
export class SqliteGapStore implements GapStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(SCHEMA);
  }

  static open(dataDir: string): SqliteGapStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteGapStore(join(dataDir, GAP_FILE));
  }

  async salt(): Promise<string> {
    this.db.prepare(`INSERT INTO gap_salt (singleton, salt) VALUES (1, ?) ON CONFLICT DO NOTHING`).run(randomBytes(32).toString("hex"));
    return (this.db.prepare(`SELECT salt FROM gap_salt WHERE singleton = 1`).get() as { salt: string }).salt;
  }

  async add(input: GapInput): Promise<void> {
    this.db
      .prepare(`INSERT INTO gap_questions (${GAP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(...gapRowValues(randomUUID(), Date.parse(input.at), input));
  }

  async list(since?: Date): Promise<GapRecord[]> {
    const rows = this.db.prepare(`SELECT * FROM gap_questions WHERE at >= ? ORDER BY at, id`).all(since?.getTime() ?? 0) as Row[];
    return rows.flatMap((row) => (isGapReason(row.reason) ? [recordOf(row, row.reason)] : []));
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    return this.db.prepare(`DELETE FROM gap_questions WHERE at < ?`).run(cutoff.getTime()).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function recordOf(row: Row, reason: GapRecord["reason"]): GapRecord {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    text: row.text,
    kind: row.kind,
    topic: row.topic,
    focus: JSON.parse(row.focus) as string[],
    concepts: JSON.parse(row.concepts) as string[],
    reason,
    askerHash: row.asker_hash,
  };
}
