import { SCHEMA_VERSION } from "../../src/index/manifest.js";
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type ReindexReport } from "../../src/index/build.js";
import { HnswDenseIndex } from "../../src/index/hnswDenseIndex.js";
import { loadIndex } from "../../src/index/load.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { makeCorpus, METADATA, TOPICS, type TestCorpus } from "./helpers.js";

/** One corpus taken through a sequence of reindexes; the tests run in order. */

let corpus: TestCorpus;
let first: ReindexReport;
let snapshot: IndexSnapshot;

beforeAll(async () => {
  corpus = makeCorpus();
  first = await buildIndex(corpus.config());
  snapshot = await loadIndex(corpus.config());
});
afterAll(() => corpus.cleanup());

const statuses = (report: ReindexReport) => Object.fromEntries(report.sources.map((s) => [s.file, s.status]));

describe("a first build", () => {
  it("indexes every source and reports them added", () => {
    expect(first.outcome).toBe("built");
    expect(first.exitCode).toBe(0);
    expect(first.error).toBeNull();
    expect(statuses(first)).toEqual(Object.fromEntries(Object.keys(TOPICS).map((f) => [f, "added"])));
    expect(first.chunkCount).toBeGreaterThan(3);
    expect(snapshot.chunks.count).toBe(first.chunkCount);
    expect(snapshot.version).toBe(first.version);
  });

  it("points `current` at the version through a relative symlink", () => {
    const link = join(corpus.indexDir, "current");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(`versions/${first.version}`);
    expect(corpus.versions()).toEqual([first.version]);
  });

  it("writes a manifest naming the model, the settings and each source's hash", () => {
    const { manifest } = snapshot;
    const config = corpus.config();
    expect(manifest).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      version: first.version,
      embedding: { provider: "local", model: "lsa-16" },
      chunking: { maxWords: 40, overlapSentences: 1 },
      hnsw: { space: "cosine", m: config.hnsw.m, ef: config.hnsw.ef },
      counts: { documents: 3, chunks: first.chunkCount },
    });
    expect(manifest.embedding.identity).toMatch(/^lsa-[0-9a-f]{16}$/);
    expect(manifest.embedding.dimension).toBeLessThanOrEqual(16);
    for (const source of manifest.sources) {
      const bytes = readFileSync(join(corpus.corpusDir, source.file));
      expect(source.contentHash).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(source.title).toBe(METADATA[source.file as keyof typeof METADATA].title);
    }
    expect(manifest.sources.reduce((n, s) => n + s.chunks, 0)).toBeGreaterThanOrEqual(first.chunkCount);
    const versionDir = join(corpus.indexDir, "versions", first.version!);
    const written = readdirSync(versionDir)
      .filter((f) => f !== "manifest.json")
      .sort();
    expect(Object.keys(manifest.files).sort()).toEqual(written);
    for (const file of written) {
      const bytes = readFileSync(join(versionDir, file));
      expect(manifest.files[file]).toEqual({ bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
    }
  });

  it("sets hnswlib's search beam from the config after loading", () => {
    const dense = snapshot.dense as HnswDenseIndex;
    expect(dense).toBeInstanceOf(HnswDenseIndex);
    expect(dense.index.getEf()).toBe(corpus.config().hnsw.ef);
    expect(dense.count).toBe(snapshot.chunks.count);
  });

  it("finds each chunk by its own text, densely and lexically", async () => {
    for (const chunk of snapshot.chunks) {
      const vector = await snapshot.embeddings.embedQuery(chunk.text);
      const [hit] = await snapshot.dense.search(vector, 3);
      expect(hit.id).toBe(chunk.id);
      expect(hit.similarity).toBeCloseTo(1, 4);
      expect(snapshot.lexical.search({ text: chunk.text, k: 1 })[0].id).toBe(chunk.id);
    }
  });

  it("returns nothing for a zero query vector", async () => {
    const zero = new Array((snapshot.dense as HnswDenseIndex).dimension).fill(0);
    expect(await snapshot.dense.search(zero, 5)).toEqual([]);
  });
});

describe("reindexing", () => {
  it("makes no new version when nothing changed, and exits 0", async () => {
    const report = await buildIndex(corpus.config());
    expect(report).toMatchObject({ outcome: "unchanged", version: first.version, exitCode: 0, chunkCount: first.chunkCount });
    expect(new Set(report.sources.map((s) => s.status))).toEqual(new Set(["unchanged"]));
    expect(corpus.versions()).toEqual([first.version]);
  });

  it("a dry run reports what would change and writes nothing", async () => {
    corpus.write(
      "2023-01-attendance-procedure.txt",
      `${TOPICS["2023-01-attendance-procedure.txt"]}\nA new closing paragraph about attendance.\n`,
    );
    const report = await buildIndex(corpus.config(), { dryRun: true });
    expect(report.outcome).toBe("dry-run");
    expect(statuses(report)["2023-01-attendance-procedure.txt"]).toBe("changed");
    expect(corpus.versions()).toEqual([first.version]);
  });

  it("reports a changed file as changed and the rest unchanged", async () => {
    const report = await buildIndex(corpus.config());
    expect(report.outcome).toBe("built");
    expect(report.sources.find((s) => s.file === "2023-01-attendance-procedure.txt")).toEqual({
      file: "2023-01-attendance-procedure.txt",
      status: "changed",
      reason: "content changed",
    });
    expect(statuses(report)["2021-03-neglect-guidance.md"]).toBe("unchanged");
    expect(corpus.versions()).toHaveLength(2);
    const loaded = await loadIndex(corpus.config());
    expect(loaded.version).toBe(report.version);
    expect(loaded.chunks.all().some((c) => c.text.includes("A new closing paragraph"))).toBe(true);
  });

  it("notices a metadata change", async () => {
    const metadata = {
      ...METADATA,
      "2021-03-neglect-guidance.md": { ...METADATA["2021-03-neglect-guidance.md"], title: "Neglect guidance (revised)" },
    };
    corpus.write("metadata.json", JSON.stringify(metadata));
    const report = await buildIndex(corpus.config());
    expect(report.sources.find((s) => s.file === "2021-03-neglect-guidance.md")).toMatchObject({
      status: "changed",
      reason: "metadata changed",
    });
    const loaded = await loadIndex(corpus.config());
    expect(loaded.chunks.all().find((c) => c.source === "2021-03-neglect-guidance.md")?.title).toBe("Neglect guidance (revised)");
  });

  it("reports a removed file and keeps only the last two versions", async () => {
    corpus.remove("2022-08-exploitation-letter.txt");
    const report = await buildIndex(corpus.config());
    expect(report.sources.find((s) => s.file === "2022-08-exploitation-letter.txt")).toMatchObject({ status: "removed" });
    const versions = corpus.versions();
    expect(versions).toHaveLength(2);
    expect(versions).toContain(report.version);
    expect(versions).not.toContain(first.version);
    const loaded = await loadIndex(corpus.config());
    expect(loaded.chunks.all().every((c) => c.source !== "2022-08-exploitation-letter.txt")).toBe(true);
  });

  it("rebuilds on --full, or when a setting that shapes the index changes", async () => {
    const before = (await loadIndex(corpus.config())).version;
    const full = await buildIndex(corpus.config(), { full: true });
    expect(full.outcome).toBe("built");
    expect(full.version).not.toBe(before);
    const rechunked = await buildIndex(corpus.config({ CHUNK_MAX_WORDS: "25" }));
    expect(rechunked.outcome).toBe("built");
    expect(rechunked.rebuildReason).toMatch(/chunking/);
  });

  it("reports progress by stage", async () => {
    const stages = new Set<string>();
    await buildIndex(corpus.config(), { full: true, onProgress: (stage) => stages.add(stage) });
    expect([...stages]).toEqual(["read", "chunk", "model", "embed", "write", "verify"]);
  });
});
