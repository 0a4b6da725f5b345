import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/corpus/clean.js";
import { sentenceSpans } from "../../src/corpus/sentences.js";
import { splitDocument } from "../../src/corpus/split.js";
import type { CorpusDocument } from "../../src/corpus/types.js";
import { isVerbatim } from "../../src/corpus/verbatim.js";
import { documentText, messyText } from "./arbitraries.js";

/** Properties of cleaning and splitting over random documents built from the corpus's block shapes. */

const RUNS = { numRuns: 300, seed: 20240601 };

function documentOf(raw: string): CorpusDocument {
  const cleaned = cleanText({ text: raw, pageStarts: [], warnings: [] });
  return {
    source: "random.txt",
    metadata: { title: "Random", publisher: "Test", date: "2024-01-01", type: "other" },
    ...cleaned,
    contentHash: "x",
    bytes: raw.length,
  };
}

describe("splitDocument over random documents", () => {
  it("cuts every chunk from the cleaned text, in order, never empty", () => {
    fc.assert(
      fc.property(documentText, fc.integer({ min: 20, max: 200 }), fc.integer({ min: 0, max: 2 }), (raw, maxWords, overlap) => {
        const doc = documentOf(raw);
        const chunks = splitDocument(doc, { maxWords, overlapSentences: overlap });
        if (doc.text.trim()) expect(chunks.length).toBeGreaterThan(0);
        let previous = { start: -1, end: -1 };
        for (const c of chunks) {
          expect(c.text).toBe(doc.text.slice(c.start, c.end));
          expect(c.text.trim().length).toBeGreaterThan(0);
          expect(c.start).toBeLessThan(c.end);
          expect(c.start).toBeGreaterThanOrEqual(previous.start);
          expect(c.end).toBeGreaterThan(previous.end);
          previous = c;
        }
      }),
      RUNS,
    );
  });

  it("gives every chunk a distinct id", () => {
    fc.assert(
      fc.property(documentText, (raw) => {
        const chunks = splitDocument(documentOf(raw), { maxWords: 60, overlapSentences: 1 });
        expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
      }),
      RUNS,
    );
  });
});

describe("cleanText keeps quotes verbatim", () => {
  it("every sentence of the cleaned text is verbatim in the raw text", () => {
    fc.assert(
      fc.property(fc.oneof(messyText, documentText), (raw) => {
        const doc = documentOf(raw);
        for (const s of sentenceSpans(doc.text, 0, doc.text.length, doc.breaks)) {
          const sentence = doc.text.slice(s.start, s.end);
          expect(isVerbatim(sentence, raw), sentence).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("every chunk's text is verbatim in the raw text when it spans no removed furniture", () => {
    fc.assert(
      fc.property(messyText, (raw) => {
        const doc = documentOf(raw);
        for (const c of splitDocument(doc, { maxWords: 80, overlapSentences: 1 })) {
          if (doc.breaks.some((b) => b > c.start && b < c.end)) continue;
          expect(isVerbatim(c.text, raw), c.text).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
