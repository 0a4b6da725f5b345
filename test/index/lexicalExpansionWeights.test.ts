import { describe, expect, it } from "vitest";
import type { Chunk } from "../../src/corpus/types.js";
import { buildLexicalIndex } from "../../src/index/lexical.js";

/** The lexical search weighs each expansion by its own weight, and 0.5 when given none. */

const chunk = (id: string, text: string): Chunk =>
  ({
    id,
    source: `${id}.md`,
    title: "Annual report",
    publisher: "",
    date: "2023-01-01",
    type: "report",
    headingPath: [],
    locator: {},
    start: 0,
    end: text.length,
    text,
    contentHash: id,
    alsoIn: [],
  }) as unknown as Chunk;

const index = buildLexicalIndex([
  chunk("carers", "Support for foster carers was reviewed this year."),
  chunk("workers", "Support for social workers was reviewed this year."),
  chunk("other", "The budget was agreed this year."),
]);
const search = (weights?: Record<string, number>) =>
  index
    .search({
      text: "support",
      expansions: ["foster carers", "social workers"],
      ...(weights ? { expansionWeights: new Map(Object.entries(weights)) } : {}),
      k: 3,
    })
    .map((h) => h.id);

describe("expansion weights in the lexical search", () => {
  it("ranks the chunk of the heavier expansion first, whichever it is", () => {
    expect(search({ "foster carers": 1, "social workers": 0.25 })[0]).toBe("carers");
    expect(search({ "foster carers": 0.25, "social workers": 1 })[0]).toBe("workers");
  });

  it("scores an expansion in proportion to its weight, and leaves out one weighing 0", () => {
    const score = (w: number) =>
      index
        .search({ text: "budget", expansions: ["foster carers"], expansionWeights: new Map([["foster carers", w]]), k: 3 })
        .find((h) => h.id === "carers")?.score;
    expect(score(1)! / score(0.5)!).toBeCloseTo(2, 6);
    expect(score(0)).toBeUndefined();
  });

  it("weighs an expansion given no weight at 0.5, as before weights were learned", () => {
    const unweighted = index.search({ text: "support", expansions: ["foster carers"], k: 3 });
    const half = index.search({
      text: "support",
      expansions: ["foster carers"],
      expansionWeights: new Map([["foster carers", 0.5]]),
      k: 3,
    });
    expect(unweighted).toEqual(half);
    expect(search()).toEqual(search({ "foster carers": 0.5, "social workers": 0.5 }));
  });
});
