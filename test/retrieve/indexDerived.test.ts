import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_EXPANSION } from "../../src/retrieve/expansion.js";
import { prepareIndex, type PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { retrieve } from "../../src/retrieve/search.js";
import { audienceCorpus, audienceSnapshot, RESTRICTED } from "../helpers/audienceCorpus.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** Issue 25: what queries derive from an index is made with it and carried with its snapshot, never kept by a module. */

const small = audienceCorpus();
let shipped: PreparedIndex;
let other: PreparedIndex;

beforeAll(async () => {
  shipped = await memorySnapshot("corpus");
  other = await audienceSnapshot(small.corpusDir);
});
afterAll(() => small.remove());

const sourcesOf = (index: PreparedIndex) => [...new Set(index.chunks.all().flatMap((c) => [c.source, ...c.alsoIn.map((o) => o.source)]))];
const topIds = async (index: PreparedIndex, question: string) =>
  (await retrieve(index, queryFor(index, question), { k: 5 })).map((p) => p.id);

describe("the data derived from an index", () => {
  it("is each index's own", () => {
    expect(shipped.derived).not.toBe(other.derived);
    expect(shipped.derived.rerankTables).not.toBe(other.derived.rerankTables);
    expect([...shipped.derived.documentAudiences().keys()].sort()).toEqual(sourcesOf(shipped).sort());
    expect([...other.derived.documentAudiences().keys()].sort()).toEqual(sourcesOf(other).sort());
    expect(other.derived.documentAudiences().get(RESTRICTED)?.audience).toEqual(["board"]);
    expect(shipped.derived.documentAudiences().has(RESTRICTED)).toBe(false);
  });

  it("counts rarity over its own index's chunks", () => {
    const idf = (index: PreparedIndex, term: string) => {
      const n = index.chunks.count;
      const df = index.lexical.documentFrequency(term);
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    };
    for (const term of ["neonatal", "~exploit", "~discharg"]) {
      expect(shipped.derived.idf(term)).toBeCloseTo(idf(shipped, term), 12);
      expect(other.derived.idf(term)).toBeCloseTo(idf(other, term), 12);
    }
    expect(shipped.derived.idf("neonatal")).not.toBeCloseTo(other.derived.idf("neonatal"), 3);
  });

  it("is made once per index and kept there: the same lexicon and source text each time", () => {
    expect(shipped.derived.lexicon(DEFAULT_EXPANSION)).toBe(shipped.derived.lexicon(DEFAULT_EXPANSION));
    expect(shipped.derived.lexicon(DEFAULT_EXPANSION)).not.toBe(other.derived.lexicon(DEFAULT_EXPANSION));
    expect(shipped.derived.vocabulary()).toBe(shipped.derived.vocabulary());
    const source = shipped.chunks.at(0).source;
    expect(shipped.derived.sourceText(source)).toBe(shipped.derived.sourceText(source));
  });

  it("is shared with no other preparation of the same snapshot (nothing is kept by a module)", () => {
    const again = prepareIndex(shipped);
    expect(again.derived).not.toBe(shipped.derived);
    expect(again.derived.lexicon(DEFAULT_EXPANSION)).not.toBe(shipped.derived.lexicon(DEFAULT_EXPANSION));
    expect(again.derived.sourceText(shipped.chunks.at(0).source)).not.toBe(shipped.derived.sourceText(shipped.chunks.at(0).source));
  });

  it("leaves one index's answers unchanged by queries on another", async () => {
    const question = "what did the inspection say about hospital discharge planning?";
    const first = await topIds(shipped, question);
    const onOther = await topIds(other, question);
    expect(await topIds(prepareIndex(shipped), question)).toEqual(first);
    expect(await topIds(shipped, question)).toEqual(first);
    expect(await topIds(prepareIndex(other), question)).toEqual(onOther);
    expect(first.every((id) => shipped.chunks.get(id))).toBe(true);
    expect(onOther.every((id) => other.chunks.get(id))).toBe(true);
  });
});
