import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteGapStore } from "../../src/gaps/sqliteStore.js";
import { main } from "../../scripts/commands/gaps.js";
import { REPO } from "../index/helpers.js";
import { runMain } from "../helpers/command.js";

/** scripts/gaps.ts (its main) as an admin runs it: the contract's JSON, markdown or CSV, and a since date. */

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "safeguide-gaps-cli-"));
  const store = SqliteGapStore.open(dataDir);
  const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  for (const [n, asker, text] of [
    [40, "a", "how quickly must a strat happen?"],
    [2, "b", "who chairs a strat?"],
    [1, "c", "=cmd|' /C calc'!A0 strat minutes"],
  ] as const) {
    await store.add({
      at: day(n),
      text,
      kind: "procedure",
      topic: "strategy meeting",
      focus: ["strat"],
      concepts: [],
      reason: "abstained",
      askerHash: asker,
    });
  }
  await store.add({
    at: day(3),
    text: "ehcp timescales",
    kind: "number",
    topic: "ehcp",
    focus: ["ehcp"],
    concepts: [],
    reason: "not-helpful",
    askerHash: "a",
  });
  await store.close();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const envOf = () => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir, GAP_REPORT: "on" });
/** The script's main in this process; `--help` below is the script itself, spawned. */
const gaps = (args: string[]) => runMain(main, args, envOf());

describe("npm run gaps", () => {
  it("--json prints only the report: topics by count, months, examples only past GAP_MIN_ASKERS", async () => {
    const run = await gaps(["--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["topics", "since", "recorded"]);
    expect(report.recorded).toBe(4);
    expect(report.topics.map((t: { topic: string; count: number }) => [t.topic, t.count])).toEqual([
      ["strategy meeting", 3],
      ["ehcp", 1],
    ]);
    expect(report.topics[0].examples).toHaveLength(3);
    expect(report.topics[1].examples).toEqual([]);
    expect(Object.values(report.topics[0].months).reduce((a: number, b) => a + (b as number), 0)).toBe(3);
  });

  it("--since narrows the report; CSV escapes formulas; markdown says when only counts are shown", async () => {
    const since = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const narrowed = JSON.parse((await gaps(["--json", "--since", since])).stdout);
    expect(narrowed.since).toBe(since);
    expect(narrowed.topics[0]).toMatchObject({ topic: "strategy meeting", count: 2, examples: [] });
    const csv = (await gaps(["--format", "csv"])).stdout;
    expect(csv).toContain("'=cmd|");
    expect((await gaps([])).stdout).toMatch(/## ehcp \(1\)[\s\S]*Counts only: fewer than 3 people/);
  });

  it("--help exits 0 (the script, spawned); a bad date exits 1", async () => {
    const help = spawnSync(process.execPath, ["--import", "tsx", "scripts/gaps.ts", "--help"], {
      cwd: REPO,
      env: envOf(),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run gaps/);
    expect((await gaps(["--since", "soon"])).status).toBe(1);
  });
});
