import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentencesOf as answerSentences } from "../../src/answer/candidates.js";
import { cleanText } from "../../src/corpus/clean.js";
import { loadText } from "../../src/corpus/loaders/text.js";
import { splitDocument } from "../../src/corpus/split.js";
import type { Chunk, CorpusDocument } from "../../src/corpus/types.js";
import { verbatimChecker } from "../../src/corpus/verbatim.js";
import { sentencesOf as excerptSentences } from "../../src/excerpts/extract.js";
import { paragraph, sentence } from "./arbitraries.js";

/**
 * No quote an answer or an excerpt can give holds markup, a chart's alt text or a fragment: over text
 * saved from web pages (paragraph tags, alt text, list items that carry on a lead-in, a paragraph cut off
 * mid-clause) and over every chunk of the real corpus. Checked by plain patterns, not the filter's own.
 */

const RUNS = { numRuns: 200, seed: 20240622 };
const MARKUP = /<\/?p>|<\/?[a-z]+>/i;
const CHART = /\b(?:line|column|bar|pie) chart\b/i;
const FRAGMENT_START = /^(?:[a-z]|Will\s+[a-z])/;

function documentOf(raw: string, source = "saved.txt"): CorpusDocument {
  const bytes = Buffer.from(raw, "utf8");
  return {
    source,
    metadata: { title: source, publisher: "P", date: "2024-01-01", type: "other" },
    ...cleanText(loadText(bytes)),
    contentHash: "h",
    bytes: bytes.length,
  };
}

/** Each quote an answer (its sentences) or an excerpt (its quotable sentences) could take from a chunk. */
function quotesOf(chunk: Chunk): string[] {
  const excerpts = excerptSentences(chunk)
    .filter((s) => s.quotable)
    .map((s) => chunk.text.slice(s.start, s.end).replace(/^(?:[-*•]\s+)*(?:(?:\d{1,3}(?:\.\d{1,3})+|\d{1,3}[.)])\s+)?/, ""));
  return [...answerSentences(chunk), ...excerpts];
}

function expectClean(quote: string, inSource: (quote: string) => boolean): void {
  expect(quote).not.toMatch(MARKUP);
  expect(quote).not.toMatch(CHART);
  expect(quote).not.toMatch(FRAGMENT_START);
  expect(quote).not.toMatch(/\s(?:the|and|of|to|also|a)$/i);
  expect(inSource(quote)).toBe(true);
}

const webLine = fc.oneof(
  paragraph,
  fc.array(paragraph, { minLength: 2, maxLength: 3 }).map((ps) => `<p>${ps.join("</p> <p>")}</p>`),
  fc.tuple(sentence, sentence).map(([a, b]) => `<p>${a}</p>\t<p>${b}</p>`),
  sentence.map((s) => `${s.replace(/[.!?;]?$/, "")} and the designated officer also</p>\t\n\nprovides a response to ${s}`),
  fc.constantFrom(
    "This is a line chart showing the numbers over the last 10 years",
    "This is a column chart providing comparison between areas",
  ),
  fc
    .array(sentence, { minLength: 1, maxLength: 3 })
    .map((items) => `The partnership:\n${items.map((s) => ` - Will strengthen ${s.toLowerCase().replace(/[.!?;]?$/, ".")}`).join("\n")}`),
);

describe("quotes are whole, clean sentences", () => {
  it("for text saved from web pages, with paragraph tags, alt text and fragments", () => {
    fc.assert(
      fc.property(fc.array(webLine, { minLength: 1, maxLength: 8 }), (lines) => {
        const raw = lines.join("\n\n");
        const doc = documentOf(raw);
        const inSource = verbatimChecker(raw);
        expect(doc.text).not.toMatch(/<\/?p>/);
        for (const chunk of splitDocument(doc, { maxWords: 120, overlapSentences: 1 }))
          for (const q of quotesOf(chunk)) expectClean(q, inSource);
      }),
      RUNS,
    );
  });

  it("for every chunk of the real corpus", () => {
    const files = [
      "2016-11-ofsted-inspection-and-lscb-review.txt",
      "2018-09-10-childrens-scrutiny-panel-pack.txt",
      "2023-kscp-assurance-report-2022-23.md",
    ];
    let quotes = 0;
    for (const file of files) {
      const raw = readFileSync(new URL(`../../corpus/${file}`, import.meta.url), "utf8");
      const inSource = verbatimChecker(raw);
      for (const chunk of splitDocument(documentOf(raw, file), { maxWords: 180, overlapSentences: 1 }))
        for (const q of quotesOf(chunk)) {
          quotes++;
          expectClean(q, inSource);
        }
    }
    expect(quotes).toBeGreaterThan(1000);
  });
});
