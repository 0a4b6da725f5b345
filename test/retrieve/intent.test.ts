import { describe, expect, it } from "vitest";
import type { Chunk } from "../../src/corpus/types.js";
import { balanceByYear } from "../../src/retrieve/balance.js";
import { recommendationShape, yearMatch } from "../../src/retrieve/intent.js";
import { queryOf } from "../../src/retrieve/query.js";

const lexicon = { idf: () => 1, expand: () => [], known: () => true };
const intentOf = (question: string) => queryOf(question, lexicon);
const chunkOf = (id: string, date: string) => ({ id, date }) as Chunk;
const passage = (text: string, headingPath: string[] = []) => ({ text, headingPath }) as Chunk;

describe("where recommendations are found", () => {
  it("scores recommendation sections, imperatives and stated plans", () => {
    expect(recommendationShape(passage("Leaders should act.", ["Recommendations"]))).toBe(1);
    expect(recommendationShape(passage("1. Ensure that plans are reviewed."))).toBe(0.5);
    expect(recommendationShape(passage("Looking forward, our priorities include safe sleep."))).toBe(0.5);
    expect(recommendationShape(passage("Inspectors saw 40 cases in July."))).toBe(0);
  });
});

describe("the years a question points at", () => {
  it("matches documents of the years named", () => {
    const intent = intentOf("what did Ofsted find in 2016?");
    expect(yearMatch(chunkOf("a", "2016-11-25"), intent)).toBe(1);
    expect(yearMatch(chunkOf("b", "2018-09-10"), intent)).toBe(0);
  });
  it.each([
    "Ofsted said in 2016 we had no edge of care support - what did we put in place afterwards?",
    "what has changed since the 2016 inspection?",
    "what did the council do in response to the 2016 report?",
  ])("also matches later documents when the question looks forward: %s", (question) => {
    const intent = intentOf(question);
    expect(intent.after).toBe(true);
    expect(yearMatch(chunkOf("later", "2018-09-10"), intent)).toBe(1);
    expect(yearMatch(chunkOf("earlier", "2015-01-01"), intent)).toBe(0);
  });
  it("does not look forward without a reason to", () => {
    expect(intentOf("what did the 2016 inspection say about complaints?").after).toBe(false);
  });
});

describe("balanceByYear()", () => {
  const ranked = [
    { chunk: chunkOf("a", "2018-09-10") },
    { chunk: chunkOf("b", "2018-08-03") },
    { chunk: chunkOf("c", "2022-10-31") },
    { chunk: chunkOf("d", "2016-11-25") },
    { chunk: chunkOf("e", "2016-11-25") },
  ];
  const ids = (list: typeof ranked) => list.map((r) => r.chunk.id).join("");
  it("lifts the best passage of each named year to the top, keeping score order", () => {
    expect(ids(balanceByYear(ranked, new Set(["2016", "2018"])))).toBe("adbce");
  });
  it("skips a named year with no passage", () => {
    expect(ids(balanceByYear(ranked, new Set(["2016", "2019"])))).toBe("dabce");
  });
  it("leaves the order alone for a single year", () => {
    expect(ids(balanceByYear(ranked, new Set(["2016"])))).toBe("abcde");
  });
});
