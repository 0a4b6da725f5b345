import { describe, expect, it } from "vitest";
import { urgentWords, wordVocabulary } from "../../src/answer/guards/urgentWords.js";

describe("the words the urgent-risk model reads", () => {
  it("are the question's words and neighbouring pairs, lower case, apostrophes dropped, each once", () => {
    expect(urgentWords("He's HERE, he's here!")).toEqual(["hes", "here", "hes here", "here hes"]);
  });

  it("keep letters only: numbers (ages, times, '999') are the phrase features' to read", () => {
    expect(urgentWords("a 3-week-old, call 999")).toEqual(["a", "week", "old", "call", "a week", "week old", "old call"]);
  });

  it("make a vocabulary of words in at least so many questions, sorted", () => {
    const texts = ["knife now", "knife tonight", "policy now", "knife"];
    expect(wordVocabulary(texts, 2)).toEqual(["knife", "now"]);
    expect(wordVocabulary(texts, 3)).toEqual(["knife"]);
  });
});

describe("whether a question asks", () => {
  it("is read from its question mark, and from whether it ends on one", () => {
    expect(urgentWords("what now? he is here")).toEqual(expect.arrayContaining(["?"]));
    expect(urgentWords("what now? he is here")).not.toContain("?$");
    expect(urgentWords("who do I ring?")).toEqual(expect.arrayContaining(["?", "?$"]));
    expect(urgentWords("neglect toolkit")).not.toContain("?");
  });
});
