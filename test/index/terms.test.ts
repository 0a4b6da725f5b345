import { describe, expect, it } from "vitest";
import { contentTerms, termsOf } from "../../src/index/terms.js";

describe("search terms", () => {
  it("indexes a word as written and as its stem", () => {
    expect(termsOf("Inspections")).toEqual(["inspections", "~inspect"]);
  });
  it("drops function words and the words people chat with, which a report's idf would count as telling", () => {
    expect(contentTerms("roughly how much did they actually say about caseloads?")).toEqual(["caseloads", "~caseload"]);
    expect(contentTerms("how many children were really placed out of area")).toEqual([
      "children",
      "~children",
      "placed",
      "~place",
      "area",
      "~area",
    ]);
  });
});
