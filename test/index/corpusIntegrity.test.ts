import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { loadIndex } from "../../src/index/load.js";
import { prepareIndex } from "../../src/retrieve/indexDerived.js";
import { candidatesFor } from "../../src/retrieve/search.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { main as askMain } from "../../scripts/commands/ask.js";
import { main as excerptsMain } from "../../scripts/commands/excerpts.js";
import { makeCorpus, runReindex, type TestCorpus } from "./helpers.js";
import { runMain } from "../helpers/command.js";

/** DESIGN.md, "Integrity": special files and a broken metadata.json are named failures; undated documents say so. */

let corpus: TestCorpus;
beforeEach(() => {
  corpus = makeCorpus();
});
afterEach(() => corpus.cleanup());

describe("a corpus holding files that are not regular files", () => {
  let server: Server | null = null;
  afterEach(() => server?.close());

  it("names each one as a failure, never blocking on a named pipe, and indexes the rest", async () => {
    expect(spawnSync("mkfifo", [join(corpus.corpusDir, "pipe.txt")]).status).toBe(0);
    expect(spawnSync("mkfifo", [join(corpus.corpusDir, "pipe-without-extension")]).status).toBe(0);
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(join(corpus.corpusDir, "socket.md"), resolve));
    symlinkSync("/dev/null", join(corpus.corpusDir, "device.txt"));

    const report = await buildIndex(corpus.config());
    expect(report.outcome).toBe("built");
    expect(report.exitCode).toBe(2);
    const failed = Object.fromEntries(report.sources.filter((s) => s.status === "failed").map((s) => [s.file, s.reason]));
    expect(failed).toEqual({
      "pipe.txt": "not a regular file: a named pipe (FIFO)",
      "pipe-without-extension": "not a regular file: a named pipe (FIFO)",
      "socket.md": "not a regular file: a socket",
      "device.txt": "not a regular file: a character device",
    });
    expect(report.sources.filter((s) => s.status === "added")).toHaveLength(3);
  });
});

describe("an unusable metadata.json", () => {
  it("when truncated fails the reindex naming it (exit 1), and the previous index keeps serving", async () => {
    const first = await buildIndex(corpus.config());
    corpus.write("2023-06-early-help.txt", "Early help assessments bring families and practitioners together early.\n");
    corpus.write("metadata.json", '{"2021-03-neglect-guidance.md": {"title": "Neglect guid');

    const result = await runReindex(corpus, ["--json"]);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as {
      version: string;
      sources: { file: string; status: string; reason: string }[];
      warnings: string[];
    };
    expect(json.version).toBe(first.version);
    expect(json.sources).toEqual([{ file: "metadata.json", status: "failed", reason: expect.stringMatching(/^is not valid JSON/) }]);
    expect(result.stderr).toMatch(/metadata\.json is not valid JSON.*the previous index \(version .*\) still serves/);
    await expect(loadIndex(corpus.config())).resolves.toMatchObject({ version: first.version });
  });

  it("when it cannot be read, or is not an object of records, fails the same way", async () => {
    corpus.remove("metadata.json");
    mkdirSync(join(corpus.corpusDir, "metadata.json"));
    const unreadable = await buildIndex(corpus.config());
    expect(unreadable).toMatchObject({ outcome: "failed", exitCode: 1, version: null });
    expect(unreadable.error).toMatch(/^metadata\.json could not be read \(EISDIR\)/);

    rmSync(join(corpus.corpusDir, "metadata.json"), { recursive: true });
    for (const content of ["[]", '{"a.txt": "title"}']) {
      corpus.write("metadata.json", content);
      const report = await buildIndex(corpus.config());
      expect(report.exitCode).toBe(1);
      expect(report.sources).toEqual([{ file: "metadata.json", status: "failed", reason: expect.stringMatching(/not an object/) }]);
    }
  });

  it("when missing is only a warning: every document's metadata is inferred", async () => {
    corpus.remove("metadata.json");
    const report = await buildIndex(corpus.config());
    expect(report.exitCode).toBe(0);
    expect(report.warnings.join("\n")).toMatch(/metadata\.json not found/);
  });
});

describe("an undated document", () => {
  const UNDATED = "notes-on-neglect.txt";

  beforeEach(() => {
    corpus.write(
      UNDATED,
      "Neglect notes\n\nNeglect screening tool: health visitors record neglect concerns and share them with the school.\n",
    );
    // The newest file on disk: its modification time must not become its date.
    utimesSync(join(corpus.corpusDir, UNDATED), new Date(), new Date(Date.now() + 86_400_000));
  });

  it("is indexed with no date, and never counts as the newest in ranking", async () => {
    const report = await buildIndex(corpus.config());
    expect(report.warnings.join("\n")).toContain(`${UNDATED}: no date in metadata.json or the file name; shown as "date unknown"`);
    const snapshot = prepareIndex(await loadIndex(corpus.config()));
    expect(snapshot.manifest.sources.find((s) => s.file === UNDATED)?.date).toBe("");
    const candidates = await candidatesFor(snapshot, queryFor(snapshot, "neglect screening tool health visitors"), { k: 10 });
    const undated = candidates.filter((c) => c.chunk.source === UNDATED);
    const dated = candidates.filter((c) => c.chunk.source !== UNDATED);
    expect(undated.length).toBeGreaterThan(0);
    expect(dated.length).toBeGreaterThan(0);
    const newestDated = Math.max(...dated.map((c) => c.features.recency));
    for (const c of undated) expect(c.features.recency).toBe(0);
    expect(newestDated).toBeGreaterThan(0);
  });

  it('shows "date unknown" in `ask` and in the excerpts, and leaves the date empty in JSON', async () => {
    await buildIndex(corpus.config());
    const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...corpus.env };
    const ask = await runMain(askMain, ["--source", UNDATED, "neglect screening tool"], env);
    expect(ask.status).toBe(0);
    expect(ask.stdout).toMatch(/\(date unknown\)/);
    const json = JSON.parse((await runMain(askMain, ["--json", "--source", UNDATED, "neglect screening tool"], env)).stdout) as {
      passages: { date: string }[];
    };
    expect(json.passages[0].date).toBe("");
    for (const format of ["md", "csv"]) {
      const excerpts = await runMain(excerptsMain, ["--source", UNDATED, "--format", format, "neglect screening"], env);
      expect(excerpts.status, excerpts.stderr).toBe(0);
      expect(excerpts.stdout).toContain("date unknown");
    }
  });
});
