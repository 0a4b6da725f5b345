import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PHRASES } from "../../src/answer/guards/urgentPhrasings.js";
import { parseLabelled } from "../../src/eval/urgentFolds.js";
import { phraseUse } from "../../src/eval/urgentPhraseUse.js";

/**
 * The urgent classifier's phrases describe kinds of message, not examples: few of them match exactly one
 * labelled question (issue 23 found 174 of 416 that did, "goodbye message", "twins", "takeaway").
 */

const TEXTS = parseLabelled(readFileSync("test/answer/data/urgent.jsonl", "utf8")).map((r) => r.text);

describe("the urgent classifier's phrases", () => {
  it("match, each, more than one labelled question, all but a few", () => {
    const use = phraseUse(PHRASES, TEXTS);
    const single = use.filter((p) => p.uses === 1);
    expect(use.length).toBeGreaterThanOrEqual(60);
    expect(single.length / use.length).toBeLessThanOrEqual(0.1);
  });

  it("counts a phrase written for one question as used once", () => {
    const use = phraseUse({ probe: ["goodbye message", "takeaway", "twins"] }, TEXTS);
    expect(use.map((p) => p.uses)).toEqual([1, 1, 1]);
  });

  it("counts whole words on text read as typed, without apostrophes", () => {
    const use = phraseUse({ probe: ["hes here", "cant get out", "she"] }, ["He's here", "i can't get out", "there"]);
    expect(use.map((p) => p.uses)).toEqual([1, 1, 0]);
  });
});
