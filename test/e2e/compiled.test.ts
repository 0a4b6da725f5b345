import { spawnSync } from "node:child_process";
import { statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPdf } from "../../testkit/fixtures.js";
import { makeCorpus, REPO, type TestCorpus } from "../index/helpers.js";

/** The npm scripts run the compiled JavaScript in dist/ through scripts/run.mjs, rebuilt whenever a source changed. */

let corpus: TestCorpus;
beforeAll(async () => {
  corpus = makeCorpus();
  corpus.write("2024-02-pdf-guidance.pdf", await buildPdf([[["Contextual safeguarding looks beyond the family home."]]]));
});
afterAll(() => corpus.cleanup());

const run = (args: string[]) =>
  spawnSync(process.execPath, ["scripts/run.mjs", ...args], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...corpus.env },
    encoding: "utf8",
    timeout: 120_000,
  });

describe("scripts/run.mjs", () => {
  it("runs the compiled reindex, PDFs read on their own thread, with the script's arguments", () => {
    const result = run(["scripts/reindex.ts", "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { sources: { file: string; status: string }[] };
    expect(report.sources.find((s) => s.file === "2024-02-pdf-guidance.pdf")?.status).toBe("added");
    expect(statSync(join(REPO, "dist", "scripts", "reindex.js")).isFile()).toBe(true);
  });

  it("rebuilds dist/ before running when a source changed since the last build, and only then", () => {
    run(["scripts/ask.ts", "--help"]);
    const source = join(REPO, "scripts", "ask.ts");
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(mtime.getTime() + 1000));
      const changed = run(["scripts/ask.ts", "--help"]);
      expect(changed.status).toBe(0);
      expect(changed.stderr).toMatch(/Compiling TypeScript to dist\//);
      expect(changed.stdout).toMatch(/^Usage: npm run ask/);
    } finally {
      utimesSync(source, atime, mtime);
    }
    run(["scripts/ask.ts", "--help"]);
    const again = run(["scripts/ask.ts", "--help"]);
    expect(again.stderr).not.toMatch(/Compiling/);
  });
});
