import { describe, expect, it } from "vitest";
import { queryOf, stemsOf } from "../../src/retrieve/query.js";

const lexicon = {
  idf: (t: string) => (t === "~plan" ? 1 : 3),
  expand: (text: string) => (/\bCP\b/.test(text) ? ["child protection"] : []),
  known: (w: string) => !["mobile", "phones"].includes(w.toLowerCase()),
};

describe("queryOf()", () => {
  it("analyses a question once: stems, expansions, weights, kind, years", () => {
    const q = queryOf("how many children were on a CP plan in 22/23?", lexicon);
    expect(q.stems).toEqual(stemsOf("how many children were on a CP plan in 22/23?"));
    expect(q.expansions).toEqual(["child protection"]);
    expect(q.weights.get("~plan")).toBe(1);
    expect(q.weights.get("~protect")).toBe(1.5);
    expect(q.kind).toBe("number");
    expect(q.years).toEqual(["2022", "2023"]);
  });
  it("knows a wish for recommendations and a look past the years named", () => {
    expect(queryOf("what should the partnership improve?", lexicon).recommendation).toBe(true);
    expect(queryOf("what did we do afterwards, after the 2016 inspection?", lexicon)).toMatchObject({ after: true, years: ["2016"] });
    expect(queryOf("what did the 2016 inspection find?", lexicon).after).toBe(false);
  });
  it("binds a number to its word and finds phrases the corpus never uses", () => {
    const q = queryOf("what is the policy on mobile phones under section 47?", lexicon);
    expect(q.bindings.get("~47")).toBe("~section");
    expect(q.unknownPhrase).toBe("mobile phones");
  });
  it("keeps each acronym's long forms", () => {
    expect(queryOf("CP plans", lexicon).acronymLongForms.get("~cp")).toEqual(["child protection"]);
  });
  it.each([
    ["what does DREAMM stand for?", "acronym"],
    ["what is the Safe Zones project?", "definition"],
    ["how do the subgroups report to the executive?", "procedure"],
    ["when was the JTAI on site?", "date"],
    ["who is the designated doctor?", "person"],
    ["what did inspectors find about supervision?", "finding"],
  ])("reads the kind of answer wanted: %s", (text, kind) => {
    expect(queryOf(text, lexicon).kind).toBe(kind);
  });
});
