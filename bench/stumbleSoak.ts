import { openSlackStores } from "../src/app/stores.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHmac, randomUUID } from "node:crypto";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logging.js";
import type { SafeguideService } from "../src/service.js";
import { createSlackApp } from "../src/slack/app.js";
import { FakeSlack, TEAM_ID, type Stumble } from "../testkit/fakeSlack.js";
import { fakeSlackToken } from "../testkit/fakeTokens.js";

/**
 * A burst of questions while Slack stumbles: chat.postMessage answers some calls with 429 (with and
 * without Retry-After), some with 5xx, and leaves one hanging. Counts what became of every question sent:
 * acknowledged, answered once, twice or more, lost (never answered), left pending.
 */

export interface StumbleFigures {
  sent: number;
  acknowledged: number;
  answeredOnce: number;
  answeredTwice: number;
  lost: number;
  pending: number;
  rateLimited: number;
  serverErrors: number;
  hung: number;
  seconds: number;
}

const SECRET = "bench-stumble-secret";

/** Every 7th post rate limited (alternately with Retry-After: 1 and none), every 23rd a 5xx, the 50th hangs. */
function stumbles(posts: number): Stumble[] {
  return Array.from({ length: posts }, (_, i): Stumble => {
    if (i === 50) return "hang";
    if (i % 7 === 3) return i % 2 ? { status: 429, retryAfter: 1 } : { status: 429 };
    if (i % 23 === 5) return { status: 503 };
    return "ok";
  });
}

export async function measureStumbles(service: SafeguideService, questions: string[], events = 500): Promise<StumbleFigures> {
  const fake = await new FakeSlack().start();
  const dataDir = mkdtempSync(join(tmpdir(), "safeguide-bench-stumble-"));
  const config = loadConfig({
    SLACK_BOT_TOKEN: fakeSlackToken("xoxb"),
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    DATA_DIR: dataDir,
    SLACK_POST_BACKOFF_MS: "50",
    SLACK_POST_RETRY_MS: "240000",
  });
  const logger = createLogger("silent");
  const stores = await openSlackStores(config, logger);
  const journal = stores.journal;
  const slack = createSlackApp(config, service, { logger, stores });
  const steps = stumbles(events + 100);
  fake.stumble("chat.postMessage", ...steps);
  try {
    const { port = 0 } = await slack.start();
    const started = performance.now();
    const threads = Array.from({ length: events }, (_, i) => `${Math.floor(Date.now() / 1000)}.${String(i).padStart(6, "0")}`);
    const statuses = await Promise.all(threads.map((ts, i) => send(port, ts, questions[i % questions.length])));
    const acknowledged = threads.filter((_, i) => statuses[i] === 200);
    const perThread = () => {
      const counts = new Map<string, number>();
      for (const p of fake.callsTo("chat.postMessage")) counts.set(p.args.thread_ts, (counts.get(p.args.thread_ts) ?? 0) + 1);
      return counts;
    };
    // Until every acknowledged question is answered and nothing is pending, or four minutes have gone by.
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline && (acknowledged.some((t) => !perThread().has(t)) || (await journal.countPending()) > 0)) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    const counts = perThread();
    return {
      sent: events,
      acknowledged: acknowledged.length,
      answeredOnce: acknowledged.filter((t) => counts.get(t) === 1).length,
      answeredTwice: acknowledged.filter((t) => (counts.get(t) ?? 0) > 1).length,
      lost: acknowledged.filter((t) => !counts.has(t)).length,
      pending: await journal.countPending(),
      rateLimited: fake.rateLimited,
      serverErrors: fake.serverErrors,
      hung: fake.hung,
      seconds,
    };
  } finally {
    await slack.stop().catch(() => {});
    await journal.close();
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function send(port: number, threadTs: string, question: string): Promise<number> {
  const body = JSON.stringify({
    token: "legacy",
    team_id: TEAM_ID,
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `Ev${randomUUID().slice(0, 12)}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "app_mention", user: "UBENCH", text: `<@UBOT> ${question}`, ts: threadTs, channel: "C0BENCH", event_ts: threadTs },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-slack-request-timestamp": timestamp, "x-slack-signature": signature },
    body,
  });
  await res.text();
  return res.status;
}
