import { beforeAll, describe, expect, it } from "vitest";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** Each kind of question practitioners ask, answered from the shipped corpus with the sentence that holds it. */

let context: AnswerContext;
beforeAll(async () => {
  context = { snapshot: await memorySnapshot("corpus"), contacts: { urgent: null, local: null } };
});

describe("each kind of question", () => {
  it.each([
    ["acronym", "what does DREAMM stand for?", /daily risk exploitation and missing meeting/i],
    ["acronym, spelled out only by the national vocabulary", "what does PLO stand for?", /Public Law Outline/],
    ["definition", "what is the Safe Zones scheme?", /safe zones/i],
    // Two sentences say how subgroups report to the Executive (all through the Chairs Delivery Group; the health
    // subgroup directly); which leads is the fitted models' call, and either answers.
    [
      "procedure",
      "how do the KSCP subgroups report to the executive?",
      /Chairs Delivery group|reporting directly to the .{0,60}Executive group/i,
    ],
    ["date", "when did the JTAI inspection take place?", /June 2022/],
    // The number itself: the citation's date always holds digits, so /\d/ could not fail.
    ["number", "how many care leavers did the local authority have in 2016?", /\b183 care leavers\b/],
    ["grade", "what grade did inspectors give the experience and progress of care leavers in 2016?", /requires improvement/i],
  ])("%s: %s", async (_kind, question, expected) => {
    // Answered, or (below the precision-first threshold) the same sentence shown as the nearest passage.
    const a = await answer(question, context);
    expect(a.text).toMatch(expected);
    expect(a.text).toMatch(a.answered ? /^[^“]+ \(\w+ \d{4}\) says: “/ : /The nearest it comes is [^“]+ \(\w+ \d{4}\): “/);
  });

  it("abstains on a question the guidance does not answer, saying what it does mention", async () => {
    const a = await answer("what grade did the probation inspectorate give the youth offending service?", context);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say/);
  });
});
