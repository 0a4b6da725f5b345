import { afterEach, describe, expect, it } from "vitest";
import { SqliteEventJournal } from "../../../src/slack/delivery/journal/sqliteJournal.js";
import type { Stumble } from "../../../testkit/fakeSlack.js";
import { answersPerThread } from "../../e2e/answeredOnce.js";
import { eventBody, type Harness, mention, newTs, quiet, sendSigned, startHarness, waitFor } from "../harness.js";

/**
 * Issue 24: ordinary stumbles of Slack's Web API (rate limits, 5xx, hung calls, a revoked token) end with
 * exactly one real answer per acknowledged question, or, when Slack refuses the app for good, a recorded
 * failure and no apology.
 */

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const posts = () => h.fake.callsTo("chat.postMessage");
const apologies = () => [...posts(), ...h.fake.refused].filter((p) => /something went wrong/i.test(String(p.args.text)));

async function ask(n: number): Promise<string[]> {
  const events = Array.from({ length: n }, (_, i) => mention(`what did inspectors ask GPs to do? (${i})`));
  const acks = await Promise.all(events.map((e) => sendSigned(h.port, eventBody(e))));
  expect(acks.map((a) => a.status)).toEqual(events.map(() => 200));
  return events.map((e) => e.ts);
}

async function expectOneAnswerEach(threads: string[]): Promise<void> {
  await waitFor(() => threads.every((t) => answersPerThread(h.fake).has(t)), 20_000, `answers in ${threads.length} threads`);
  await quiet(h);
  const counts = answersPerThread(h.fake);
  for (const t of threads) expect(counts.get(t), `answers in thread ${t}`).toBe(1);
  expect(apologies()).toEqual([]);
  const journal = new SqliteEventJournal(`${h.config.dataDir}/slack-journal.db`);
  expect(await journal.countPending()).toBe(0);
  await journal.close();
}

describe("one real answer through Slack's stumbles", () => {
  const rateLimits: [string, Stumble[]][] = [
    ["3 rate limits with Retry-After: 1", Array(3).fill({ status: 429, retryAfter: 1 })],
    ["3 rate limits without Retry-After", Array(3).fill({ status: 429 })],
    ["6 rate limits with Retry-After: 0", Array(6).fill({ status: 429, retryAfter: 0 })],
    ["6 rate limits without Retry-After", Array(6).fill({ status: 429 })],
  ];
  it.each(rateLimits)(
    "%s: the answer, once, and no apology",
    async (_, steps) => {
      h = await startHarness({ SLACK_POST_RETRY_MS: "20000" });
      h.fake.stumble("chat.postMessage", ...steps);
      const threads = await ask(1);
      await expectOneAnswerEach(threads);
      expect(h.fake.rateLimited).toBe(steps.length);
    },
    30_000,
  );

  it("3 rate limits in a row: one 'still working' notice to the asker, never an answer, then the answer once", async () => {
    h = await startHarness({ SLACK_POST_RETRY_MS: "20000" });
    h.fake.stumble("chat.postMessage", ...Array(3).fill({ status: 429 }));
    const [thread] = await ask(1);
    await waitFor(() => h.fake.callsTo("chat.postEphemeral").length > 0, 20_000, "the notice");
    await expectOneAnswerEach([thread]);
    const notices = h.fake.callsTo("chat.postEphemeral");
    expect(notices).toHaveLength(1);
    expect(notices[0].args).toMatchObject({ channel: "C0GENERAL", user: "UPRACT", thread_ts: thread });
    expect(notices[0].args.text).toMatch(/^Still working on your question/);
    expect(posts().map((p) => String(p.args.text))).not.toContainEqual(expect.stringMatching(/still working/i));
  }, 30_000);

  it("3 rate limits in the assistant panel: the thread's status says so once (not a message), then the answer once", async () => {
    h = await startHarness({ SLACK_POST_RETRY_MS: "20000" });
    h.fake.stumble("chat.postMessage", ...Array(3).fill({ status: 429 }));
    const thread = newTs();
    const body = {
      type: "message",
      channel: "D0ASSIST",
      channel_type: "im",
      user: "UPRACT",
      ts: newTs(),
      thread_ts: thread,
      text: "what did inspectors ask GPs to do?",
    };
    expect((await sendSigned(h.port, eventBody(body))).status).toBe(200);
    const stillWorking = () => h.fake.callsTo("assistant.threads.setStatus").filter((c) => /still working/.test(String(c.args.status)));
    await waitFor(() => stillWorking().length > 0, 20_000, "the status");
    await expectOneAnswerEach([thread]);
    expect(stillWorking()).toHaveLength(1);
    expect(stillWorking()[0].args).toMatchObject({ channel_id: "D0ASSIST", thread_ts: thread });
    expect(h.fake.callsTo("chat.postEphemeral")).toEqual([]);
  }, 30_000);

  it("a post that goes through at once shows no notice", async () => {
    h = await startHarness();
    await expectOneAnswerEach(await ask(2));
    expect(h.fake.callsTo("chat.postEphemeral")).toEqual([]);
  });

  it("5xx answers: retried, then answered once", async () => {
    h = await startHarness();
    h.fake.stumble("chat.postMessage", { status: 500 }, { status: 503 }, { status: 502 }, { status: 500 }, { status: 504 });
    await expectOneAnswerEach(await ask(3));
  });

  it("four posts that never return: each is cut at the client's deadline, and all 20 questions are answered once", async () => {
    h = await startHarness({ SLACK_API_TIMEOUT_MS: "1000", SLACK_POST_RETRY_MS: "20000" });
    h.fake.stumble("chat.postMessage", "hang", "hang", "hang", "hang");
    await expectOneAnswerEach(await ask(20));
    expect(h.fake.hung).toBe(4);
  }, 30_000);

  it("a revoked token: the delivery is recorded as failed with its reason, logged, no apology; answered after a fix and a restart", async () => {
    h = await startHarness();
    h.fake.failAll = "token_revoked";
    const [thread] = await ask(1);
    const line = await waitFor(
      () => h.logLines().find((l) => l.msg === "Slack refuses this delivery's answer; recorded as failed"),
      10_000,
      "the failure's log line",
    );
    expect(line.reason).toBe("token_revoked");
    expect(line.failed).toEqual({ token_revoked: 1 });
    await quiet(h);
    expect(apologies()).toEqual([]);
    expect(posts()).toEqual([]);
    const journal = new SqliteEventJournal(`${h.config.dataDir}/slack-journal.db`);
    expect(await journal.failures()).toEqual({ token_revoked: 1 });
    expect(await journal.countPending()).toBe(0);

    // A new token (the fake takes any) and a restart: the failed delivery is tried again, and answered.
    h.fake.failAll = null;
    await h.slack.stop();
    const { createSlackApp } = await import("../../../src/slack/app.js");
    const { openSlackStores } = await import("../../../src/app/stores.js");
    const logger = (await import("../../../src/logging.js")).createLogger("silent");
    h.slack = createSlackApp(h.config, h.service, { logger, stores: await openSlackStores(h.config, logger) });
    await h.slack.start();
    await waitFor(() => answersPerThread(h.fake).get(thread) === 1, 10_000, "the answer after the fix");
    await quiet(h);
    expect(answersPerThread(h.fake).get(thread)).toBe(1);
    expect(await journal.failures()).toEqual({});
    await journal.close();
  }, 30_000);
});
