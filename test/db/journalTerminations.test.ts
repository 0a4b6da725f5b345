import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { PgEventJournal } from "../../src/slack/delivery/journal/pgJournal.js";
import { answersPerThread } from "../e2e/answeredOnce.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";
import { FakeService } from "../slack/fakeService.js";
import { eventBody, type Harness, mention, quiet, sendSigned, startHarness, waitFor } from "../slack/harness.js";
import { Terminator } from "./terminator.js";

/**
 * Shared mode on the real PostgreSQL: the connection serving the check just before posting, or the mark
 * after it, is terminated mid-statement (pg_terminate_backend). Each ends with exactly one
 * answer, no apology, the delivery answered in the journal, and the cause logged with the delivery's key.
 */

const available = await postgresAvailable("journal terminations (test/db/journalTerminations.test.ts)");
let database: TestDatabase;
let db: Database;
let terminator: Terminator;
let h: Harness;

beforeAll(async () => {
  if (!available) return;
  database = await createTestDatabase();
  terminator = await Terminator.open(database.url);
});

afterEach(async () => {
  await h?.stop();
  await db?.end();
});

afterAll(async () => {
  await terminator?.close();
  await database?.drop();
});

const QUESTION = "what did inspectors ask GPs to do?";

/** The journal, with `method`'s next `times` statements killed while they run. */
async function killing(method: "confirm" | "markAnswered", times: number): Promise<PgEventJournal> {
  // A pool of its own per test: one whose connection was killed is not handed to the next.
  // Long enough for the terminator to find the statement waiting on its lock on a busy machine.
  db = await openDatabase(database.url, { timeoutMs: 15_000 });
  const journal = new PgEventJournal(db);
  const original = journal[method].bind(journal) as (...args: unknown[]) => Promise<unknown>;
  let left = times;
  (journal as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    if (left <= 0) return original(...args);
    left -= 1;
    const result = await terminator.during("slack_deliveries", () => original(...args));
    if (result.status === "rejected") throw result.reason;
    return result.value;
  };
  return journal;
}

async function askAndExpectOneAnswer(journal: PgEventJournal, eventId: string): Promise<void> {
  h = await startHarness({}, new FakeService(), { journal });
  const event = mention(QUESTION);
  expect((await sendSigned(h.port, eventBody(event, eventId))).status).toBe(200);
  await waitFor(() => answersPerThread(h.fake).has(event.ts), 10_000, "the answer");
  for (const deadline = Date.now() + 10_000; (await journal.countPending()) > 0;) {
    if (Date.now() > deadline) {
      throw new Error("timed out waiting for the delivery to be marked answered");
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await quiet(h);
  expect(answersPerThread(h.fake).get(event.ts)).toBe(1);
  expect(h.fake.callsTo("chat.postMessage").filter((p) => /something went wrong/i.test(String(p.args.text)))).toEqual([]);
  const { rows } = await db.query<{ state: string }>("SELECT state FROM slack_deliveries WHERE key = $1", [`event:${eventId}`]);
  expect(rows[0].state).toBe("answered");
  expect(JSON.stringify(h.logLines())).not.toContain(QUESTION);
}

describe.skipIf(!available)("the database connection terminated mid-delivery", () => {
  it("during the check just before posting: retried, one answer, no apology", async () => {
    const journal = await killing("confirm", 1);
    await askAndExpectOneAnswer(journal, "EvTERMCONFIRM");
    const lines = h.logLines().filter((l) => /could not be reached just before posting/.test(l.msg));
    expect(lines).toHaveLength(1);
    expect(lines[0].delivery).toBe("event:EvTERMCONFIRM");
    expect(lines[0].err.message).toMatch(/terminat/i);
  }, 30_000);

  it("during the mark: the mark is retried until it holds, and the answer is not posted again", async () => {
    const journal = await killing("markAnswered", 1);
    await askAndExpectOneAnswer(journal, "EvTERMMARK");
    const lines = h.logLines().filter((l) => /could not record the answered delivery/.test(l.msg));
    expect(lines.map((l) => l.delivery)).toEqual(["event:EvTERMMARK"]);
    expect(lines[0].err.message).toMatch(/terminat/i);
    const { rows } = await db.query<{ answer_ts: string }>("SELECT answer_ts FROM slack_deliveries WHERE key = 'event:EvTERMMARK'");
    expect(rows[0].answer_ts).toMatch(/^\d+\.\d+$/);
  }, 30_000);
});
