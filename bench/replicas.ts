import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import pg from "pg";
import { benchEnv } from "./benchConfig.js";
import { SECRET, SETTLE_MS, startFakeSlack, startLoadGenerator, TIMED_BURSTS, waitForPosts, WARM_UP_BURSTS } from "./slackLoad.js";
import { latencies, type Latencies } from "./stats.js";
import { fakeSlackToken } from "../testkit/fakeTokens.js";

/**
 * Shared mode on this machine: one and then two replicas of the real app (`npm start`'s entry and flags,
 * HTTP mode, each with its own answer thread and INDEX_DIR) on a fresh PostgreSQL database, each burst of
 * signed app_mention events split between them. The same load generator and fake Slack Web API
 * processes as the single-process figures.
 */

export interface ReplicaFigures {
  replicas: number;
  ack: Latencies;
  answersPerSecond: number;
  sent: number;
  answered: number;
}

/** The server the bench makes its database on: BENCH_DATABASE_URL, DATABASE_URL, else the local one. */
function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
}

/** The figures for one and two replicas, or why they could not be measured (no PostgreSQL server answers). */
export async function measureReplicas(
  corpusDir: string,
  questions: string[],
  events: number,
  log: (m: string) => void,
): Promise<ReplicaFigures[] | string> {
  const name = `safeguide_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl(), connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => {});
    return `no PostgreSQL server to measure on (${(error as Error).message})`;
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  try {
    const figures: ReplicaFigures[] = [];
    for (const count of [1, 2]) {
      log(`shared mode: ${count} replica(s) on PostgreSQL, ${events} concurrent events per burst`);
      figures.push(await measure(count, url.toString(), corpusDir, questions, events));
    }
    return figures;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  }
}

async function measure(
  count: number,
  databaseUrl: string,
  corpusDir: string,
  questions: string[],
  events: number,
): Promise<ReplicaFigures> {
  const fake = await startFakeSlack();
  const load = await startLoadGenerator();
  const replicas: { child: ChildProcess; port: number }[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const env = benchEnv(`replica-${count}-${i}`, {
        DATABASE_URL: databaseUrl,
        SLACK_BOT_TOKEN: fakeSlackToken("xoxb"),
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_APP_TOKEN: "",
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        CORPUS_DIR: corpusDir,
        LOG_LEVEL: "warn",
      });
      const child = spawn(process.execPath, startArgs(), { env, stdio: ["ignore", "ignore", "ignore"] });
      replicas.push({ child, port });
    }
    await Promise.all(replicas.map((r) => waitUntilListening(r.port, r.child)));
    const share = (burst: string[], at: number) => burst.filter((_, i) => i % count === at);
    const burst = Array.from({ length: events }, (_, i) => questions[i % questions.length]);
    let posted = 0;
    const sendBurst = async () => {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const acks = (await Promise.all(replicas.map((r, i) => load.burst(r.port, share(burst, i))))).flat();
      await waitForPosts(fake, (posted += events), 120_000);
      return acks;
    };
    for (let i = 0; i < WARM_UP_BURSTS; i++) await sendBurst();
    const started = performance.now();
    const acks: number[] = [];
    for (let i = 0; i < TIMED_BURSTS; i++) acks.push(...(await sendBurst()));
    const seconds = (performance.now() - started) / 1000;
    return {
      replicas: count,
      ack: latencies(acks),
      answersPerSecond: (TIMED_BURSTS * events) / seconds,
      sent: (WARM_UP_BURSTS + TIMED_BURSTS) * events,
      answered: await fake.posts(),
    };
  } finally {
    for (const { child } of replicas) child.kill("SIGTERM");
    await Promise.all(replicas.map(({ child }) => (child.exitCode === null ? new Promise((r) => child.once("exit", r)) : null)));
    fake.stop();
    load.stop();
  }
}

/** `npm start`'s command (package.json) as node's arguments: each replica runs what a deploy runs. */
function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  const [runner, ...rest] = pkg.scripts.start.split(/\s+/);
  return runner === "tsx" ? ["--import", "tsx", ...rest] : rest;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Until the replica's HTTP server answers (an unsigned request is refused, which is enough). */
async function waitUntilListening(port: number, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`a replica exited (${child.exitCode}) before listening`);
    const answered = await new Promise<boolean>((resolve) => {
      const req = request({ host: "127.0.0.1", port, path: "/slack/events", method: "POST" }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on("error", () => resolve(false));
      req.end("{}");
    });
    if (answered) return;
    if (Date.now() > deadline) throw new Error("a replica did not start listening");
    await new Promise((r) => setTimeout(r, 200));
  }
}
