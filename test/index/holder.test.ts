import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { IndexHolder } from "../../src/index/holder.js";
import { prepareIndex } from "../../src/retrieve/indexDerived.js";
import { makeCorpus, TOPICS, type TestCorpus } from "./helpers.js";

let corpus: TestCorpus;

beforeAll(() => {
  corpus = makeCorpus();
});
afterAll(() => corpus.cleanup());

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("IndexHolder", () => {
  it("builds a missing index on open, then picks up a new version without a restart", async () => {
    const said: string[] = [];
    const holder = await IndexHolder.open(corpus.config(), { prepare: prepareIndex, say: (m) => said.push(m), pollMs: 200 });
    try {
      expect(said[0]).toMatch(/No index/);
      const before = holder.get();
      const swapped: string[] = [];
      holder.onSwap((s) => swapped.push(s.version));

      corpus.write("2023-06-early-help.txt", "Early help assessments bring families and practitioners together early.\n");
      const report = await buildIndex(corpus.config());
      await waitFor(() => holder.get().version === report.version);

      expect(swapped).toEqual([report.version]);
      expect(
        holder
          .get()
          .chunks.all()
          .some((c) => c.source === "2023-06-early-help.txt"),
      ).toBe(true);
      expect(said.at(-1)).toMatch(/Index updated to version/);
      // Each version comes with what queries derive from it, made from that version alone.
      expect(holder.get().derived).not.toBe(before.derived);
      expect(holder.get().derived.documentAudiences().has("2023-06-early-help.txt")).toBe(true);
      expect(before.derived.documentAudiences().has("2023-06-early-help.txt")).toBe(false);
      // A query that started on the old snapshot still finishes on it.
      const chunk = before.chunks.all().find((c) => c.source === Object.keys(TOPICS)[0])!;
      const [hit] = await before.dense.search(await before.embeddings.embedQuery(chunk.text), 1);
      expect(hit.id).toBe(chunk.id);
      expect(before.chunks.all().some((c) => c.source === "2023-06-early-help.txt")).toBe(false);
    } finally {
      holder.close();
    }
  });

  it("refresh() is a no-op when the current version is already held", async () => {
    const holder = await IndexHolder.open(corpus.config(), { prepare: prepareIndex, say: () => {} });
    try {
      expect(await holder.refresh()).toBe(false);
    } finally {
      holder.close();
    }
  });
});
