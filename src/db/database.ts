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
  /** The longest a connection or one query may take (DATABASE_TIMEOUT_MS); 10 s by default. */
  timeoutMs?: number;
}

export const DEFAULT_DB_TIMEOUT_MS = 10_000;

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DB_TIMEOUT_MS;
  // A server that accepts and never answers must fail a connection and a query, not hang them.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: "safeguide",
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // An idle client's error (the server restarting) is emitted on the pool; unhandled it would end the process.
  pool.on("error", (error) => options.onIdleError?.(error));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`could not open the shared database (DATABASE_URL) at ${hostOf(url)}: ${(error as Error).message}`, { cause: error });
  }
  return pool;
}

/** host:port of a database URL, never its user or password. */
export function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
  } catch {
    return "an unparseable DATABASE_URL";
  }
}
