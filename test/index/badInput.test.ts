import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type ReindexReport } from "../../src/index/build.js";
import { loadIndex } from "../../src/index/load.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { makeCorpus, METADATA, TOPICS, type TestCorpus } from "./helpers.js";

/** Every kind of bad file is reported by name; the rest of the corpus is still indexed. */

const LATIN1 = Buffer.from(
  "Caf\xe9 staff and the r\xe9sum\xe9 of the na\xefve referral: safeguarding training for caf\xe9 workers.\n",
  "latin1",
);

let corpus: TestCorpus;
let report: ReindexReport;
let snapshot: IndexSnapshot;

beforeAll(async () => {
  corpus = makeCorpus(
    {
      ...TOPICS,
      "broken.pdf": randomBytes(2048),
      "empty.txt": "",
      "binary.txt": Buffer.concat([Buffer.from("ELF"), randomBytes(512), Buffer.from([0, 0, 0])]),
      "latin1.txt": LATIN1,
      "huge.txt": `${"A very long document about safeguarding. ".repeat(200)}\n`,
      "notes.xyz": "not a supported format",
      "vanishing.txt": "This file is deleted while the reindex runs.\n",
    },
    { ...METADATA, "2021-03-neglect-guidance.md": { ...METADATA["2021-03-neglect-guidance.md"], date: "March 2021" } },
  );
  const config = corpus.config({ MAX_FILE_MB: "0.004" }); // about 4 KB: huge.txt is over, the rest under
  report = await buildIndex(config, {
    onProgress: (stage, _done, _total, item) => {
      if (stage === "read" && item === "vanishing.txt") corpus.remove("vanishing.txt");
    },
  });
  snapshot = await loadIndex(config);
});
afterAll(() => corpus.cleanup());

const source = (file: string) => report.sources.find((s) => s.file === file);

describe("a corpus with bad files", () => {
  it("still makes an index, and exits 2 because some sources failed", () => {
    expect(report.outcome).toBe("built");
    expect(report.exitCode).toBe(2);
  });

  it.each([
    ["broken.pdf", /pdf|corrupt|damaged|read/i],
    ["empty.txt", /empty/i],
    ["binary.txt", /binary/i],
    ["huge.txt", /limit/i],
    ["vanishing.txt", /disappeared/i],
  ])("reports %s as failed, with the reason", (file, reason) => {
    expect(source(file)?.status).toBe("failed");
    expect(source(file)?.reason).toMatch(reason);
  });

  it("lists an unsupported format as skipped, not failed", () => {
    expect(source("notes.xyz")).toMatchObject({ status: "skipped" });
    expect(source("notes.xyz")?.reason).toMatch(/unsupported/);
  });

  it("indexes a Latin-1 file, decoded, with a warning naming it", () => {
    expect(source("latin1.txt")?.status).toBe("added");
    expect(report.warnings.some((w) => w.includes("latin1.txt") && /Latin-1/.test(w))).toBe(true);
    expect(snapshot.chunks.all().some((c) => c.source === "latin1.txt" && c.text.includes("Café staff"))).toBe(true);
  });

  it("indexes a file whose metadata has a bad date, with a warning", () => {
    expect(source("2021-03-neglect-guidance.md")?.status).toBe("added");
    expect(report.warnings.some((w) => w.includes("2021-03-neglect-guidance.md") && /date/.test(w))).toBe(true);
    expect(snapshot.chunks.all().find((c) => c.source === "2021-03-neglect-guidance.md")?.date).toMatch(/^2021-03/);
  });

  it("indexes only the readable files, and records the failures in the manifest", () => {
    const indexed = new Set(snapshot.chunks.all().map((c) => c.source));
    expect([...indexed].sort()).toEqual([...Object.keys(TOPICS), "latin1.txt"].sort());
    expect(snapshot.manifest.failures.map((f) => f.file).sort()).toEqual(
      ["binary.txt", "broken.pdf", "empty.txt", "huge.txt", "notes.xyz", "vanishing.txt"].sort(),
    );
  });
});

describe("a corpus with nothing readable", () => {
  it("makes no index and exits 1, naming the cause", async () => {
    const empty = makeCorpus({ "empty.txt": "", "broken.pdf": randomBytes(100) }, {});
    try {
      const result = await buildIndex(empty.config());
      expect(result).toMatchObject({ outcome: "failed", exitCode: 1, version: null });
      expect(result.error).toMatch(/no document .* could be read/);
      await expect(loadIndex(empty.config())).rejects.toThrow(/npm run reindex/);
    } finally {
      empty.cleanup();
    }
  });

  it("keeps the previous index serving when every file becomes unreadable", async () => {
    const small = makeCorpus();
    try {
      const good = await buildIndex(small.config());
      for (const file of Object.keys(TOPICS)) small.write(file, "");
      const result = await buildIndex(small.config());
      expect(result).toMatchObject({ outcome: "failed", exitCode: 1, version: good.version });
      expect(result.error).toMatch(/still serves/);
      expect((await loadIndex(small.config())).version).toBe(good.version);
    } finally {
      small.cleanup();
    }
  });
});
