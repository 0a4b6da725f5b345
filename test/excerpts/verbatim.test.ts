import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusDocument } from "../../src/corpus/types.js";
import { isVerbatim } from "../../src/corpus/verbatim.js";
import { matchKey } from "../../src/excerpts/dedupe.js";
import { findExcerpts } from "../../src/excerpts/find.js";
import type { ExcerptSet } from "../../src/excerpts/types.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { corpusSnapshot, corpusWords, paragraphAbove, rawFile } from "./helpers.js";

/**
 * The verbatim promise, over many topics: every excerpt is the document's own text, cut exactly; its
 * "…" marks and paragraph number tell the truth about where it sits.
 */

let snapshot: PreparedIndex;
let documents: Map<string, CorpusDocument>;
let words: string[];

beforeAll(async () => {
  ({ snapshot, documents } = await corpusSnapshot());
  words = corpusWords(snapshot);
});

const LAYOUT_ONLY = /^\s*(?:[-*•✓▪◦]\s+)*(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?)?\s*$/;

function checkSet(set: ExcerptSet, k: number): void {
  const all = set.groups.flatMap((g) => g.excerpts);
  expect(set.total).toBe(all.length);
  expect(set.total).toBeLessThanOrEqual(k);
  for (const e of all) {
    const chunk = snapshot.chunks.get(e.chunkId)!;
    const doc = documents.get(e.citation.source)!;
    expect(chunk.text.includes(e.text)).toBe(true);
    expect(doc.text.includes(e.text)).toBe(true);
    expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    expect(isVerbatim(e.text, rawFile(e.citation.source))).toBe(true);
    expect(e.text).toBe(e.text.trim());
    expect(e.text).not.toMatch(/^…|…$/);
    expect(doc.breaks.some((b) => b > e.start && b < e.end)).toBe(false);
    expect(e.citation.paragraph).toBe(paragraphAbove(doc, e.start));
    // The cut marks tell the truth about the paragraph around the excerpt.
    const lineStart = doc.text.lastIndexOf("\n", e.start - 1) + 1;
    const lineEnd = doc.text.indexOf("\n", e.end) < 0 ? doc.text.length : doc.text.indexOf("\n", e.end);
    expect(!LAYOUT_ONLY.test(doc.text.slice(lineStart, e.start))).toBe(e.leadingEllipsis);
    expect(doc.text.slice(e.end, lineEnd).trim() !== "").toBe(e.trailingEllipsis);
  }
  // No two excerpts are the same text, or one inside another.
  const keys = all.map((e) => ` ${matchKey(e.text)} `);
  keys.forEach((a, i) => keys.forEach((b, j) => i !== j && expect(a.includes(b)).toBe(false)));
}

describe("findExcerpts: the verbatim promise", () => {
  it("holds for topics drawn from the corpus's words and random words", async () => {
    const corpusWord = fc.constantFrom(...words);
    const randomWord = fc.string({ minLength: 1, maxLength: 12 });
    const topic = fc.array(fc.oneof({ weight: 4, arbitrary: corpusWord }, { weight: 1, arbitrary: randomWord }), {
      minLength: 1,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(
        topic,
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom<"relevance" | "date">("relevance", "date"),
        async (ws, k, sort) => {
          const set = await findExcerpts(snapshot, ws.join(" "), { k, sort });
          checkSet(set, k);
          expect(JSON.parse(JSON.stringify(set))).toEqual(set);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("holds for trainers' topics", async () => {
    for (const topic of [
      "professional curiosity",
      "contingency planning",
      "return home interviews",
      "neglect",
      "CSE",
      "voice of the child",
      "early help",
    ]) {
      checkSet(await findExcerpts(snapshot, topic, { k: 30 }), 30);
    }
  });
});
