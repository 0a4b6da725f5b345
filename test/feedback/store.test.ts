import { execFile } from "node:child_process";
import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../scripts/commands/feedback.js";
import { runMain } from "../helpers/command.js";
import { feedbackPath, JsonlFeedbackStore, type FeedbackInput } from "../../src/feedback/store.js";

let dir: string;
let store: JsonlFeedbackStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "safeguide-feedback-"));
  store = new JsonlFeedbackStore(feedbackPath({ dataDir: dir }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const input = (overrides: Partial<FeedbackInput> = {}): FeedbackInput => ({
  questionId: "6f1c0f2e-1111-4c4c-9c9c-000000000001",
  rating: "helpful",
  sources: { chunkIds: ["chunk-1"], files: ["a.txt"] },
  team: "T0001",
  channelType: "im",
  ...overrides,
});

/** The file store's own properties; the FeedbackStore contract it shares with PostgreSQL is test/contracts/. */
describe("JsonlFeedbackStore", () => {
  it("appends ratings to data/feedback/feedback.jsonl and lists them oldest first", async () => {
    const first = await store.record(input());
    await store.record(input({ rating: "not_helpful", questionId: "q2" }));
    expect(store.path).toBe(join(dir, "feedback", "feedback.jsonl"));
    const lines = (await readFile(store.path, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(2);
    const listed = await store.list();
    expect(listed.map((r) => r.id)).toEqual([first.id, listed[1].id]);
    expect(listed[0]).toMatchObject({
      rating: "helpful",
      sources: { chunkIds: ["chunk-1"], files: ["a.txt"] },
      team: "T0001",
      channelType: "im",
    });
    expect(Date.parse(listed[0].at)).not.toBeNaN();
  });

  it("is empty when no file exists, and skips a torn or foreign line", async () => {
    expect(await store.list()).toEqual([]);
    await store.record(input());
    await appendFile(store.path, '{"kind":"rating","id":"x","rat\n{"some":"thing"}\n');
    await store.record(input());
    expect(await store.list()).toHaveLength(2);
  });
});

describe("npm run feedback", () => {
  /** The script's main in this process; `--help` below is the script itself, spawned. */
  const run = async (args: string[]) => {
    const result = await runMain(main, args, { ...process.env, DATA_DIR: dir });
    expect(result.status, result.stderr).toBe(0);
    return result;
  };

  it("--help prints the usage and exits 0", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/feedback.ts", "--help"], {
      cwd: join(import.meta.dirname, "..", ".."),
      env: { ...process.env, DATA_DIR: dir },
    });
    expect(stdout).toMatch(/^Usage: npm run feedback/);
  });

  it("prints only JSON with --json, with counts by rating", async () => {
    await store.record(input());
    const rated = await store.record(input({ rating: "not_helpful" }));
    await store.addReason(rated.id, "hard-to-follow");
    const { stdout } = await run(["--json"]);
    const parsed = JSON.parse(stdout);
    expect(parsed.counts).toEqual({ helpful: 1, not_helpful: 1, total: 2 });
    expect(parsed.feedback[1].reason).toBe("hard-to-follow");
  });

  it("prints a table for people", async () => {
    await store.record(input({ rating: "not_helpful" }));
    const { stdout } = await run([]);
    expect(stdout).toMatch(/rating\s+reason/);
    expect(stdout).toContain("not helpful");
    expect(stdout).toContain("0 helpful, 1 not helpful, 1 in all");
  });
});
