import MiniSearch from "minisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/corpus.js";
import { collapseDuplicates } from "../../src/corpus/dedupe.js";
import { splitDocument } from "../../src/corpus/split.js";
import type { Chunk } from "../../src/corpus/types.js";
import { buildIndex } from "../../src/index/build.js";
import { buildLexicalIndex } from "../../src/index/lexical.js";
import { loadIndex } from "../../src/index/load.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { contentTerms, termsOf, words } from "../../src/index/terms.js";
import { makeCorpus, type TestCorpus } from "./helpers.js";

/**
 * The compact on-disk index (chunk records + texts.bin, BM25 dictionary + lexical.bin) loads back the
 * chunks that were built, and ranks exactly as the MiniSearch index it replaced.
 */

let corpus: TestCorpus;
let built: Chunk[];
let snapshot: IndexSnapshot;

beforeAll(async () => {
  corpus = makeCorpus();
  await buildIndex(corpus.config());
  const reading = await readCorpus(corpus.config().corpusDir, { maxBytes: 50 * 1024 * 1024 });
  built = collapseDuplicates(reading.documents.flatMap((d) => splitDocument(d, corpus.config().chunking))).chunks;
  snapshot = await loadIndex(corpus.config());
});
afterAll(() => corpus.cleanup());

/** The lexical index as it was: MiniSearch with the same fields, boosts and terms. */
function miniSearchReference(chunks: Chunk[]) {
  const engine = new MiniSearch({
    idField: "id",
    fields: ["text", "headings", "document"],
    storeFields: [],
    tokenize: words,
    processTerm: (t: string) => termsOf(t),
  });
  engine.addAll(
    chunks.map((c) => ({
      id: c.id,
      text: c.text,
      headings: c.headingPath.join(" "),
      document: `${c.title} ${c.publisher} ${c.date.slice(0, 4)}`,
    })),
  );
  return (text: string, expansions: string[], filter?: (id: string) => boolean) => {
    const own = new Set(words(text).flatMap(termsOf));
    return engine
      .search([text, ...expansions].join(" "), {
        boost: { text: 1, headings: 0.6, document: 0.5 },
        combineWith: "OR",
        boostTerm: (term) => (own.has(term) ? 1 : 0.5),
        ...(filter ? { filter: (r) => filter(String(r.id)) } : {}),
      })
      .slice(0, 60)
      .map((r) => ({ id: String(r.id), score: r.score }));
  };
}

describe("the compact index", () => {
  it("loads every chunk back as it was built, text included", () => {
    expect(snapshot.chunks.count).toBe(built.length);
    expect(snapshot.chunks.all().map((c) => JSON.parse(JSON.stringify(c)))).toEqual(JSON.parse(JSON.stringify(built)));
    const c = snapshot.chunks.at(built.length - 1);
    expect(c.text).toBe(built[built.length - 1].text);
    expect(snapshot.chunks.get(c.id)).toBe(c);
  });

  it("ranks exactly as MiniSearch did, in memory and read from disk, with expansions and filters", () => {
    const reference = miniSearchReference(built);
    const memory = buildLexicalIndex(built);
    const keep = (id: string) => id.charCodeAt(0) % 2 === 0;
    const queries = [
      ...new Set(
        built.flatMap((c) =>
          contentTerms(c.text)
            .filter((t) => !t.startsWith("~"))
            .slice(0, 6),
        ),
      ),
    ];
    const asked = [
      ...built.slice(0, 8).map((c) => c.text.slice(0, 120)),
      queries.join(" "),
      "child protection plan",
      "no such words here zzzq",
    ];
    for (const text of asked) {
      for (const [expansions, filter] of [
        [[], undefined],
        [["multi agency safeguarding hub"], undefined],
        [[], keep],
      ] as const) {
        const want = reference(text, [...expansions], filter);
        expect(memory.search({ text, expansions: [...expansions], filter, k: 60 })).toEqual(want);
        expect(snapshot.lexical.search({ text, expansions: [...expansions], filter, k: 60 })).toEqual(want);
      }
    }
  });

  it("counts each term's chunks (text or headings) for the reranker's idf", () => {
    const df = new Map<string, number>();
    for (const c of built) for (const t of new Set(contentTerms(`${c.text} ${c.headingPath.join(" ")}`))) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) expect(snapshot.lexical.documentFrequency(t)).toBe(n);
    expect(snapshot.lexical.documentFrequency("zzzq-not-a-word")).toBe(0);
  });
});
