import { readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { ensureIndex, IndexError, loadIndex } from "../../src/index/load.js";
import { makeCorpus, type TestCorpus } from "./helpers.js";

/** A damaged or mismatched index is refused with the fix in the message; ensureIndex repairs it. */

let corpus: TestCorpus;
let versionDir: string;

beforeEach(async () => {
  corpus = makeCorpus();
  const report = await buildIndex(corpus.config());
  versionDir = join(corpus.indexDir, "versions", report.version!);
});
afterEach(() => corpus.cleanup());

async function loadError(overrides: Record<string, string> = {}): Promise<IndexError> {
  const error = await loadIndex(corpus.config(overrides)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IndexError);
  return error as IndexError;
}

describe("a damaged index", () => {
  const damage: [string, () => void, RegExp][] = [
    [
      "a truncated hnsw file",
      () => truncateSync(join(versionDir, "hnswlib.index"), statSync(join(versionDir, "hnswlib.index")).size / 2),
      /hnswlib\.index holds \d+ bytes where the manifest says/,
    ],
    [
      "a broken manifest.json",
      () => writeFileSync(join(versionDir, "manifest.json"), '{"schemaVersion": 1, "vers'),
      /manifest\.json is not valid JSON/,
    ],
    [
      "a manifest of the wrong shape",
      () => writeFileSync(join(versionDir, "manifest.json"), '{"schemaVersion": 2}'),
      /manifest\.json is not a valid index manifest/,
    ],
    ["a missing chunks.json", () => rmSync(join(versionDir, "chunks.json")), /chunks\.json is missing/],
    ["a truncated chunks.json", () => truncateSync(join(versionDir, "chunks.json"), 100), /chunks\.json holds 100 bytes/],
    ["a missing lexical.json", () => rmSync(join(versionDir, "lexical.json")), /lexical\.json is missing/],
    ["a truncated chunks.bin", () => truncateSync(join(versionDir, "chunks.bin"), 100), /chunks\.bin holds 100 bytes/],
    ["a missing texts.bin", () => rmSync(join(versionDir, "texts.bin")), /texts\.bin is missing/],
    ["a truncated texts.bin", () => truncateSync(join(versionDir, "texts.bin"), 100), /texts\.bin holds 100 bytes/],
    ["a truncated lexical.bin", () => truncateSync(join(versionDir, "lexical.bin"), 100), /lexical\.bin holds 100 bytes/],
    ["a missing embedding model", () => rmSync(join(versionDir, "lsa-model.json")), /lsa-model\.json is missing/],
  ];

  it.each(damage)("with %s is refused with a clear message and the fix", async (_name, harm, what) => {
    harm();
    const error = await loadError();
    expect(error.problem).toBe("damaged");
    expect(error.message).toMatch(what);
    expect(error.message).toContain("npm run reindex");
  });

  it("is rebuilt by the next reindex even though no source changed", async () => {
    truncateSync(join(versionDir, "hnswlib.index"), 10);
    const report = await buildIndex(corpus.config());
    expect(report.outcome).toBe("built");
    expect(report.warnings.join("\n")).toMatch(/could not be loaded/);
    await expect(loadIndex(corpus.config())).resolves.toMatchObject({ version: report.version });
  });

  it("is rebuilt by ensureIndex, which says so", async () => {
    rmSync(join(versionDir, "chunks.json"));
    const said: string[] = [];
    const snapshot = await ensureIndex(corpus.config(), (m) => said.push(m));
    expect(snapshot.chunks.count).toBeGreaterThan(0);
    expect(said[0]).toMatch(/chunks\.json is missing.*Rebuilding the index/);
    expect(said[1]).toMatch(/^Index built: \d+ passages/);
  });
});

describe("an index built with another embedding model", () => {
  it("is refused when the configuration asks for OpenAI embeddings", async () => {
    const error = await loadError({ EMBEDDINGS: "openai", OPENAI_API_KEY: "sk-test" });
    expect(error.problem).toBe("incompatible");
    expect(error.message).toContain(
      "This index was built with embedding model local/lsa-16; the configuration asks for openai/text-embedding-3-small.",
    );
    expect(error.message).toContain("npm run reindex");
  });

  it("is refused when the local model's dimensions changed", async () => {
    const error = await loadError({ LSA_DIMENSIONS: "32" });
    expect(error.problem).toBe("incompatible");
    expect(error.message).toMatch(/local\/lsa-16.*local\/lsa-32/);
  });

  it("is refused when the saved model is not the one the manifest names", async () => {
    const path = join(versionDir, "manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    manifest.embedding.identity = "lsa-0000000000000000";
    writeFileSync(path, JSON.stringify(manifest));
    const error = await loadError();
    expect(error.problem).toBe("incompatible");
    expect(error.message).toMatch(/built with embedding model lsa-0000000000000000.*cannot be mixed/);
  });

  it("is rebuilt by ensureIndex with the configured model", async () => {
    const said: string[] = [];
    const snapshot = await ensureIndex(corpus.config({ LSA_DIMENSIONS: "8" }), (m) => said.push(m));
    expect(snapshot.manifest.embedding.model).toBe("lsa-8");
    expect(said[0]).toMatch(/configuration asks for local\/lsa-8.*Rebuilding/);
  });

  it("cannot be rebuilt for OpenAI without a key: exit 1 with the missing variable named", async () => {
    const report = await buildIndex(corpus.config({ EMBEDDINGS: "openai" }));
    expect(report.exitCode).toBe(1);
    expect(report.error).toMatch(/EMBEDDINGS=openai needs OPENAI_API_KEY/);
    expect(report.error).toMatch(/still serves/);
  });
});

describe("no index yet", () => {
  it("loadIndex says how to build one; ensureIndex builds it and says so", async () => {
    rmSync(corpus.indexDir, { recursive: true });
    const error = await loadError();
    expect(error.problem).toBe("missing");
    expect(error.message).toContain("npm run reindex");
    const said: string[] = [];
    const snapshot = await ensureIndex(corpus.config(), (m) => said.push(m));
    expect(snapshot.chunks.count).toBeGreaterThan(0);
    expect(said[0]).toMatch(/^No index in .* yet: building it from/);
  });
});
