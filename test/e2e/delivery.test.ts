import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { eventBody, mention, sendSigned, waitFor } from "../slack/harness.js";
import { expectAnsweredOnce as answeredOnce } from "./answeredOnce.js";
import { startChild, type ChildApp } from "./childApp.js";

/**
 * Delivery contract: every acknowledged event is answered exactly once, across a deploy's SIGTERM, a
 * crash at each checkpoint of a delivery (the process dies by SIGKILL there, SLACK_CRASH_AT) and a Slack
 * Web API outage. The app runs as a child process in HTTP mode against a fake Slack Web API; answers
 * are counted per thread.
 */

let fake: FakeSlack;
let dataDir: string;
const children: ChildApp[] = [];

beforeEach(async () => {
  fake = await new FakeSlack().start();
  dataDir = mkdtempSync(join(tmpdir(), "safeguide-delivery-"));
});

afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<ChildApp> {
  const child = await startChild({ SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir, ...env });
  children.push(child);
  return child;
}

const posts = () => fake.callsTo("chat.postMessage");

/** A mention acknowledged by an app that then dies at `checkpoint` (SIGKILL); returns the mention. */
async function mentionThenCrashAt(checkpoint: string, once: { started?: () => void } = {}) {
  const app = await start({ SLACK_CRASH_AT: checkpoint });
  once.started?.();
  const event = mention("what did inspectors ask GPs to do?");
  expect((await sendSigned(app.port, eventBody(event))).status).toBe(200);
  expect(await app.exited).toBe("SIGKILL");
  return event;
}
const expectAnsweredOnce = (threads: string[]) => answeredOnce(fake, threads, 20_000);

describe("delivery across restarts, crashes and outages", () => {
  it("SIGTERM straight after 20 acknowledged mentions: exits promptly, and the next start answers the rest, each once", async () => {
    // A lease far longer than the test: what the next start answers was handed back, not left to expire.
    const app = await start({ FAKE_ANSWER_MS: "400", SLACK_LEASE_MS: "600000" });
    const events = Array.from({ length: 20 }, (_, i) => mention(`question ${i} about GPs`));
    const acks = await Promise.all(events.map((e) => sendSigned(app.port, eventBody(e))));
    expect(acks.every((r) => r.status === 200)).toBe(true);
    app.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(posts().length).toBeLessThan(20);
    expect(app.output()).toMatch(/"handedBack":\d+/);

    await start({ SLACK_LEASE_MS: "600000" });
    await expectAnsweredOnce(events.map((e) => e.ts));
  }, 60_000);

  it("killed after recording, before acknowledging: Slack's retry is not answered twice", async () => {
    const app = await start({ SLACK_CRASH_AT: "recorded" });
    const event = mention("what did inspectors ask GPs to do?");
    const body = eventBody(event);
    await expect(sendSigned(app.port, body)).rejects.toThrow();
    expect(await app.exited).toBe("SIGKILL");

    const next = await start();
    expect((await sendSigned(next.port, body, { retryNum: 1 })).status).toBe(200);
    await expectAnsweredOnce([event.ts]);
  }, 60_000);

  it("killed between working out the answer and posting it: the next start answers once", async () => {
    const event = await mentionThenCrashAt("answered");
    expect(posts()).toHaveLength(0);

    await start();
    await expectAnsweredOnce([event.ts]);
  }, 60_000);

  it("killed after Slack took the answer, before the journal marked it: the next start finds it (the journal's note of its ts, or the thread), posts nothing", async () => {
    const event = await mentionThenCrashAt("posted");
    expect(posts()).toHaveLength(1);
    expect(posts()[0].args.metadata).toEqual({ event_type: "safeguide_answer", event_payload: { delivery: expect.any(String) } });

    const next = await start();
    await waitFor(
      () => /answer was posted already|answer was already in the thread/.test(next.output()),
      20_000,
      "the check for an answer already posted",
    );
    await expectAnsweredOnce([event.ts]);
  }, 60_000);

  it("killed during a Slack outage: the next start answers once when Slack is back", async () => {
    const event = await mentionThenCrashAt("post-failed", { started: () => (fake.down = true) });
    expect(fake.cut).toBeGreaterThan(0);

    fake.down = false;
    await start();
    await expectAnsweredOnce([event.ts]);
  }, 60_000);

  it("an outage shorter than the retry window: every question is answered once when Slack is back, no apology", async () => {
    const app = await start({ SLACK_POST_RETRY_MS: "20000" });
    fake.down = true;
    const events = Array.from({ length: 6 }, (_, i) => mention(`outage question ${i}`));
    for (const e of events) expect((await sendSigned(app.port, eventBody(e))).status).toBe(200);
    await waitFor(() => fake.cut >= 12, 10_000, "posts to fail");
    fake.down = false;
    await expectAnsweredOnce(events.map((e) => e.ts));
  }, 60_000);

  it("an outage longer than the retry window: the questions stay pending and are answered once after it", async () => {
    const app = await start({ SLACK_POST_RETRY_MS: "300" });
    fake.down = true;
    const events = Array.from({ length: 3 }, (_, i) => mention(`long outage question ${i}`));
    for (const e of events) expect((await sendSigned(app.port, eventBody(e))).status).toBe(200);
    await waitFor(() => (app.output().match(/the delivery stays pending/g) ?? []).length >= 3, 10_000, "the posts to be deferred");
    fake.down = false;
    await expectAnsweredOnce(events.map((e) => e.ts));
  }, 60_000);
});
