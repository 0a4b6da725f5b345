import { createHmac, randomUUID } from "node:crypto";
import type { SafeguideService } from "../answer/service.js";
import type { Config } from "../config.js";
import { createLogger } from "../logging.js";
import { createSlackApp } from "../slack/app.js";
import { FakeSlack, TEAM_ID } from "../../test/slack/fakeSlack.js";
import { latencies, type Latencies } from "./stats.js";

/**
 * The Slack app in HTTP mode against a fake Slack Web API, with the real service: N concurrent signed
 * app_mention events. Ack latency is the time to each HTTP response; throughput counts answers posted.
 */

export interface SlackFigures {
  ack: Latencies;
  answersPerSecond: number;
  events: number;
}

const SECRET = "bench-signing-secret";

export async function measureSlack(base: Config, service: SafeguideService, questions: string[], events = 50): Promise<SlackFigures> {
  const fake = await new FakeSlack().start();
  const config: Config = {
    ...base,
    logLevel: "silent",
    slack: { ...base.slack, botToken: "xoxb-bench", appToken: null, signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0 },
  };
  const slack = createSlackApp(config, service, { logger: createLogger("silent"), retryConfig: { retries: 0 } });
  try {
    const { port = 0 } = await slack.start();
    const started = performance.now();
    const acks = await Promise.all(Array.from({ length: events }, (_, i) => send(port, questions[i % questions.length], i)));
    await waitForPosts(fake, events, 120_000);
    const seconds = (performance.now() - started) / 1000;
    return { ack: latencies(acks), answersPerSecond: events / seconds, events };
  } finally {
    await slack.stop().catch(() => {});
    await fake.stop();
  }
}

async function send(port: number, question: string, i: number): Promise<number> {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(100000 + i)}`;
  const body = JSON.stringify({
    token: "legacy", team_id: TEAM_ID, api_app_id: "A0001", type: "event_callback", event_id: `EvBench${i}-${randomUUID().slice(0, 6)}`,
    event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: TEAM_ID, user_id: "UBOT", is_bot: true }],
    event: { type: "app_mention", user: "UBENCH", text: `<@UBOT> ${question}`, ts, channel: "C0BENCH", event_ts: ts, client_msg_id: randomUUID() },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature },
    body,
  });
  await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`Slack event ${i} was answered with HTTP ${res.status}`);
  return ms;
}

async function waitForPosts(fake: FakeSlack, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (fake.callsTo("chat.postMessage").length < count) {
    if (Date.now() > deadline) throw new Error(`only ${fake.callsTo("chat.postMessage").length} of ${count} answers were posted`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
