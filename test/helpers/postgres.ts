import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * PostgreSQL for the shared-mode tests. The server is SAFEGUIDE_TEST_DATABASE_URL (test/setup.ts moves
 * .ci/run's DATABASE_URL there, so that no other test runs in shared mode by accident), else the local
 * server on 127.0.0.1:5432. Each suite creates its own database and drops it afterwards. Where no
 * server answers, the suites are skipped and say so.
 */

const SERVER_URL = process.env.SAFEGUIDE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export async function postgresAvailable(suite: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    console.warn(`SKIPPED ${suite}: no PostgreSQL server answers at ${redactUrl(SERVER_URL)} (${(error as Error).message})`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `safeguide_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
