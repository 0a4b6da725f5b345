import { beforeAll, describe, expect, it } from "vitest";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { weightedExpansionsOf } from "../../src/retrieve/expand.js";
import { DEFAULT_EXPANSION, onlySources, type Expansion } from "../../src/retrieve/expansion.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

let snapshot: PreparedIndex;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});

const terms = (expansions: Expansion[], source?: Expansion["source"]) =>
  expansions.filter((e) => !source || e.source === source).map((e) => e.term.toLowerCase());

describe("expansions from everyday English to the documents' words (real corpus)", () => {
  it("cabbies → taxi drivers, from the everyday vocabulary and from WordNet", () => {
    expect(terms(weightedExpansionsOf(snapshot, "have the cabbies been on a course?", onlySources(["everyday"])))).toContain(
      "taxi drivers",
    );
    expect(terms(weightedExpansionsOf(snapshot, "have the cabbies been on a course?", onlySources(["wordnet-synonym"])))).toContain(
      "taxi driver",
    );
  });
  it("bobbies → police officers; casualty → emergency department; kicked out → homeless, crash pad", () => {
    expect(terms(weightedExpansionsOf(snapshot, "how do bobbies on the beat find out?"))).toEqual(
      expect.arrayContaining(["police officers", "frontline police officers"]),
    );
    expect(terms(weightedExpansionsOf(snapshot, "does the bobby know?", onlySources(["wordnet-hypernym"])))).toContain("police officer");
    expect(terms(weightedExpansionsOf(snapshot, "do casualty staff ask questions?", onlySources(["everyday"])))).toContain(
      "emergency department",
    );
    expect(terms(weightedExpansionsOf(snapshot, "16 year old kicked out with nowhere to sleep", onlySources(["everyday"])))).toEqual(
      expect.arrayContaining(["homeless", "crash pad"]),
    );
  });
  it("tags each expansion with its source and the asker's words it stands for", () => {
    const found = weightedExpansionsOf(snapshot, "have the cabbies been trained?");
    expect(found).toContainEqual({ term: "taxi drivers", source: "everyday", weight: DEFAULT_EXPANSION.weights.everyday, from: "cabbies" });
    const wordnet = weightedExpansionsOf(snapshot, "have the cabbies been trained?", onlySources(["wordnet-synonym"])).find(
      (e) => e.term === "taxi driver",
    );
    expect(wordnet).toMatchObject({ source: "wordnet-synonym", from: "cabbies" });
  });
  it("leads only to words the corpus uses", () => {
    const found = weightedExpansionsOf(snapshot, "have the cabbies been trained?");
    for (const e of found) expect(e.term, e.source).not.toMatch(/taxidriver|taximan|cabdriver|hack/);
  });
  it("expands a word the corpus already uses little and lightly, one it does not use more", () => {
    // WordNet's fitted weights may be 0 (off): weigh it here so that the discount shows.
    const weighted = {
      ...DEFAULT_EXPANSION,
      weights: { ...DEFAULT_EXPANSION.weights, "wordnet-synonym": 0.6, "wordnet-hypernym": 0.4, "wordnet-gloss": 0.25 },
    };
    const known = weightedExpansionsOf(snapshot, "worry", onlySources(["wordnet-synonym", "wordnet-hypernym", "wordnet-gloss"], weighted));
    expect(known.length).toBeGreaterThan(0);
    expect(known.every((e) => e.source === "wordnet-synonym" && e.weight < 0.6)).toBe(true);
    const everyday = weightedExpansionsOf(snapshot, "bobby", onlySources(["wordnet-hypernym"], weighted));
    expect(everyday[0]?.weight).toBe(0.4);
  });
  it("turns each source off", () => {
    const none = onlySources([]);
    expect(weightedExpansionsOf(snapshot, "have the cabbies and FCs been trained?", none)).toEqual([]);
    const acronyms = weightedExpansionsOf(snapshot, "what does CCE stand for?", onlySources(["acronym"]));
    expect(acronyms.length).toBeGreaterThan(0);
    expect(acronyms.every((e) => e.source === "acronym")).toBe(true);
  });
});

describe("the Query's expansion fields", () => {
  it("keeps the plain list for the dense query, heavy expansions only, and every weighted one beside it", () => {
    const q = queryFor(snapshot, "have the cabbies been on a course about grooming?");
    expect(q.expansions).toContain("taxi drivers");
    expect(q.weightedExpansions.map((e) => e.term)).toEqual(expect.arrayContaining(q.expansions));
    const light = q.weightedExpansions.filter((e) => e.weight < DEFAULT_EXPANSION.plainWeight);
    for (const e of light) expect(q.expansions).not.toContain(e.term);
  });
  it("weighs a stem only an expansion brings by its idf times the expansion's weight, and drops one weighing 0", () => {
    const heavy = { ...DEFAULT_EXPANSION, weights: { ...DEFAULT_EXPANSION.weights, everyday: 1 } };
    const light = { ...DEFAULT_EXPANSION, weights: { ...DEFAULT_EXPANSION.weights, everyday: 0.25 } };
    const off = { ...DEFAULT_EXPANSION, weights: { ...DEFAULT_EXPANSION.weights, everyday: 0 } };
    const weightOf = (settings: typeof DEFAULT_EXPANSION) =>
      queryFor(snapshot, "have the cabbies been trained?", settings).weights.get("~taxi");
    expect(weightOf(heavy)).toBeCloseTo(snapshot.derived.idf("~taxi"), 9);
    expect(weightOf(light)).toBeCloseTo(snapshot.derived.idf("~taxi") * 0.25, 9);
    expect(weightOf(off)).toBeUndefined();
  });
  it("an everyday phrase the vocabulary knows is not an unknown phrase", () => {
    expect(queryFor(snapshot, "is sofa surfing covered?").unknownPhrase).toBeNull();
  });
  it("WordNet never makes an uncovered topic look covered", () => {
    expect(queryFor(snapshot, "what is the policy on mobile phones?").unknownPhrase).toBe("mobile phones");
  });
});
