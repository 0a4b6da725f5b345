import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main } from "../../scripts/commands/eval.js";
import { runMain } from "../helpers/command.js";
import { REPO } from "../index/helpers.js";

/** `npm run eval`'s arguments; what it writes for an audience is in test/cli/audience.test.ts. */

const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };

describe("npm run eval", () => {
  it("--help prints the usage and exits 0 (the script, spawned)", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--help"], {
      cwd: REPO,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run --silent eval -- --questions FILE --results OUT/);
  });

  it("exits 2 with the usage without --questions and --results, or for an unknown option", async () => {
    for (const argv of [[], ["--questions", "q.jsonl"], ["--results", "r.jsonl"], ["--frobnicate"]]) {
      const r = await runMain(main, argv, env);
      expect(r.status, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/Usage: npm run --silent eval/);
      expect(r.stdout).toBe("");
    }
  });

  it("exits 2 naming a questions file it cannot read", async () => {
    const r = await runMain(main, ["--questions", "/nonexistent/q.jsonl", "--results", "/nonexistent/r.jsonl"], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot read questions: /);
  });
});
