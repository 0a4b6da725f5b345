import { spawn } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { blocksText, eventBody, sendSigned, waitFor } from "../slack/harness.js";
import { startChild, type ChildApp } from "./childApp.js";

/**
 * The index registry end to end: two replicas of the real app (src/main.ts, HTTP mode, the real index
 * and pipeline) with their own INDEX_DIR, sharing only a fresh PostgreSQL database. The first start
 * builds and publishes the first version (the other waits for it); a reindex run beside one replica is
 * served by both within 5 s, without a restart; of two reindexes at once, one runs and the other exits 1
 * naming it.
 */

const available = await postgresAvailable("index registry across replicas (test/e2e/replicaIndex.test.ts)");
const HELD_BACK = "2016-11-ofsted-inspection-and-lscb-review.txt";
let fake: FakeSlack;
let database: TestDatabase;
let root: string;
let corpus: string;
let replicas: ChildApp[] = [];

const envOf = (name: string) => ({
  CORPUS_DIR: corpus,
  INDEX_DIR: join(root, name, "index"),
  DATA_DIR: join(root, name, "data"),
  DATABASE_URL: database.url,
  OPENAI_API_KEY: "",
  AZURE_OPENAI_API_KEY: "",
  SLACK_ADMIN_USERS: "UADMIN",
});

beforeAll(async () => {
  if (!available) return;
  fake = await new FakeSlack().start();
  database = await createTestDatabase();
  root = mkdtempSync(join(tmpdir(), "safeguide-replica-index-"));
  corpus = join(root, "corpus");
  cpSync("corpus", corpus, { recursive: true });
  rmSync(join(corpus, HELD_BACK));
  replicas = await Promise.all(["a", "b"].map((name) => startChild({ SLACK_API_URL: fake.apiUrl, ...envOf(name) }, "src/main.ts")));
}, 180_000);

afterAll(async () => {
  for (const r of replicas) r.kill("SIGKILL");
  await Promise.all(replicas.map((r) => r.exited));
  await fake?.stop();
  await database?.drop();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Run {
  pid: number;
  stderr: () => string;
  stdout: () => string;
  exited: Promise<number | NodeJS.Signals>;
  signal(signal: NodeJS.Signals): void;
}

function reindex(name: string, args: string[] = []): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--json", ...args], {
    env: { ...process.env, ...envOf(name) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal!)));
  return { pid: child.pid!, stdout: () => stdout, stderr: () => stderr, exited, signal: (s) => void child.kill(s) };
}

async function homeVersion(replica: ChildApp): Promise<string> {
  const before = fake.callsTo("views.publish").length;
  await sendSigned(replica.port, eventBody({ type: "app_home_opened", user: "UADMIN", channel: "D0HOME", tab: "home", event_ts: "1.1" }));
  const calls = await waitFor(() => fake.callsTo("views.publish").length > before && fake.callsTo("views.publish"), 10_000, "App Home");
  return /Index (\S+), built/.exec(blocksText(calls[calls.length - 1].args.view.blocks))?.[1] ?? "none";
}

describe.skipIf(!available)("the index registry across two replicas", () => {
  it("both replicas start on the one version the first start published", async () => {
    const [a, b] = [await homeVersion(replicas[0]), await homeVersion(replicas[1])];
    expect(a).toMatch(/^\d{8}T/);
    expect(b).toBe(a);
    // One built and published; the other waited for it (or found it there) and published nothing.
    expect(replicas.filter((r) => /Published index version/.test(r.output()))).toHaveLength(1);
  });

  it("one reindex beside one replica: both serve the new version within 5 s, without a restart", async () => {
    const serving = await homeVersion(replicas[0]);
    copyFileSync(join("corpus", HELD_BACK), join(corpus, HELD_BACK));
    const run = reindex("a");
    expect(await run.exited).toBe(0);
    const { version } = JSON.parse(run.stdout()) as { version: string };
    expect(run.stderr()).toContain(`Published index version ${version}`);
    await waitFor(() => replicas.every((r) => r.output().includes(`Index updated to version ${version}`)), 5000, "both replicas to swap");
    expect(await homeVersion(replicas[0])).toBe(version);
    expect(await homeVersion(replicas[1])).toBe(version);
    // The replica whose INDEX_DIR the reindex used never went back to the older version on the way.
    expect(replicas.filter((r) => r.output().includes(`Index updated to version ${serving}`))).toHaveLength(0);
  }, 60_000);

  it("two reindexes started on two replicas: one runs, the other exits 1 naming it", async () => {
    const first = reindex("a", ["--full"]);
    await waitFor(() => first.stderr().includes("Took the shared reindex lock"), 30_000, "the first reindex to take the lock");
    first.signal("SIGSTOP");
    try {
      const second = reindex("b", ["--full"]);
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toMatch(new RegExp(`another reindex is running \\(safeguide reindex host=\\S+ pid=${first.pid}\\b`));
      expect(JSON.parse(second.stdout())).toMatchObject({ sources: [], warnings: [expect.stringContaining(`pid=${first.pid}`)] });
    } finally {
      first.signal("SIGCONT");
    }
    expect(await first.exited).toBe(0);
    const { version } = JSON.parse(first.stdout()) as { version: string };
    await waitFor(() => replicas.every((r) => r.output().includes(`Index updated to version ${version}`)), 5000, "both replicas to swap");
  }, 90_000);
});
