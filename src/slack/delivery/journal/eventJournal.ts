/**
 * The durable record of Slack deliveries, written before a delivery is acknowledged, so that every
 * acknowledged delivery is answered across a restart, a crash or a long Slack outage.
 *
 * Shaped so that a shared PostgreSQL table can implement it (shared mode): a record and a claim are each
 * an insert-if-absent on a primary key; a pending delivery is leased to one owner (a process) until an
 * expiry, and an owner that dies simply lets its leases run out.
 */

export interface PendingDelivery {
  key: string;
  /** The delivery's body as Slack sent it (parsed), to be processed again. */
  body: unknown;
  receivedAt: number;
}

export interface Lease {
  /** Who works on the delivery: one id per running process. */
  owner: string;
  /** How long the lease lasts unless renewed. */
  ms: number;
}

export interface EventJournal {
  /** Insert-if-absent. The first record of a key is new, pending and leased to `lease.owner`; a repeat is not. */
  record(key: string, body: unknown, lease: Lease): Promise<{ isNew: boolean }>;
  /**
   * Insert-if-absent of a de-duplication key (e.g. one message arriving as two events) on behalf of a
   * delivery: true when that delivery holds it, including when it claims again after a restart.
   */
  claim(key: string, deliveryKey: string): Promise<boolean>;
  /** Lease up to `limit` pending deliveries whose lease is free or has run out, oldest first. */
  takePending(lease: Lease, limit: number): Promise<PendingDelivery[]>;
  /** Extend the leases `lease.owner` holds on these keys (never shortening one: a post in flight keeps its hold). */
  renew(keys: string[], lease: Lease): Promise<void>;
  /**
   * Just before posting a delivery's answer: extend the lease when `lease.owner` still holds the pending
   * delivery, and say so. False when another process has taken it over (this one stalled past its lease),
   * so that only one of them posts. The check and the extension are one atomic statement, and the lease
   * is extended to at least now + `lease.ms` (the post's deadline included), never shortened.
   */
  confirm(key: string, lease: Lease): Promise<boolean>;
  /** The delivery was answered (or needs no answer): never processed again; its body is dropped. */
  markAnswered(key: string): Promise<void>;
  /**
   * Its answer is in Slack as message `ts`: noted at once, so that whoever takes the delivery up again
   * (its mark having failed) finds it here and does not post it twice.
   */
  notePosted(key: string, ts: string): Promise<void>;
  /** The ts noted by notePosted, or null. */
  postedTs(key: string): Promise<string | null>;
  /**
   * Slack refuses its answer for good (a revoked token, a channel gone): kept, not taken by sweeps, with
   * its reason, until retryFailed() hands it back (at start, after a configuration change).
   */
  markFailed(key: string, reason: string): Promise<void>;
  /** Failed deliveries become pending again; returns how many. */
  retryFailed(): Promise<number>;
  /** Failed deliveries by reason, for App Home and the logs. */
  failures(): Promise<Record<string, number>>;
  /** Hand a delivery back, still pending, for the next process to take at once. */
  release(key: string, owner: string): Promise<void>;
  /** Forget answered deliveries and claims older than `ms` (a delivery still pending is kept). */
  prune(ms: number): Promise<void>;
  /** Pending deliveries (not failed ones), for reports and tests. */
  countPending(): Promise<number>;
  close(): Promise<void>;
}

/** Slack retries a delivery for about an hour at most; keep answered keys a little longer than that. */
export const ANSWERED_RETENTION_MS = 2 * 60 * 60 * 1000;
