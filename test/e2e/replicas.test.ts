import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main as feedbackMain } from "../../scripts/commands/feedback.js";
import { ACTION } from "../../src/slack/render/answerBlocks.js";
import { runMain } from "../helpers/command.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { actionBody, blocksText, eventBody, FORM, mention, sendSigned, waitFor } from "../slack/harness.js";
import { answersPerThread, expectAnsweredOnce as answeredOnce } from "./answeredOnce.js";
import { startChild, type ChildApp } from "./childApp.js";

/**
 * Shared mode, end to end: two replicas (the app as child processes in HTTP mode, canned answers) share
 * nothing but a fresh PostgreSQL database, against one fake Slack Web API. Slack's retry of an event
 * goes to the other replica; one replica is killed mid-burst; a click lands on the replica that did not
 * answer. The index registry's tests (real replicas serving real indexes) are in replicaIndex.test.ts.
 */

const available = await postgresAvailable("two replicas on PostgreSQL (test/e2e/replicas.test.ts)");
let fake: FakeSlack;
let database: TestDatabase;
const dirs: string[] = [];
const children: ChildApp[] = [];

beforeEach(async () => {
  if (!available) return;
  fake = await new FakeSlack().start();
  database = await createTestDatabase();
});

afterEach(async () => {
  const all = children.splice(0);
  for (const child of all) child.kill("SIGKILL");
  await Promise.all(all.map((c) => c.exited));
  await fake?.stop();
  await database?.drop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function replica(env: Record<string, string> = {}): Promise<ChildApp> {
  const dataDir = mkdtempSync(join(tmpdir(), "safeguide-replica-"));
  dirs.push(dataDir);
  const child = await startChild({
    SLACK_API_URL: fake.apiUrl,
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    SLACK_ADMIN_USERS: "UADMIN",
    ...env,
  });
  children.push(child);
  return child;
}

const posts = () => fake.callsTo("chat.postMessage");

async function expectAnsweredOnce(threads: string[]): Promise<void> {
  await answeredOnce(fake, threads, 30_000);
  expect([...answersPerThread(fake).values()].every((n) => n === 1)).toBe(true);
}

const buttons = (blocks: any[]) => blocks.flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);

function click(action: Record<string, unknown>, responseUrl: string) {
  return actionBody({
    type: "block_actions",
    team: { id: "T0001" },
    user: { id: "UPRACT" },
    api_app_id: "A0001",
    container: { type: "message", message_ts: "1.2", channel_id: "C0GENERAL", is_ephemeral: false },
    channel: { id: "C0GENERAL", name: "general" },
    trigger_id: "trigger-9",
    response_url: responseUrl,
    actions: [{ block_id: "b", action_ts: "1.3", ...action }],
  });
}

describe.skipIf(!available)("two replicas on PostgreSQL", () => {
  it("100 signed mentions, each retry sent to the other replica: exactly 100 answers", async () => {
    const replicas = [await replica(), await replica()];
    const events = Array.from({ length: 100 }, (_, i) => ({ event: mention(`question ${i} about GPs`), id: `EvRep${i}` }));
    const acks = await Promise.all(
      events.flatMap(({ event, id }, i) => [
        sendSigned(replicas[i % 2].port, eventBody(event, id)),
        sendSigned(replicas[(i + 1) % 2].port, eventBody(event, id), { retryNum: 1 }),
      ]),
    );
    expect(acks.every((r) => r.status === 200)).toBe(true);
    await expectAnsweredOnce(events.map(({ event }) => event.ts));
    expect(posts()).toHaveLength(100);
  }, 90_000);

  it("kill -9 of one replica in the middle of a burst: every acknowledged event is answered once, by the other", async () => {
    // The first replica dies as it works out its first answer, with the rest of the burst in hand or queued.
    const doomed = await replica({ SLACK_CRASH_AT: "answered", SLACK_LEASE_MS: "1000" });
    await replica({ SLACK_LEASE_MS: "1000" });
    const events = Array.from({ length: 30 }, (_, i) => mention(`burst question ${i}`));
    const sent = await Promise.allSettled(events.map((e) => sendSigned(doomed.port, eventBody(e))));
    expect(await doomed.exited).toBe("SIGKILL");
    const acknowledged = events.filter(
      (_, i) => sent[i].status === "fulfilled" && (sent[i] as PromiseFulfilledResult<{ status: number }>).value.status === 200,
    );
    expect(acknowledged.length).toBeGreaterThan(0);
    await expectAnsweredOnce(acknowledged.map((e) => e.ts));
  }, 90_000);

  it("a click on the other replica: feedback is recorded there, its passage shown, and it is counted by `npm run feedback` and App Home on the first", async () => {
    const [first, second] = [await replica(), await replica()];
    await sendSigned(first.port, eventBody(mention("what did inspectors ask GPs to do?")));
    const [answer] = await waitFor(() => posts().length === 1 && posts(), 10_000, "the answer");
    const blocks = answer.args.blocks as any[];
    const helpful = buttons(blocks).find((b) => b.action_id === ACTION.helpful);
    await sendSigned(second.port, click({ type: "button", action_id: ACTION.helpful, value: helpful.value }, fake.responseUrl("thanks")), {
      contentType: FORM,
    });
    await waitFor(() => fake.responses.some((r) => r.id === "thanks"), 10_000, "the thanks");
    const show = buttons(blocks).find((b) => String(b.action_id).startsWith(ACTION.showPassage));
    await sendSigned(second.port, click({ type: "button", action_id: show.action_id, value: show.value }, fake.responseUrl("passage")), {
      contentType: FORM,
    });
    const [opened] = await waitFor(() => fake.callsTo("views.open").length === 1 && fake.callsTo("views.open"), 10_000, "the passage");
    expect(blocksText(opened.args.view.blocks)).toContain("A longer passage around the quote.");

    const { status, stdout, stderr } = await runMain(feedbackMain, ["--json"], { ...process.env, DATABASE_URL: database.url });
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout) as { counts: unknown; feedback: { rating: string }[] };
    expect(report.counts).toEqual({ helpful: 1, not_helpful: 0, total: 1 });

    await sendSigned(first.port, eventBody({ type: "app_home_opened", user: "UADMIN", channel: "D0HOME", tab: "home", event_ts: "1.1" }));
    const [home] = await waitFor(() => fake.callsTo("views.publish").length === 1 && fake.callsTo("views.publish"), 10_000, "App Home");
    expect(blocksText(home.args.view.blocks)).toContain("1 helpful");
  }, 90_000);
});
