import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { loadIndex } from "../../src/index/load.js";
import { LOCK_FILE } from "../../src/index/lock.js";
import { makeCorpus, spawnReindex, type TestCorpus } from "./helpers.js";

/**
 * A reindex killed at any point (kill -9, power loss) or failing on a full disk leaves the previous
 * index serving; the next reindex cleans up and takes over the dead process's lock.
 */

let corpus: TestCorpus;
let serving: string;

beforeAll(async () => {
  corpus = makeCorpus();
  serving = (await buildIndex(corpus.config())).version!;
});
afterAll(() => corpus.cleanup());

async function expectPreviousIndexServes() {
  const snapshot = await loadIndex(corpus.config());
  expect(snapshot.version).toBe(serving);
  const chunk = snapshot.chunks.all().find((c) => c.text.includes("county lines"))!;
  const [dense] = await snapshot.dense.search(await snapshot.embeddings.embedQuery(chunk.text), 1);
  expect(dense.id).toBe(chunk.id);
  expect(snapshot.lexical.search({ text: "county lines drugs", k: 1 })[0].id).toBe(chunk.id);
}

describe("a reindex killed part-way", () => {
  it.each(["after-chunks", "after-dense", "during-write", "before-rename", "before-swap"])(
    "at %s dies by SIGKILL and the previous index still answers",
    async (checkpoint) => {
      const child = spawnReindex(corpus, ["--full"], { SAFEGUIDE_FAULT: checkpoint });
      expect(child.signal).toBe("SIGKILL");
      await expectPreviousIndexServes();
      const lock = JSON.parse(readFileSync(join(corpus.indexDir, LOCK_FILE), "utf8"));
      expect(lock.pid).toBe(child.pid);
      const leftTemp = readdirSync(join(corpus.indexDir, "versions")).some((n) => n.includes(".tmp-"));
      expect(leftTemp).toBe(checkpoint !== "after-chunks" && checkpoint !== "before-swap");
    },
  );

  it("the next reindex takes over the dead process's lock and cleans up its leftovers", async () => {
    const report = await buildIndex(corpus.config(), { full: true });
    expect(report.outcome).toBe("built");
    expect(report.warnings.some((w) => /stale reindex lock left by PID \d+/.test(w))).toBe(true);
    expect(report.warnings.some((w) => /removed versions\/\S+, left by an interrupted reindex/.test(w))).toBe(true);
    expect(readdirSync(join(corpus.indexDir, "versions")).sort()).toEqual([serving, report.version]);
    expect(existsSync(join(corpus.indexDir, LOCK_FILE))).toBe(false);
    serving = report.version!;
    await expectPreviousIndexServes();
  });
});

describe("a full disk", () => {
  it("while writing chunks.json: the script exits 1 naming the cause, and the previous index still serves", async () => {
    const child = spawnReindex(corpus, ["--full"], { SAFEGUIDE_FAULT: "enospc:chunks.json" });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("no space left on device while writing chunks.json (ENOSPC)");
    expect(child.stderr).toContain(`version ${serving}) still serves`);
    await expectCleanFailure();
  });

  it.each(["hnswlib.index", "lsa-model.json", "manifest.json"])("while writing %s: the same, in process", async (file) => {
    process.env.SAFEGUIDE_FAULT = `enospc:${file}`;
    try {
      const report = await buildIndex(corpus.config(), { full: true });
      expect(report).toMatchObject({ outcome: "failed", exitCode: 1, version: serving });
      expect(report.error).toContain(`no space left on device while writing ${file} (ENOSPC)`);
    } finally {
      delete process.env.SAFEGUIDE_FAULT;
    }
    await expectCleanFailure();
  });

  async function expectCleanFailure() {
    await expectPreviousIndexServes();
    expect(readdirSync(join(corpus.indexDir, "versions")).some((n) => n.includes(".tmp-"))).toBe(false);
    expect(existsSync(join(corpus.indexDir, LOCK_FILE))).toBe(false);
  }
});
