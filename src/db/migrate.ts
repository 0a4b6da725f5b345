import type pg from "pg";
import { LOCKS } from "./locks.js";
import { MIGRATIONS } from "./migrations.js";

/**
 * A small ordered runner: schema_migrations lists the ids applied; each pending migration runs in its
 * own transaction with its row, in id order, under an advisory lock so that replicas starting together
 * apply each migration once. Returns the ids it applied.
 */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCKS.migrations]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set((await client.query<{ id: number }>("SELECT id FROM schema_migrations")).rows.map((r) => r.id));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [migration.id, migration.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`migration ${migration.id} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.id);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCKS.migrations]).catch(() => {});
    client.release();
  }
  return applied;
}
