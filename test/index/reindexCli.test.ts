import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCorpus, runReindex, spawnReindex, type TestCorpus } from "./helpers.js";

/** scripts/reindex.ts as the contract describes it (DESIGN.md, "Reindex", "Machine output"); its main in this process but for --help. */

let corpus: TestCorpus;

beforeAll(() => {
  corpus = makeCorpus();
});
afterAll(() => corpus.cleanup());

describe("npm run reindex", () => {
  it("--json prints only the contract's JSON on stdout, progress on stderr, and exits 0", async () => {
    const run = await runReindex(corpus, ["--json"]);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output).sort()).toEqual(["duplicates", "sources", "version", "warnings"]);
    expect(output.version).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{4}$/);
    expect(typeof output.duplicates).toBe("number");
    expect(Array.isArray(output.warnings)).toBe(true);
    expect(output.sources).toHaveLength(3);
    for (const source of output.sources) {
      expect(Object.keys(source).sort()).toEqual(["file", "reason", "status"]);
      expect(source.status).toBe("added");
    }
    expect(run.stderr).toMatch(/reading/);
  });

  it("exits 0 when nothing changed, naming the version that still serves", async () => {
    const run = await runReindex(corpus);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Nothing changed: index version \S+ still serves/);
    expect(run.stdout).toMatch(/2021-03-neglect-guidance\.md\s+unchanged/);
  });

  it("names documents older than REVIEW_AFTER_YEARS for review, in the JSON warnings and the text", async () => {
    // A cutoff near January 2022: the 2021 guidance is due for review, the August 2022 letter is not.
    const years = ((Date.now() - Date.parse("2022-01-01")) / (365.25 * 86_400_000)).toFixed(2);
    const json = JSON.parse((await runReindex(corpus, ["--json"], { REVIEW_AFTER_YEARS: years })).stdout);
    const due = json.warnings.filter((w: string) => /due for review/.test(w));
    expect(due).toEqual([expect.stringMatching(/^2021-03-neglect-guidance\.md: dated 2021-03-01, older than [\d.]+ years/)]);
    expect((await runReindex(corpus, [], { REVIEW_AFTER_YEARS: years })).stdout).toMatch(
      /2021-03-neglect-guidance\.md: dated 2021-03-01.*due for review/,
    );
    expect(JSON.parse((await runReindex(corpus, ["--json"], { REVIEW_AFTER_YEARS: "50" })).stdout).warnings.join("\n")).not.toMatch(
      /due for review/,
    );
  });

  it("exits 2 when a new index was made but a source failed, and lists it in the table", async () => {
    corpus.write("empty.txt", "");
    corpus.write("2023-06-early-help.txt", "Early help assessments bring families and practitioners together early.\n");
    const run = await runReindex(corpus);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/empty\.txt\s+failed\s+empty file/);
    expect(run.stdout).toMatch(/Built index version/);
    // Nothing changed since, but the failure still stands: still 2.
    const again = await runReindex(corpus, ["--json"]);
    expect(again.status).toBe(2);
    const json = JSON.parse(again.stdout);
    expect(json.sources.find((s: { file: string }) => s.file === "empty.txt")).toEqual({
      file: "empty.txt",
      status: "failed",
      reason: "empty file: no readable text",
    });
  });

  it("--help explains the options and exits 0 (the script itself, spawned); an unknown option exits 1", async () => {
    const help = spawnReindex(corpus, ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--dry-run/);
    const bad = await runReindex(corpus, ["--frobnicate"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/frobnicate/);
  });
});
