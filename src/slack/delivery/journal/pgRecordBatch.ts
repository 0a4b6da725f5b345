import type { Database } from "../../../db/database.js";
import type { Lease } from "./eventJournal.js";

/**
 * Records that arrive together are written together: a burst of deliveries, each acknowledged only once its
 * row is committed, would otherwise wait in line for the pool's connections and pay one commit (one WAL
 * flush) each. The records of one turn of the event loop, and those that arrive while a batch is being
 * written, go in as one INSERT: one round trip and one commit, after which every one of them is durable.
 * A failed batch fails each of its records, as a failed INSERT of its own would have.
 */

interface Waiting {
  key: string;
  body: string;
  owner: string;
  leaseUntil: number;
  receivedAt: number;
  settle: { resolve: (r: { isNew: boolean }) => void; reject: (e: unknown) => void };
}

/** Enough for any burst Slack sends; more wait for the next batch. */
const MOST_PER_BATCH = 500;

export class PgRecordBatch {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  record(key: string, body: unknown, lease: Lease): Promise<{ isNew: boolean }> {
    const now = this.now();
    return new Promise((resolve, reject) => {
      const entry = { key, body: JSON.stringify(body), owner: lease.owner, leaseUntil: now + lease.ms, receivedAt: now };
      this.waiting.push({ ...entry, settle: { resolve, reject } });
      if (!this.writing) {
        this.writing = true;
        setImmediate(() => void this.writeAll());
      }
    });
  }

  private async writeAll(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, MOST_PER_BATCH);
      try {
        const inserted = await this.insert(batch);
        // A key twice in one batch (Slack's retry landing beside the original) is new only the first time.
        for (const w of batch) w.settle.resolve({ isNew: inserted.delete(w.key) });
      } catch (error) {
        for (const w of batch) w.settle.reject(error);
      }
    }
    this.writing = false;
  }

  private async insert(batch: Waiting[]): Promise<Set<string>> {
    const column = <T>(pick: (w: Waiting) => T) => batch.map(pick);
    const { rows } = await this.db.query<{ key: string }>(
      `INSERT INTO slack_deliveries (key, body, state, lease_owner, lease_until, received_at)
       SELECT key, body, 'pending', lease_owner, lease_until, received_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[])
         AS r(key, body, lease_owner, lease_until, received_at)
       ON CONFLICT (key) DO NOTHING
       RETURNING key`,
      [column((w) => w.key), column((w) => w.body), column((w) => w.owner), column((w) => w.leaseUntil), column((w) => w.receivedAt)],
    );
    return new Set(rows.map((r) => r.key));
  }
}
