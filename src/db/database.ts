import pg from "pg";
import { migrate } from "./migrate.js";

/**
 * Shared mode's one connection pool (DATABASE_URL). Every replica applies the pending migrations on
 * start (migrate.ts serialises them across replicas), so a fresh database is ready after the first start.
 */

export type Database = pg.Pool;

export interface OpenOptions {
  /** Told about a connection that broke while idle (the pool replaces it); never the URL or a query. */
  onIdleError?: (error: Error) => void;
  max?: number;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, application_name: "safeguide" });
  // An idle client's error (the server restarting) is emitted on the pool; unhandled it would end the process.
  pool.on("error", (error) => options.onIdleError?.(error));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`could not open the shared database (DATABASE_URL): ${(error as Error).message}`, { cause: error });
  }
  return pool;
}
