import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { afterAll, describe, expect, it } from "vitest";
import { HnswDenseIndex } from "../../src/index/hnswDenseIndex.js";

const vectors = Array.from({ length: 40 }, (_, i) => Array.from({ length: 8 }, (_, j) => Math.sin(i * 7 + j * 3) + (j === i % 8 ? 2 : 0)));
const ids = vectors.map((_, i) => `chunk-${i}`);
const dir = await mkdtemp(join(tmpdir(), "safeguide-dense-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the dense index's files", () => {
  it("load back into an index that finds each chunk by its own vector", async () => {
    await HnswDenseIndex.build(vectors, ids, { m: 16, efConstruction: 200, ef: 50 }).save(dir);
    const loaded = await HnswDenseIndex.load(dir, ids, 50);
    expect(loaded.dimension).toBe(8);
    expect((await loaded.search(vectors[17], 1))[0].id).toBe("chunk-17");
  });

  it("are LangChain's HNSWLib store: its public load reads them and maps each hit to its chunk id", async () => {
    const store = await HNSWLib.load(dir, {} as EmbeddingsInterface);
    const [[document, distance]] = await store.similaritySearchVectorWithScore(vectors[23], 1);
    expect(document.metadata).toEqual({ id: "chunk-23" });
    expect(distance).toBeCloseTo(0, 5);
  });

  it("release the built index's native memory on demand: it then holds nothing", async () => {
    const built = HnswDenseIndex.build(vectors, ids, { m: 16, efConstruction: 200, ef: 50 });
    expect(built.count).toBe(40);
    built.release();
    expect(built.count).toBe(0);
    expect(await built.search(vectors[3], 5)).toEqual([]);
  });
});
