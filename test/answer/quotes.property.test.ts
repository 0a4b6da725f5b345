import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { sentencesOf } from "../../src/answer/candidates.js";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** What a quote must never start with: a list marker, a paragraph number, a cell separator. */
const MARKER = /^\s*(?:[-•*✓▪◦–|]|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s|\(?[a-z][.)]\s)/;

const line = fc.oneof(
  fc
    .constantFrom("- ", "• ", "✓ ", "2.31 ", "(a) ", "3) ", "1. ", "| ", "")
    .chain((marker) =>
      fc
        .array(fc.constantFrom("The", "panel", "met", "monthly", "to", "review", "cases", "and", "plans"), { minLength: 3, maxLength: 12 })
        .map((w) => `${marker}${w.join(" ")}.`),
    ),
  fc
    .array(fc.constantFrom("Children looked after", "652", "Care leavers", "  ", "Number of plans"), { minLength: 2, maxLength: 4 })
    .map((cells) => `| ${cells.join(" | ")} |`),
);

describe("quotes", () => {
  it("never start with a list marker, and hold a cell separator only as a whole table row's, between cells (property)", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const text = lines.join("\n");
        for (const s of sentencesOf({ text, headingPath: [] })) {
          expect(s).not.toMatch(MARKER);
          expect(s).not.toMatch(/\t|^\||\|$/);
          // A row is quoted whole: its cells as the source has them, found on one of its lines.
          if (s.includes("|")) expect(lines.some((l) => l.trim().startsWith("|") && l.includes(s))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  let context: AnswerContext;
  beforeAll(async () => {
    context = { snapshot: await memorySnapshot("corpus"), contacts: { urgent: null, local: null } };
  });
  it.each([
    "what does CSPR stand for?",
    "which subgroups does the partnership have?",
    "what were the areas for improvement in the JTAI?",
    "what training did the partnership deliver?",
  ])("in answers from the real corpus too: %s", async (question) => {
    const a = await answer(question, context);
    for (const c of a.citations) expect(c.quote).not.toMatch(MARKER);
  });
});
