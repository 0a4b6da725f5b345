import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { EventJournal, Lease, PendingDelivery } from "./eventJournal.js";

export const JOURNAL_FILE = "slack-journal.db";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS deliveries (
  key TEXT PRIMARY KEY,
  body TEXT,
  state TEXT NOT NULL CHECK (state IN ('pending', 'answered')),
  lease_owner TEXT,
  lease_until INTEGER,
  received_at INTEGER NOT NULL,
  answered_at INTEGER,
  answer_ts TEXT,
  failed_reason TEXT
);
CREATE INDEX IF NOT EXISTS deliveries_pending ON deliveries (state, received_at);
CREATE TABLE IF NOT EXISTS claims (
  key TEXT PRIMARY KEY,
  delivery_key TEXT NOT NULL,
  claimed_at INTEGER NOT NULL
);
`;

/**
 * The embedded journal: one SQLite file in DATA_DIR, in WAL mode. synchronous=NORMAL: a commit is in the
 * WAL (the OS's page cache) when the call returns, so a killed or crashed process loses nothing; only a
 * power cut of the host could lose the commits since the last checkpoint. FULL would fsync every
 * delivery before its acknowledgement (about 2 ms of blocked event loop each on the development disk).
 */
export class SqliteEventJournal implements EventJournal {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(
    file: string,
    private readonly now: () => number = Date.now,
  ) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(SCHEMA);
    addMissingColumns(this.db);
    this.statements = {
      record: this.db.prepare(
        `INSERT INTO deliveries (key, body, state, lease_owner, lease_until, received_at)
         VALUES (?, ?, 'pending', ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
      ),
      claim: this.db.prepare(`INSERT INTO claims (key, delivery_key, claimed_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING`),
      claimant: this.db.prepare(`SELECT delivery_key FROM claims WHERE key = ?`),
      free: this.db.prepare(
        `SELECT key FROM deliveries WHERE state = 'pending' AND failed_reason IS NULL AND (lease_until IS NULL OR lease_until <= ?)
         ORDER BY received_at LIMIT ?`,
      ),
      take: this.db.prepare(
        `UPDATE deliveries SET lease_owner = ?, lease_until = ?
         WHERE key = ? AND state = 'pending' AND (lease_until IS NULL OR lease_until <= ?)
         RETURNING key, body, received_at`,
      ),
      renew: this.db.prepare(
        `UPDATE deliveries SET lease_until = MAX(COALESCE(lease_until, 0), ?) WHERE key = ? AND state = 'pending' AND lease_owner = ?`,
      ),
      answered: this.db.prepare(
        `UPDATE deliveries SET state = 'answered', body = NULL, lease_owner = NULL, lease_until = NULL, answered_at = ? WHERE key = ?`,
      ),
      release: this.db.prepare(
        `UPDATE deliveries SET lease_owner = NULL, lease_until = NULL WHERE key = ? AND state = 'pending' AND lease_owner = ?`,
      ),
      pruneDeliveries: this.db.prepare(`DELETE FROM deliveries WHERE state = 'answered' AND answered_at < ?`),
      pruneClaims: this.db.prepare(`DELETE FROM claims WHERE claimed_at < ?`),
      countPending: this.db.prepare(`SELECT count(*) AS n FROM deliveries WHERE state = 'pending' AND failed_reason IS NULL`),
      notePosted: this.db.prepare(`UPDATE deliveries SET answer_ts = ? WHERE key = ?`),
      postedTs: this.db.prepare(`SELECT answer_ts FROM deliveries WHERE key = ?`),
      failed: this.db.prepare(
        `UPDATE deliveries SET failed_reason = ?, lease_owner = NULL, lease_until = NULL WHERE key = ? AND state = 'pending'`,
      ),
      retryFailed: this.db.prepare(`UPDATE deliveries SET failed_reason = NULL WHERE state = 'pending' AND failed_reason IS NOT NULL`),
      failures: this.db.prepare(
        `SELECT failed_reason AS reason, count(*) AS n FROM deliveries WHERE state = 'pending' AND failed_reason IS NOT NULL GROUP BY failed_reason`,
      ),
    };
  }

  /** The journal of a data directory, created with it when missing. */
  static open(dataDir: string, now?: () => number): SqliteEventJournal {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteEventJournal(join(dataDir, JOURNAL_FILE), now);
  }

  async record(key: string, body: unknown, lease: Lease): Promise<{ isNew: boolean }> {
    const now = this.now();
    const { changes } = this.statements.record.run(key, JSON.stringify(body), lease.owner, now + lease.ms, now);
    return { isNew: changes === 1 };
  }

  async claim(key: string, deliveryKey: string): Promise<boolean> {
    this.statements.claim.run(key, deliveryKey, this.now());
    const row = this.statements.claimant.get(key) as { delivery_key: string } | undefined;
    return row?.delivery_key === deliveryKey;
  }

  async takePending(lease: Lease, limit: number): Promise<PendingDelivery[]> {
    const now = this.now();
    const take = this.db.transaction(() => {
      const keys = this.statements.free.all(now, limit) as { key: string }[];
      return keys
        .map(
          ({ key }) =>
            this.statements.take.get(lease.owner, now + lease.ms, key, now) as
              { key: string; body: string; received_at: number } | undefined,
        )
        .filter((row) => row !== undefined);
    });
    return take().map((row) => ({ key: row.key, body: JSON.parse(row.body), receivedAt: row.received_at }));
  }

  async renew(keys: string[], lease: Lease): Promise<void> {
    const until = this.now() + lease.ms;
    this.db.transaction(() => keys.forEach((key) => this.statements.renew.run(until, key, lease.owner)))();
  }

  async confirm(key: string, lease: Lease): Promise<boolean> {
    return this.statements.renew.run(this.now() + lease.ms, key, lease.owner).changes === 1;
  }

  async markAnswered(key: string): Promise<void> {
    this.statements.answered.run(this.now(), key);
  }

  async notePosted(key: string, ts: string): Promise<void> {
    this.statements.notePosted.run(ts, key);
  }

  async postedTs(key: string): Promise<string | null> {
    return (this.statements.postedTs.get(key) as { answer_ts: string | null } | undefined)?.answer_ts ?? null;
  }

  async markFailed(key: string, reason: string): Promise<void> {
    this.statements.failed.run(reason, key);
  }

  async retryFailed(): Promise<number> {
    return this.statements.retryFailed.run().changes;
  }

  async failures(): Promise<Record<string, number>> {
    const rows = this.statements.failures.all() as { reason: string; n: number }[];
    return Object.fromEntries(rows.map((row) => [row.reason, row.n]));
  }

  async release(key: string, owner: string): Promise<void> {
    this.statements.release.run(key, owner);
  }

  async prune(ms: number): Promise<void> {
    const before = this.now() - ms;
    this.statements.pruneDeliveries.run(before);
    this.statements.pruneClaims.run(before);
  }

  async countPending(): Promise<number> {
    return (this.statements.countPending.get() as { n: number }).n;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** A journal file from before a column existed gets it (SQLite has no ADD COLUMN IF NOT EXISTS). */
function addMissingColumns(db: Database.Database): void {
  const columns = new Set((db.pragma("table_info(deliveries)") as { name: string }[]).map((c) => c.name));
  for (const column of ["answer_ts", "failed_reason"]) {
    if (!columns.has(column)) db.exec(`ALTER TABLE deliveries ADD COLUMN ${column} TEXT`);
  }
}
