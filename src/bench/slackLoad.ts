import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { SafeguideService } from "../answer/service.js";
import type { Config } from "../config.js";
import { createLogger } from "../logging.js";
import { createSlackApp } from "../slack/app.js";
import { FakeSlack, TEAM_ID } from "../../test/slack/fakeSlack.js";
import { latencies, type Latencies } from "./stats.js";

/**
 * The Slack app in HTTP mode against a fake Slack Web API, with the real service: N concurrent signed
 * app_mention events sent by a separate process. Ack latency is the time to each HTTP response, as that
 * process sees it; throughput counts answers posted.
 */

export interface SlackFigures {
  ack: Latencies;
  /** The same burst from the same load generator against an HTTP server that only says 200. */
  floor: Latencies;
  answersPerSecond: number;
  events: number;
}

const SECRET = "bench-signing-secret";
const WARM_UP_EVENTS = 10;

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
    // A running app is warm: one small burst first, as the answer-latency figures warm up too.
    await runClient(port, questions.slice(0, WARM_UP_EVENTS));
    await waitForPosts(fake, WARM_UP_EVENTS, 120_000);
    const burst = Array.from({ length: events }, (_, i) => questions[i % questions.length]);
    const started = performance.now();
    const acks = await runClient(port, burst);
    await waitForPosts(fake, WARM_UP_EVENTS + events, 120_000);
    const seconds = (performance.now() - started) / 1000;
    return { ack: latencies(acks), floor: latencies(await measureFloor(burst)), answersPerSecond: events / seconds, events };
  } finally {
    await slack.stop().catch(() => {});
    await fake.stop();
  }
}

/** What the load generator itself costs on this machine: the same burst against an empty server. */
async function measureFloor(questions: string[]): Promise<number[]> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await runClient((server.address() as AddressInfo).port, questions);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The burst comes from another process (slackClient.ts), as Slack's deliveries would. */
async function runClient(port: number, questions: string[]): Promise<number[]> {
  const script = fileURLToPath(new URL("./slackClient.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, String(port), SECRET, TEAM_ID, JSON.stringify(questions)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += String(d)));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`the Slack load generator exited with ${code}`);
  return JSON.parse(out.trim()) as number[];
}

async function waitForPosts(fake: FakeSlack, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (fake.callsTo("chat.postMessage").length < count) {
    if (Date.now() > deadline) throw new Error(`only ${fake.callsTo("chat.postMessage").length} of ${count} answers were posted`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
