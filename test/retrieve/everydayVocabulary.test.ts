import { describe, expect, it } from "vitest";
import { EVERYDAY_VOCABULARY } from "../../src/retrieve/vocabulary/everyday.js";
import { NATIONAL_VOCABULARY } from "../../src/retrieve/vocabulary/national.js";
import { Vocabulary, type VocabularyContext } from "../../src/retrieve/vocabulary/vocabulary.js";

const plain: VocabularyContext = { definedByCorpus: () => false, isCorpusWord: () => false };
const everyday = new Vocabulary(EVERYDAY_VOCABULARY);

describe("the everyday and British-English vocabulary", () => {
  it("names services and situations as people do, each once and none the national vocabulary already has", () => {
    expect(EVERYDAY_VOCABULARY.length).toBeGreaterThanOrEqual(150);
    const terms = EVERYDAY_VOCABULARY.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    const national = new Set(NATIONAL_VOCABULARY.map((e) => e.term.toLowerCase()));
    expect(terms.filter((t) => national.has(t))).toEqual([]);
    expect(EVERYDAY_VOCABULARY.every((e) => e.kind !== "equivalent")).toBe(true);
  });
  it.each([
    ["have the cabbies been trained?", "taxi drivers"],
    ["how do bobbies on the beat find out?", "frontline police officers"],
    ["did the cops come?", "police officer"],
    ["do casualty staff ask?", "emergency department"],
    ["he was kicked out last night", "homeless"],
    ["she's sofa surfing at a mate's", "homeless"],
    ["keeps running off at night", "missing"],
    ["who is in the hub?", "multi-agency safeguarding hub"],
    ["does the school nurse see them?", "school nursing"],
    ["when did the chief exec find out?", "chief executive"],
    ["is the mood in the teams better?", "morale"],
    ["has he been bunking off?", "truancy"],
  ])("%s → %s", (text, formal) => {
    expect(everyday.expansions(text, plain)).toContain(formal);
  });
  it("does not read a phrase into words that only share a word with it", () => {
    expect(everyday.expansions("the head of service said", plain)).toEqual([]);
    expect(everyday.expansions("restrictions were lifted", plain)).toEqual([]);
  });
  it("says which entry and words each formal form came from", () => {
    expect(everyday.matches("the cabbies", plain)).toContainEqual(expect.objectContaining({ formal: "taxi drivers", from: "cabbies" }));
  });
});
