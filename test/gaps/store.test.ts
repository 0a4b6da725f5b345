import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { PgGapStore } from "../../src/gaps/pgStore.js";
import { SqliteGapStore } from "../../src/gaps/sqliteStore.js";
import type { GapInput, GapStore } from "../../src/gaps/types.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";

/** One contract for the gap store, run against the embedded SQLite store and the shared PostgreSQL one. */

const gap = (at: string, over: Partial<GapInput> = {}): GapInput => ({
  at,
  text: "what is the threshold for a strategy meeting",
  kind: "procedure",
  topic: "strategy meeting",
  focus: ["strategy", "threshold"],
  concepts: ["strat"],
  reason: "abstained",
  askerHash: "h1",
  ...over,
});

function contract(name: string, open: () => Promise<GapStore>) {
  describe(name, () => {
    it("keeps what it is given, oldest first, and lists from a date", async () => {
      const store = await open();
      await store.add(gap("2026-12-02T10:00:00.000Z", { reason: "not-helpful", askerHash: "h2" }));
      await store.add(gap("2026-11-01T09:00:00.000Z", { topic: "early help", focus: ["early"], concepts: [] }));
      const all = await store.list();
      expect(all.map((r) => [r.at, r.topic, r.reason, r.askerHash])).toEqual([
        ["2026-11-01T09:00:00.000Z", "early help", "abstained", "h1"],
        ["2026-12-02T10:00:00.000Z", "strategy meeting", "not-helpful", "h2"],
      ]);
      expect(all[1]).toMatchObject({ text: gap("").text, kind: "procedure", focus: ["strategy", "threshold"], concepts: ["strat"] });
      expect((await store.list(new Date("2026-12-01T00:00:00Z"))).map((r) => r.topic)).toEqual(["strategy meeting"]);
      await store.close();
    });

    it("deletes only records older than the cutoff", async () => {
      const store = await open();
      await store.add(gap("2026-01-01T00:00:00.000Z"));
      await store.add(gap("2026-06-01T00:00:00.000Z"));
      expect(await store.deleteOlderThan(new Date("2026-03-01T00:00:00Z"))).toBe(1);
      expect((await store.list()).map((r) => r.at)).toEqual(["2026-06-01T00:00:00.000Z"]);
      await store.close();
    });

    it("makes one salt and keeps it", async () => {
      const store = await open();
      const salt = await store.salt();
      expect(salt).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.salt()).toBe(salt);
      await store.close();
    });
  });
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

contract("embedded gap store (SQLite)", async () => {
  const dir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
  dirs.push(dir);
  return SqliteGapStore.open(dir);
});

const available = await postgresAvailable("gap store on PostgreSQL (test/gaps/store.test.ts)");
let database: TestDatabase | undefined;
let pool: Database | undefined;
beforeAll(async () => {
  if (!available) return;
  database = await createTestDatabase();
  pool = await openDatabase(database.url, { max: 2 });
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

describe.skipIf(!available)("on PostgreSQL", () => {
  contract("shared gap store (PostgreSQL)", async () => {
    await pool!.query("TRUNCATE gap_questions");
    return new PgGapStore(pool!);
  });
});
