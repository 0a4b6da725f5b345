import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSAGE_ANALYSES } from "../../src/answer/candidates.js";
import { extractAnswer } from "../../src/answer/extractive.js";
import { ANSWER_MODEL } from "../../src/answer/model/weights.js";
import { DEFAULT_EXPANSION } from "../../src/retrieve/expansion.js";
import { perChunkSlot, prepareIndex, type PreparedIndex } from "../../src/retrieve/indexDerived.js";
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

describe("what a later stage keeps per chunk", () => {
  const slot = perChunkSlot<{ made: number }>("test analyses", 2);

  it("is made once per chunk and index, and each index keeps its own", () => {
    let made = 0;
    const make = () => ({ made: ++made });
    const first = shipped.derived.perChunk(slot).get("a", make);
    expect(shipped.derived.perChunk(slot).get("a", make)).toBe(first);
    expect(other.derived.perChunk(slot).get("a", make)).not.toBe(first);
    expect(made).toBe(2);
  });

  it("holds at most its capacity, starting afresh when full", () => {
    const kept = prepareIndex(shipped).derived.perChunk(slot);
    let made = 0;
    const make = () => ({ made: ++made });
    kept.get("a", make);
    kept.get("b", make);
    kept.get("c", make);
    kept.get("a", make);
    expect(made).toBe(4);
  });

  it("gives the pipeline the same answer whether a passage is analysed afresh or kept", async () => {
    const index = prepareIndex(shipped);
    const question = "what did inspectors ask GPs to do?";
    const query = queryFor(index, question);
    const passages = await retrieve(index, query, { k: 10 });
    const kept = index.derived.perChunk(PASSAGE_ANALYSES);
    const afresh = extractAnswer(query, passages);
    expect(extractAnswer(query, passages, ANSWER_MODEL, kept)).toEqual(afresh);
    expect(extractAnswer(query, passages, ANSWER_MODEL, kept)).toEqual(afresh);
  });
});
