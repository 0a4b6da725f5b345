import { describe, expect, it } from "vitest";
import { compoundsIn } from "../../src/retrieve/compounds.js";

const corpusWords = (...present: string[]) => ({ documentFrequency: (t: string) => (present.includes(t) ? 1 : 0) });

describe("compoundsIn()", () => {
  it("joins two words the corpus writes as one, inflected or plural", () => {
    expect(compoundsIn("what happens when a placement breaks down?", corpusWords("breakdowns"))).toEqual(["breakdown"]);
    expect(compoundsIn("are case loads too high?", corpusWords("caseloads"))).toEqual(["caseloads"]);
  });
  it("offers nothing the corpus does not have, nor joins of tiny words", () => {
    expect(compoundsIn("what did the board set up?", corpusWords())).toEqual([]);
    expect(compoundsIn("is it on at all?", corpusWords("iton", "onat", "atall"))).toEqual([]);
  });
});
