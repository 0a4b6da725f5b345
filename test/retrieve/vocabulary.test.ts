import { describe, expect, it } from "vitest";
import { parseVocabulary } from "../../src/corpus/vocabularyFile.js";
import { NATIONAL_VOCABULARY } from "../../src/retrieve/vocabulary/national.js";
import { Vocabulary, type VocabularyContext } from "../../src/retrieve/vocabulary/vocabulary.js";

const plain: VocabularyContext = { definedByCorpus: () => false, isCorpusWord: () => false };
const national = new Vocabulary(NATIONAL_VOCABULARY);

describe("the national vocabulary", () => {
  it("holds the words practitioners type most, each with a formal form", () => {
    const terms = new Set(NATIONAL_VOCABULARY.map((e) => e.term.toLowerCase()));
    for (const t of ["plo", "sw", "fc", "co", "resi", "strat", "dv", "yp", "lac", "cla", "nqsw", "s47"]) expect(terms, t).toContain(t);
    expect(NATIONAL_VOCABULARY.every((e) => e.formal.length > 0)).toBe(true);
  });
  it("has one entry per term and kind", () => {
    const keys = NATIONAL_VOCABULARY.map((e) => `${e.kind}:${e.term.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("Vocabulary.expansions()", () => {
  it("reads abbreviations, their plurals and lower-case spellings", () => {
    expect(national.expansions("do our FCs feel supported?", plain)).toContain("foster carer");
    expect(national.expansions("what did the sw say", plain)).toContain("social worker");
    expect(national.expansions("what does PLO stand for", plain)).toContain("public law outline");
  });
  it("reads shorthand and everyday words, and phrases", () => {
    expect(national.expansions("any resi placements?", plain)).toContain("residential");
    expect(national.expansions("who goes to the strat?", plain)).toContain("strategy meeting");
    expect(national.expansions("how many kids?", plain)).toContain("children");
  });
  it("matches an ambiguous abbreviation only in capitals", () => {
    expect(national.expansions("a CO was made", plain)).toContain("care order");
    expect(national.expansions("the co located team", plain)).not.toContain("care order");
  });
  it("leaves an acronym the corpus defines to the corpus", () => {
    const corpusDefinesDv: VocabularyContext = { ...plain, definedByCorpus: (t) => t.toUpperCase() === "DV" };
    expect(national.expansions("DV cases", corpusDefinesDv)).not.toContain("domestic abuse");
    expect(national.expansions("DV cases", plain)).toContain("domestic abuse");
  });
  it("does not read a lower-case abbreviation that is an ordinary word of the documents", () => {
    const yp = NATIONAL_VOCABULARY.find((e) => e.term === "YP")!;
    const v = new Vocabulary([yp]);
    expect(v.expansions("the yp said", plain)).toContain("young person");
    expect(v.expansions("the yp said", { ...plain, isCorpusWord: (w) => w === "yp" })).toEqual([]);
  });
  it("lets an admin's entry replace a national one", () => {
    const v = new Vocabulary([...NATIONAL_VOCABULARY, { term: "strat", kind: "shorthand", formal: ["strategy discussion"] }]);
    expect(v.expansions("who goes to the strat?", plain)).toEqual(["strategy discussion"]);
  });
  it("reads equivalences both ways and adds nothing the text already says", () => {
    const v = new Vocabulary([{ term: "caseload", kind: "equivalent", formal: ["workload"] }]);
    expect(v.expansions("are caseloads too high?", plain)).toEqual(["workload"]);
    expect(v.expansions("is the workload manageable?", plain)).toEqual(["caseload"]);
  });
});

describe("parseVocabulary()", () => {
  it.each([
    [{}, /no "entries" list/],
    [{ entries: [{ kind: "everyday", formal: ["x"] }] }, /entry 1 has no term/],
    [{ entries: [{ term: "x", kind: "slang", formal: ["y"] }] }, /kind slang/],
    [{ entries: [{ term: "x", kind: "everyday", formal: [] }] }, /needs a "formal" list/],
  ])("names what is wrong with a bad file (%#)", (json, message) => {
    expect(() => parseVocabulary(json, "vocabulary.json")).toThrow(message);
  });
});
