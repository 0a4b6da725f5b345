import { describe, expect, it } from "vitest";
import { buildGlossary, findDefinitions } from "../../src/index/glossary.js";
import { parseFilters, chunkFilter } from "../../src/retrieve/filters.js";
import type { Chunk, CorpusDocument } from "../../src/corpus/types.js";

const docOf = (text: string): CorpusDocument => ({
  source: "d.txt",
  metadata: { title: "t", publisher: "p", date: "2022-01-01", type: "other" },
  text,
  pageStarts: [],
  breaks: [],
  contentHash: "",
  bytes: 0,
});

describe("acronym glossary", () => {
  it("learns definitions in both orders when the initials fit", () => {
    const defs = findDefinitions("the Youth Engagement Service (YES) works with MST (Multi Systemic Therapy) and the big red bus (YES).");
    expect(defs).toContainEqual({ acronym: "YES", longForm: "Youth Engagement Service" });
    expect(defs).toContainEqual({ acronym: "MST", longForm: "Multi Systemic Therapy" });
    expect(defs.filter((d) => d.longForm.includes("bus"))).toEqual([]);
  });
  it("expands queries both ways, matching a lower-case acronym only when it is not an ordinary word", () => {
    const g = buildGlossary([docOf("The Youth Engagement Service (YES) said yes. Child criminal exploitation (CCE) is rising.")], {
      IRO: "independent reviewing officer",
    });
    expect(g.expansions("what is cce")).toContain("Child criminal exploitation");
    expect(g.expansions("does the YES team help")).toContain("Youth Engagement Service");
    expect(g.expansions("yes or no")).toEqual([]);
    expect(g.expansions("who is the independent reviewing officer")).toContain("IRO");
    expect(g.expansions("what do IROs do")).toContain("independent reviewing officer");
  });
  it("spells a whole text the other way, one acronym at a time", () => {
    const g = buildGlossary([docOf("Child criminal exploitation (CCE) is rising.")], { IRO: "independent reviewing officer" });
    expect(g.spellings("CCE training")).toEqual(["Child criminal exploitation training"]);
    expect(g.spellings("caseloads of independent reviewing officers")).toEqual([]);
    expect(g.spellings("what does an independent reviewing officer do")).toEqual(["what does an IRO do"]);
    expect(g.spellings("no acronyms here")).toEqual([]);
  });
});

describe("filters", () => {
  const chunk = { source: "a.txt", type: "inspection-letter", date: "2022-08-18", alsoIn: [] } as unknown as Chunk;
  it("filter by source, type and date range", () => {
    expect(chunkFilter(parseFilters({ type: ["inspection-letter"], since: "2022" }))(chunk)).toBe(true);
    expect(chunkFilter(parseFilters({ until: "2021-12" }))(chunk)).toBe(false);
    expect(chunkFilter(parseFilters({ source: ["b.txt"] }))(chunk)).toBe(false);
    expect(() => parseFilters({ type: ["novel"] })).toThrow(/unknown --type/);
    expect(() => parseFilters({ since: "last week" })).toThrow(/--since/);
  });
  it("match a reprinted passage by any place it occurs, each place's source, type and date together", () => {
    const reprinted = { ...chunk, alsoIn: [{ source: "pack.txt", type: "committee-papers", date: "2022-10-31" }] } as unknown as Chunk;
    expect(chunkFilter(parseFilters({ since: "2022-10-01", until: "2022-10-31" }))(reprinted)).toBe(true);
    expect(chunkFilter(parseFilters({ source: ["pack.txt"], since: "2022-10" }))(reprinted)).toBe(true);
    expect(chunkFilter(parseFilters({ source: ["pack.txt"], type: ["inspection-letter"] }))(reprinted)).toBe(false);
    expect(chunkFilter(parseFilters({ since: "2022-10-01" }))(chunk)).toBe(false);
  });
});
