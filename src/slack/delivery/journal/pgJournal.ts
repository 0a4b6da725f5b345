import type { Database } from "../../../db/database.js";
import type { EventJournal, Lease, PendingDelivery } from "./eventJournal.js";
import { PgRecordBatch } from "./pgRecordBatch.js";

/**
 * The shared journal (DATABASE_URL): the same rows as the embedded one, in tables every replica sees
 * (schema in src/db/migrations.ts). A record and a claim are each one INSERT ... ON CONFLICT DO NOTHING,
 * so of two replicas handed the same event (Slack's retry reaching the other one) exactly one records
 * it (records arriving together go in as one INSERT); pending deliveries are leased with FOR UPDATE SKIP LOCKED, so two sweeping replicas never take
 * the same one, and a dead replica's deliveries are taken over when its leases run out.
 */
export class PgEventJournal implements EventJournal {
  private readonly batch: PgRecordBatch;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.batch = new PgRecordBatch(db, now);
  }

  /** Records arriving together share one INSERT and one commit (pgRecordBatch.ts). */
  record(key: string, body: unknown, lease: Lease): Promise<{ isNew: boolean }> {
    return this.batch.record(key, body, lease);
  }

  async claim(key: string, deliveryKey: string): Promise<boolean> {
    const inserted = await this.db.query(
      `INSERT INTO slack_claims (key, delivery_key, claimed_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`,
      [key, deliveryKey, this.now()],
    );
    if (inserted.rowCount === 1) return true;
    const { rows } = await this.db.query<{ delivery_key: string }>(`SELECT delivery_key FROM slack_claims WHERE key = $1`, [key]);
    return rows[0]?.delivery_key === deliveryKey;
  }

  async takePending(lease: Lease, limit: number): Promise<PendingDelivery[]> {
    const now = this.now();
    const { rows } = await this.db.query<{ key: string; body: string; received_at: string }>(
      `UPDATE slack_deliveries SET lease_owner = $1, lease_until = $2
       WHERE key IN (
         SELECT key FROM slack_deliveries
         WHERE state = 'pending' AND failed_reason IS NULL AND (lease_until IS NULL OR lease_until <= $3)
         ORDER BY received_at LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING key, body, received_at`,
      [lease.owner, now + lease.ms, now, limit],
    );
    return rows
      .map((row) => ({ key: row.key, body: JSON.parse(row.body) as unknown, receivedAt: Number(row.received_at) }))
      .sort((a, b) => a.receivedAt - b.receivedAt);
  }

  async renew(keys: string[], lease: Lease): Promise<void> {
    if (!keys.length) return;
    await this.db.query(
      `UPDATE slack_deliveries SET lease_until = GREATEST(lease_until, $1) WHERE key = ANY($2) AND state = 'pending' AND lease_owner = $3`,
      [this.now() + lease.ms, keys, lease.owner],
    );
  }

  async confirm(key: string, lease: Lease): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE slack_deliveries SET lease_until = GREATEST(lease_until, $1) WHERE key = $2 AND state = 'pending' AND lease_owner = $3`,
      [this.now() + lease.ms, key, lease.owner],
    );
    return rowCount === 1;
  }

  async markAnswered(key: string): Promise<void> {
    await this.db.query(
      `UPDATE slack_deliveries SET state = 'answered', body = NULL, lease_owner = NULL, lease_until = NULL, answered_at = $1
       WHERE key = $2`,
      [this.now(), key],
    );
  }

  async notePosted(key: string, ts: string): Promise<void> {
    await this.db.query(`UPDATE slack_deliveries SET answer_ts = $1 WHERE key = $2`, [ts, key]);
  }

  async postedTs(key: string): Promise<string | null> {
    const { rows } = await this.db.query<{ answer_ts: string | null }>(`SELECT answer_ts FROM slack_deliveries WHERE key = $1`, [key]);
    return rows[0]?.answer_ts ?? null;
  }

  async markFailed(key: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE slack_deliveries SET failed_reason = $1, lease_owner = NULL, lease_until = NULL WHERE key = $2 AND state = 'pending'`,
      [reason, key],
    );
  }

  async retryFailed(): Promise<number> {
    const { rowCount } = await this.db.query(
      `UPDATE slack_deliveries SET failed_reason = NULL WHERE state = 'pending' AND failed_reason IS NOT NULL`,
    );
    return rowCount ?? 0;
  }

  async failures(): Promise<Record<string, number>> {
    const { rows } = await this.db.query<{ reason: string; n: number }>(
      `SELECT failed_reason AS reason, count(*)::int AS n FROM slack_deliveries
       WHERE state = 'pending' AND failed_reason IS NOT NULL GROUP BY failed_reason`,
    );
    return Object.fromEntries(rows.map((row) => [row.reason, row.n]));
  }

  async release(key: string, owner: string): Promise<void> {
    await this.db.query(
      `UPDATE slack_deliveries SET lease_owner = NULL, lease_until = NULL WHERE key = $1 AND state = 'pending' AND lease_owner = $2`,
      [key, owner],
    );
  }

  async prune(ms: number): Promise<void> {
    const before = this.now() - ms;
    await this.db.query(`DELETE FROM slack_deliveries WHERE state = 'answered' AND answered_at < $1`, [before]);
    await this.db.query(`DELETE FROM slack_claims WHERE claimed_at < $1`, [before]);
  }

  async countPending(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM slack_deliveries WHERE state = 'pending' AND failed_reason IS NULL`,
    );
    return rows[0].n;
  }

  /** The pool belongs to whoever opened it (several stores share it). */
  async close(): Promise<void> {}
}
