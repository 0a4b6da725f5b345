import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { PgEventJournal } from "../../src/slack/delivery/journal/pgJournal.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";

/** A burst of deliveries is journaled in one INSERT (one commit) on PostgreSQL, and a failed one fails each record. */

const available = await postgresAvailable("record batches (test/db/recordBatch.test.ts)");
let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  if (!available) return;
  database = await createTestDatabase();
  db = await openDatabase(database.url);
});

afterAll(async () => {
  await db?.end();
  await database?.drop();
});

const LEASE = { owner: "A", ms: 1000 };

/** The pool with its `query` replaced: the journal sees no difference. */
function withQuery(inner: Database, query: (text: string, values?: unknown[]) => Promise<unknown>): Database {
  return Object.assign(Object.create(inner) as Database, { query });
}

/** The database, counting the statements that insert deliveries. */
function counting(inner: Database): { db: Database; inserts: () => number } {
  let inserts = 0;
  const query = (text: string, values?: unknown[]) => {
    if (/INSERT INTO slack_deliveries/.test(text)) inserts += 1;
    return inner.query(text, values);
  };
  return { db: withQuery(inner, query), inserts: () => inserts };
}

describe.skipIf(!available)("records on PostgreSQL", () => {
  it("that arrive together are one INSERT; those after it are the next one", async () => {
    const { db: counted, inserts } = counting(db);
    const journal = new PgEventJournal(counted);
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => journal.record(`event:burst-${i}`, { i }, LEASE)));
    expect(burst.every((r) => r.isNew)).toBe(true);
    expect(inserts()).toBe(1);
    expect(await journal.record("event:after", {}, LEASE)).toEqual({ isNew: true });
    expect(inserts()).toBe(2);
    const { rows } = await db.query<{ n: string }>("SELECT count(*) AS n FROM slack_deliveries WHERE key LIKE 'event:burst-%'");
    expect(Number(rows[0].n)).toBe(40);
  });

  it("fail together when their INSERT fails, and a later record is written", async () => {
    let failNext = true;
    const query = (text: string, values?: unknown[]) => {
      if (failNext && /INSERT INTO slack_deliveries/.test(text)) {
        failNext = false;
        return Promise.reject(new Error("connection terminated"));
      }
      return db.query(text, values);
    };
    const journal = new PgEventJournal(withQuery(db, query));
    const burst = await Promise.allSettled([journal.record("event:lost-1", {}, LEASE), journal.record("event:lost-2", {}, LEASE)]);
    expect(burst.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await journal.record("event:lost-1", {}, LEASE)).toEqual({ isNew: true });
  });
});
