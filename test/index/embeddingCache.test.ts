import { createHash } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Embeddings } from "@langchain/core/embeddings";
import { afterAll, describe, expect, it } from "vitest";
import { embedWithCache, type CacheItem } from "../../src/index/embeddingCache.js";
import { tempDir } from "../../testkit/fixtures.js";

/** Counts every text it is asked to embed; vectors are a cheap deterministic function of the text. */
class CountingEmbeddings extends Embeddings {
  texts: string[] = [];
  constructor() {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.texts.push(...texts);
    return texts.map((t) => [t.length, t.charCodeAt(0) / 7, 1 / 3]);
  }
  async embedQuery(text: string): Promise<number[]> {
    return (await this.embedDocuments([text]))[0];
  }
}

const item = (text: string): CacheItem => ({ text, contentHash: createHash("sha256").update(text).digest("hex") });

const tmp = tempDir();
afterAll(() => tmp.remove());

describe("embedWithCache", () => {
  const cacheDir = join(tmp.dir, "embedding-cache");
  const items = ["first chunk", "second chunk", "third chunk"].map(item);

  it("embeds only new or changed chunks on the second run, with identical vectors for the rest", async () => {
    const first = new CountingEmbeddings();
    const run1 = await embedWithCache({ cacheDir, identity: "openai:test-model", embeddings: first, items });
    expect(first.texts).toHaveLength(3);
    expect(run1.embedded).toBe(3);

    const second = new CountingEmbeddings();
    const changed = [items[0], item("second chunk, edited"), items[2]];
    const run2 = await embedWithCache({ cacheDir, identity: "openai:test-model", embeddings: second, items: changed });
    expect(second.texts).toEqual(["second chunk, edited"]);
    expect(run2.embedded).toBe(1);
    expect(run2.reused).toBe(2);
    expect(run2.vectors[0]).toEqual(run1.vectors[0]);
    expect(run2.vectors[2]).toEqual(run1.vectors[2]);
    // float32 throughout: the fresh vector is rounded exactly as a cached one is
    expect(run2.vectors[1]).toEqual(Float32Array.from([20, "s".charCodeAt(0) / 7, 1 / 3]));
  });

  it("keys the cache by model identity", async () => {
    const other = new CountingEmbeddings();
    await embedWithCache({ cacheDir, identity: "openai:another-model", embeddings: other, items });
    expect(other.texts).toHaveLength(3);
    expect(readdirSync(cacheDir).sort()).toEqual(["openai_another-model.bin", "openai_test-model.bin"]);
  });

  it("embeds a repeated text once", async () => {
    const counting = new CountingEmbeddings();
    const run = await embedWithCache({ cacheDir, identity: "openai:dupes", embeddings: counting, items: [items[0], items[0]] });
    expect(counting.texts).toHaveLength(1);
    expect(run.vectors).toHaveLength(2);
  });

  it("ignores a damaged cache file with a warning and embeds again", async () => {
    writeFileSync(join(cacheDir, "openai_test-model.bin"), "not a cache");
    const counting = new CountingEmbeddings();
    const run = await embedWithCache({ cacheDir, identity: "openai:test-model", embeddings: counting, items });
    expect(counting.texts).toHaveLength(3);
    expect(run.warnings.join("\n")).toMatch(/embedding cache .* ignored/);
  });

  it("keeps only the latest fitted model's cache", async () => {
    await embedWithCache({ cacheDir, identity: "lsa-00000000000000aa", embeddings: new CountingEmbeddings(), items });
    await embedWithCache({ cacheDir, identity: "lsa-00000000000000bb", embeddings: new CountingEmbeddings(), items });
    expect(readdirSync(cacheDir).filter((f) => f.startsWith("lsa-"))).toEqual(["lsa-00000000000000bb.bin"]);
  });

  it("writes a cache larger than one block of records whole, and reads it back vector for vector", async () => {
    // 3 float32s and a 32-byte hash a record: 30,000 of them are several 1 MB blocks.
    const many = Array.from({ length: 30_000 }, (_, i) => item(`chunk number ${i} of a large corpus`));
    const run1 = await embedWithCache({ cacheDir, identity: "openai:many", embeddings: new CountingEmbeddings(), items: many });
    const counting = new CountingEmbeddings();
    const run2 = await embedWithCache({ cacheDir, identity: "openai:many", embeddings: counting, items: many });
    expect(counting.texts).toHaveLength(0);
    expect(run2.reused).toBe(30_000);
    expect(run2.vectors).toEqual(run1.vectors);
  });
});
