import { describe, expect, it } from "vitest";
import { coveredText } from "../../src/answer/covered.js";
import { queryOf } from "../../src/retrieve/query.js";
import type { Passage } from "../../src/retrieve/types.js";

const lexicon = { idf: (t: string) => (t === "~child" ? 0.5 : 2), expand: () => [], known: () => true };
const passage = (text: string, date = "2023-09-30"): Passage => ({
  id: "p1",
  text,
  score: 1,
  source: "report.md",
  title: "Partnership Assurance Report 2022/2023",
  publisher: "The Partnership",
  date,
  type: "partnership-report",
  locator: { page: null, paragraph: null, section: null },
  headingPath: [],
  alsoIn: [],
  start: 0,
  end: text.length,
});

describe("coveredText()", () => {
  it("names the nearest document and the run of the question's words it holds", () => {
    const q = queryOf("how many children were on child protection plans in 2022/23?", lexicon);
    expect(coveredText(q, [passage("Child protection plans by category of abuse.")])).toBe(
      "Partnership Assurance Report 2022/2023 (September 2023) mentions “child protection plans”, but not in a way that answers this.",
    );
  });
  it("says nothing when the document holds none of the question's words, or there is no document", () => {
    const q = queryOf("what is the policy on mobile phones?", lexicon);
    expect(coveredText(q, [passage("Training was delivered to 1000 staff.")])).toBeNull();
    expect(coveredText(q, [])).toBeNull();
  });
  it("does not invent a date for an undated document", () => {
    const q = queryOf("what about child protection plans?", lexicon);
    expect(coveredText(q, [passage("Child protection plans rose.", "")])).toMatch(/^Partnership Assurance Report 2022\/2023 mentions/);
  });
});
