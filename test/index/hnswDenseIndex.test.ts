import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { Document } from "@langchain/core/documents";
import hnswlib from "hnswlib-node";
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

  it("are LangChain's HNSWLib store: read as its `HNSWLib.load` reads them, each hit maps to its chunk id", async () => {
    // @langchain/community's HNSWLib.load, step by step (not a dependency: it pulls in packages that need Node 22):
    // args.json gives the space and dimension, hnswlib.index the graph, docstore.json [label, Document] pairs.
    const args = JSON.parse(await readFile(join(dir, "args.json"), "utf8")) as { space: "cosine"; numDimensions: number };
    expect(args).toMatchObject({ space: "cosine", numDimensions: 8 });
    const index = new hnswlib.HierarchicalNSW(args.space, args.numDimensions);
    await index.readIndex(join(dir, "hnswlib.index"));
    const docstore = new Map(JSON.parse(await readFile(join(dir, "docstore.json"), "utf8")) as [string, Document][]);
    const { neighbors, distances } = index.searchKnn(vectors[23], 1);
    const document = new Document(docstore.get(String(neighbors[0]))!);
    expect(document.metadata).toEqual({ id: "chunk-23" });
    expect(distances[0]).toBeCloseTo(0, 5);
  });

  it("release the built index's native memory on demand: it then holds nothing", async () => {
    const built = HnswDenseIndex.build(vectors, ids, { m: 16, efConstruction: 200, ef: 50 });
    expect(built.count).toBe(40);
    built.release();
    expect(built.count).toBe(0);
    expect(await built.search(vectors[3], 5)).toEqual([]);
  });
});
