import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { childScript } from "./childScript.js";
import type { SafeguideService } from "../src/service.js";
import type { Config } from "../src/config.js";
import { createLogger } from "../src/logging.js";
import { JsonlFeedbackStore } from "../src/feedback/store.js";
import { createSlackApp } from "../src/slack/app.js";
import { NO_GAP_RECORDER } from "../src/gaps/recorder.js";
import { LocalAnswerMemory } from "../src/slack/memory/localMemory.js";
import { SqliteEventJournal } from "../src/slack/delivery/journal/sqliteJournal.js";
import { TEAM_ID } from "../testkit/fakeSlack.js";
import { latencies, type Latencies } from "./stats.js";
import { fakeSlackToken } from "../testkit/fakeTokens.js";

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
  /** Over every burst: events sent, acknowledged (HTTP 200), answered (posts), left pending in the journal. */
  delivery: { sent: number; acknowledged: number; answered: number; pending: number };
}

export const SECRET = "bench-signing-secret";
export const WARM_UP_BURSTS = 2;
/** Acks are pooled over several bursts, each sent once the previous one's answers are all posted. */
export const TIMED_BURSTS = 3;
/** A pause before each burst, so that the previous burst's answer work has wound down. */
export const SETTLE_MS = 250;

export async function measureSlack(base: Config, service: SafeguideService, questions: string[], events = 50): Promise<SlackFigures> {
  const fake = await startFakeSlack();
  const load = await startLoadGenerator();
  const config: Config = {
    ...base,
    logLevel: "silent",
    slack: { ...base.slack, botToken: fakeSlackToken("xoxb"), appToken: null, signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0 },
  };
  // The delivery journal of a fresh data directory, not the project's.
  const dataDir = mkdtempSync(join(tmpdir(), "safeguide-bench-slack-"));
  const journal = SqliteEventJournal.open(dataDir);
  const stores = {
    journal,
    feedback: new JsonlFeedbackStore(join(dataDir, "feedback.jsonl")),
    memory: new LocalAnswerMemory(),
    gaps: NO_GAP_RECORDER,
    close: async () => {},
  };
  const slack = createSlackApp({ ...config, dataDir }, service, { logger: createLogger("silent"), retryConfig: { retries: 0 }, stores });
  try {
    const { port = 0 } = await slack.start();
    const burst = Array.from({ length: events }, (_, i) => questions[i % questions.length]);
    let posted = 0;
    let acknowledged = 0;
    const sendBurst = async () => {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const acks = await load.burst(port, burst);
      acknowledged += acks.length;
      await waitForPosts(fake, (posted += events), 120_000);
      return acks;
    };
    // A running app is warm (V8 optimises code after it has run a few hundred times): untimed bursts first.
    for (let i = 0; i < WARM_UP_BURSTS; i++) await sendBurst();
    const started = performance.now();
    const acks: number[] = [];
    for (let i = 0; i < TIMED_BURSTS; i++) acks.push(...(await sendBurst()));
    const seconds = (performance.now() - started) / 1000;
    const answersPerSecond = (TIMED_BURSTS * events) / seconds;
    const sent = (WARM_UP_BURSTS + TIMED_BURSTS) * events;
    const delivery = { sent, acknowledged: acknowledged, answered: await fake.posts(), pending: await journal.countPending() };
    return { ack: latencies(acks), floor: latencies(await measureFloor(load, burst)), answersPerSecond, events, delivery };
  } finally {
    await slack.stop().catch(() => {});
    await journal.close();
    rmSync(dataDir, { recursive: true, force: true });
    fake.stop();
    load.stop();
  }
}

/** What the load generator itself costs on this machine: the same burst against an empty server. */
async function measureFloor(load: LoadGenerator, questions: string[]): Promise<number[]> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return await load.burst((server.address() as AddressInfo).port, questions);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

export interface LoadGenerator {
  burst(port: number, questions: string[]): Promise<number[]>;
  stop(): void;
}

/** The bursts come from another process (slackClient.ts), as Slack's deliveries would; one process for them all. */
export async function startLoadGenerator(): Promise<LoadGenerator> {
  const child = forkWithReplies(childScript(import.meta.url, "slackClient"), [SECRET, TEAM_ID], "the Slack load generator");
  return {
    async burst(port, questions) {
      const reply = (await child.request({ port, questions })) as { times?: number[]; error?: string };
      if (!reply.times) throw new Error(`the Slack load generator failed: ${reply.error}`);
      return reply.times;
    },
    stop: () => child.stop(),
  };
}

/** A forked process that answers each IPC message in turn; fails pending requests if it exits. */
function forkWithReplies(script: { path: string; execArgv: string[] }, args: string[], name: string) {
  const child: ChildProcess = fork(script.path, args, { execArgv: script.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const waiting: { resolve: (m: unknown) => void; reject: (e: Error) => void }[] = [];
  child.on("message", (m) => waiting.shift()?.resolve(m));
  child.once("exit", (code) => waiting.splice(0).forEach((w) => w.reject(new Error(`${name} exited with ${code}`))));
  const next = () => new Promise<unknown>((resolve, reject) => waiting.push({ resolve, reject }));
  return {
    next,
    request(message: object): Promise<unknown> {
      const reply = next();
      child.send(message);
      return reply;
    },
    stop: () => child.disconnect(),
  };
}

export interface FakeSlackProcess {
  apiUrl: string;
  posts(): Promise<number>;
  stop(): void;
}

/** The fake Slack Web API runs in its own process (fakeSlackProcess.ts), as Slack's API is not on the app's machine. */
export async function startFakeSlack(): Promise<FakeSlackProcess> {
  const child = forkWithReplies(childScript(import.meta.url, "fakeSlackProcess"), [], "the fake Slack Web API");
  const { apiUrl } = (await child.next()) as { apiUrl: string };
  return {
    apiUrl,
    async posts() {
      return ((await child.request({ count: "chat.postMessage" })) as { count: number }).count;
    },
    stop: () => child.stop(),
  };
}

export async function waitForPosts(fake: FakeSlackProcess, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let posted = await fake.posts(); posted < count; posted = await fake.posts()) {
    if (Date.now() > deadline) throw new Error(`only ${posted} of ${count} answers were posted`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
