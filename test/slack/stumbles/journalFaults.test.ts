import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteEventJournal } from "../../../src/slack/delivery/journal/sqliteJournal.js";
import { answersPerThread } from "../../e2e/answeredOnce.js";
import { eventBody, type Harness, mention, quiet, sendSigned, startHarness, waitFor } from "../harness.js";
import { FakeService } from "../fakeService.js";
import { FlakyJournal } from "./flakyJournal.js";

/**
 * The embedded journal failing as a full disk makes it fail (SQLITE_FULL), at each step of a delivery:
 * recording it, the check just before posting, and marking it answered. Each ends with one answer, no
 * apology, and a log line naming the delivery and the cause (never the question).
 */

let h: Harness;
let journal: FlakyJournal;
afterEach(async () => {
  await h?.stop();
  await journal?.close();
});

async function start(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "safeguide-flaky-"));
  journal = new FlakyJournal(SqliteEventJournal.open(dir));
  h = await startHarness({}, new FakeService(), { journal });
}

const QUESTION = "what did inspectors ask GPs to do?";
const posts = () => h.fake.callsTo("chat.postMessage");

async function expectOneAnswer(thread: string): Promise<void> {
  await waitFor(() => answersPerThread(h.fake).has(thread), 10_000, "the answer");
  for (const deadline = Date.now() + 10_000; (await journal.inner.countPending()) > 0;) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the delivery to be marked answered");
    await new Promise((r) => setTimeout(r, 10));
  }
  await quiet(h);
  expect(answersPerThread(h.fake).get(thread)).toBe(1);
  expect(posts().filter((p) => /something went wrong/i.test(String(p.args.text)))).toEqual([]);
  expect(await journal.inner.countPending()).toBe(0);
}

function journalErrorLines(msg: RegExp) {
  return h.logLines().filter((l) => msg.test(l.msg));
}

describe("the journal's disk fills up", () => {
  it("while recording: the delivery is not acknowledged (503), the cause is logged, and Slack's retry is answered once", async () => {
    await start();
    journal.failNext("record", 1);
    const event = mention(QUESTION);
    const body = eventBody(event);
    expect((await sendSigned(h.port, body)).status).toBe(503);
    const [line] = journalErrorLines(/could not record a delivery/);
    expect(line.delivery).toMatch(/^event:Ev/);
    expect(line.err.message).toBe("database or disk is full");
    expect(line.err.code).toBe("SQLITE_FULL");
    expect(JSON.stringify(h.logLines())).not.toContain(QUESTION);
    expect(h.logLines().some((l) => /not acknowledged within 3 seconds/.test(l.msg))).toBe(false);

    expect((await sendSigned(h.port, body, { retryNum: 1 })).status).toBe(200);
    await expectOneAnswer(event.ts);
  });

  it("just before posting: retried with backoff, then posted once; no apology", async () => {
    await start();
    journal.failNext("confirm", 3);
    const event = mention(QUESTION);
    expect((await sendSigned(h.port, eventBody(event))).status).toBe(200);
    await expectOneAnswer(event.ts);
    expect(journal.failed.get("confirm")).toBe(3);
    expect(journalErrorLines(/could not be reached just before posting/)).toHaveLength(3);
  });

  it("while marking it answered: the mark is retried until it holds, and the answer is not posted again", async () => {
    await start();
    journal.failNext("markAnswered", 4);
    const event = mention(QUESTION);
    expect((await sendSigned(h.port, eventBody(event, "EvMARK1"))).status).toBe(200);
    await expectOneAnswer(event.ts);
    expect(journal.failed.get("markAnswered")).toBe(4);
    const lines = journalErrorLines(/could not record the answered delivery/);
    expect(lines.map((l) => [l.delivery, l.err.code])).toEqual(Array(4).fill(["event:EvMARK1", "SQLITE_FULL"]));
    // Its own record of what it posted, for whoever takes the delivery up again.
    expect(await journal.inner.postedTs("event:EvMARK1")).toBe(h.fake.threads.get(`C0GENERAL:${event.ts}`)![0].ts);
    expect(JSON.stringify(h.logLines())).not.toContain(QUESTION);
  });
});
