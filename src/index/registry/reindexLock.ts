import { hostname } from "node:os";
import type pg from "pg";
import type { Database } from "../../db/database.js";
import { LOCKS } from "../../db/locks.js";

/**
 * One reindex at a time across every replica: a session-level advisory lock held, for the whole run, by
 * a connection whose application_name says who holds it (host, PID). When that process dies the server
 * frees the lock with its session, so there is never a stale lock to clear by hand.
 */

export class SharedLockError extends Error {
  override name = "SharedLockError";
}

export interface SharedLock {
  release(): Promise<void>;
}

export function holderName(): string {
  return `safeguide reindex host=${hostname().slice(0, 24)} pid=${process.pid}`;
}

/** Take the reindex lock, or fail naming the reindex that holds it; with `wait`, wait for it instead. */
export async function takeReindexLock(db: Database, options: { wait?: boolean } = {}): Promise<SharedLock> {
  const client = await db.connect();
  try {
    await client.query(`SELECT set_config('application_name', $1, false)`, [holderName()]);
    if (options.wait) {
      await client.query(`SELECT pg_advisory_lock($1)`, [LOCKS.reindex]);
    } else {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1) AS locked`, [LOCKS.reindex]);
      if (!rows[0].locked) throw new SharedLockError(await describeHolder(client));
    }
  } catch (error) {
    client.release(true);
    throw error;
  }
  return {
    async release() {
      await client.query(`SELECT pg_advisory_unlock($1)`, [LOCKS.reindex]).catch(() => {});
      // Destroyed, not pooled: the connection carries the reindex's application_name.
      client.release(true);
    },
  };
}

/** The holder in this database: advisory locks are per database, and other databases on the server may hold the same key. */
async function describeHolder(client: pg.PoolClient): Promise<string> {
  const { rows } = await client.query<{ application_name: string; backend_start: Date }>(
    `SELECT a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid::bigint = $1
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [LOCKS.reindex],
  );
  const holder = rows[0];
  const who = holder ? `${holder.application_name}, since ${holder.backend_start.toISOString()}` : "it finished a moment ago";
  return `another reindex is running (${who}); wait for it to finish and run it again if needed`;
}
