import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/corpus/clean.js";
import { loadText } from "../../src/corpus/loaders/text.js";
import { whereText } from "../../src/answer/view.js";
import { documentMarks, locateQuote, locateSpan, marksWithin } from "../../src/corpus/locate.js";
import { sentenceSpans } from "../../src/corpus/sentences.js";
import { splitDocument } from "../../src/corpus/split.js";
import type { Chunk, CorpusDocument } from "../../src/corpus/types.js";

/**
 * Locators per quote on the real corpus: every sentence, cited from the chunk it is cut from, names its
 * own numbered paragraph (the 2016 report) and its own section (the assurance report). The expected
 * paragraph and section are read from the raw file's lines, not from the splitter's structure.
 */

const R2016 = "2016-11-ofsted-inspection-and-lscb-review.txt";
const ASSURANCE = "2023-kscp-assurance-report-2022-23.md";

function load(file: string): { raw: string; chunks: Chunk[] } {
  const bytes = readFileSync(new URL(`../../corpus/${file}`, import.meta.url));
  const raw = bytes.toString("utf8");
  const doc: CorpusDocument = {
    source: file,
    metadata: { title: file, publisher: "P", date: "2016-11-25", type: "other" },
    ...cleanText(loadText(bytes)),
    contentHash: "h",
    bytes: bytes.length,
  };
  return { raw, chunks: splitDocument(doc, { maxWords: 220, overlapSentences: 1 }) };
}

/** Each sentence of each chunk, as a quote would be cut from it (without its paragraph number). */
function* quotes(chunks: Chunk[]): Generator<{ chunk: Chunk; quote: string; from: number }> {
  for (const chunk of chunks)
    for (const s of sentenceSpans(chunk.text)) {
      const quote = chunk.text.slice(s.start, s.end).replace(/^\d{1,3}\.\s+/, "");
      // Cleaning only takes characters out, so the raw file holds the sentence at or after its cleaned offset.
      if (quote.split(/\s+/).length >= 4) yield { chunk, quote, from: chunk.start + s.start };
    }
}

/** The number of the raw line holding `at`, or of the numbered line a lower-case continuation carries on. */
function rawParagraph(raw: string, at: number): string | null {
  let start = raw.lastIndexOf("\n", at - 1) + 1;
  for (;;) {
    const line = raw.slice(start, raw.indexOf("\n", start));
    const number = /^(\d{1,3})\.\s/.exec(line)?.[1];
    if (number) return line.includes("\t") ? null : number;
    if (!/^[a-z]/.test(line) || start === 0) return null;
    let end = start - 1;
    while (end > 0 && raw[end - 1] === "\n") end--;
    start = raw.lastIndexOf("\n", end - 1) + 1;
  }
}

function rawSection(raw: string, at: number): string | null {
  const heading = raw
    .slice(0, at)
    .split("\n")
    .filter((l) => /^#{1,6}\s/.test(l))
    .at(-1);
  return heading ? heading.replace(/^#+\s*/, "").replace(/\*\*/g, "").trim() : null;
}

describe("a quote's locator is its own", () => {
  it("names the numbered paragraph of every sentence of the 2016 report that lies in one", () => {
    const { raw, chunks } = load(R2016);
    const misses: string[] = [];
    let checked = 0;
    for (const { chunk, quote, from } of quotes(chunks)) {
      const at = raw.indexOf(quote, from);
      const expected = at < 0 ? null : rawParagraph(raw, at);
      if (!expected) continue;
      checked++;
      const got = locateQuote(chunk, quote).paragraph;
      if (got !== expected) misses.push(`${expected} cited as ${got}: ${quote.slice(0, 50)}`);
    }
    expect(checked).toBeGreaterThan(500);
    expect(misses).toEqual([]);
  });

  it("names the nearest heading above every sentence of the assurance report as its section", () => {
    const { raw, chunks } = load(ASSURANCE);
    const misses: string[] = [];
    let checked = 0;
    for (const { chunk, quote, from } of quotes(chunks)) {
      const at = raw.indexOf(quote, from);
      if (at < 0 || raw[raw.lastIndexOf("\n", at) + 1] === "#") continue;
      checked++;
      const got = locateQuote(chunk, quote).section;
      if (got !== rawSection(raw, at)) misses.push(`${rawSection(raw, at)} cited as ${got}: ${quote.slice(0, 50)}`);
    }
    expect(checked).toBeGreaterThan(150);
    expect(misses).toEqual([]);
  });
});

describe("locateSpan", () => {
  const text = "Findings\n\n93. Care leavers do well. Most go on.\n94. Most develop skills.\n\nLeadership\n\nA closing note here.";
  const marks = documentMarks(text, [0, text.indexOf("94.")]);

  it("names both paragraphs of a span that runs from one into the next, and the page it starts on", () => {
    const from = text.indexOf("Most go");
    expect(locateSpan(marks, from, text.indexOf("skills"))).toEqual({ page: 1, paragraph: "93–94", section: "Findings" });
    expect(locateSpan(marks, text.indexOf("Most develop"), text.indexOf("skills"))).toEqual({ page: 2, paragraph: "94", section: "Findings" });
  });

  it("drops the number at a heading, and keeps the marks of a stretch relative to it", () => {
    expect(locateSpan(marks, text.indexOf("A closing"), text.length)).toEqual({ page: 2, paragraph: null, section: "Leadership" });
    const start = text.indexOf("Most go");
    const within = marksWithin(marks, start, text.length);
    expect(within[0]).toEqual({ at: 0, page: 1, paragraph: "93", section: "Findings" });
    expect(locateSpan(within, text.indexOf("Most develop") - start, text.indexOf("skills") - start).paragraph).toBe("94");
  });

  it("is shown as paragraphs when a quote spans two", () => {
    expect(whereText({ page: null, paragraph: "93–94", section: null })).toBe("paragraphs 93–94");
  });
});
