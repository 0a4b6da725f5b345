import { describe, expect, it } from "vitest";
import { carryTopic } from "../../src/answer/followUp.js";
import type { ConversationTurn } from "../../src/answer/types.js";

const after = (...asked: string[]): ConversationTurn[] =>
  asked.flatMap((text) => [
    { role: "user" as const, text },
    { role: "assistant" as const, text: "…" },
  ]);

describe("a follow-up that names a new focus keeps the topic and swaps the focus", () => {
  it.each([
    ["what happens when children in care go missing?", "and what about care leavers?", "care leavers go missing", "children in care"],
    [
      "how are looked after children supported with their health?",
      "what about care leavers?",
      "care leavers supported with their health",
      "looked after",
    ],
    ["what training have social workers had on neglect?", "and foster carers?", "foster carers had on neglect", "social workers"],
    ["what training have social workers had on neglect?", "and what about sexual abuse?", "social workers had on sexual abuse", "neglect"],
    ["how do the police share information about missing children?", "how about schools?", "how do schools share information", "police"],
    [
      "what support is there for disabled children in early help?",
      "and for young carers?",
      "support is there for young carers in early help",
      "disabled",
    ],
    ["how many babies were subject to child protection plans?", "what about teenagers?", "how many teenagers were subject", "babies"],
    [
      "what did inspectors say about criminal exploitation of young people?",
      "and sexual exploitation?",
      "say about sexual exploitation of young people",
      "criminal",
    ],
    [
      "do GPs attend child protection conferences?",
      "but is it the same for health visitors?",
      "do health visitors attend child protection conferences",
      "GPs",
    ],
    ["how are unaccompanied asylum seeking children placed?", "and what about care leavers", "how are care leavers placed", "asylum"],
    [
      "what is the return home interview offer for children in care?",
      "ok and what about for children in need?",
      "offer for children in need",
      "in care",
    ],
    [
      "how do schools report concerns about domestic abuse?",
      "sorry daft q, and what about the police?",
      "how do police report concerns about domestic abuse",
      "schools",
    ],
  ])("%s → %s", (previous, followUp, kept, dropped) => {
    const standalone = carryTopic(after(previous), followUp);
    expect(standalone).toContain(kept);
    expect(standalone.toLowerCase()).not.toContain(dropped.toLowerCase());
  });

  it("keeps both when the previous question named nothing of the new focus's kind", () => {
    expect(carryTopic(after("what does the report say about morale?"), "and what about care leavers?")).toBe(
      "what does the report say about morale care leavers",
    );
  });
});

describe("a follow-up that adds a constraint keeps the topic and the constraint", () => {
  it.each([
    ["how many children were on child protection plans?", "in 2016?", "how many children were on child protection plans in 2016"],
    ["how many children were on child protection plans?", "and for 2022?", "how many children were on child protection plans for 2022"],
    ["what was the re-referral rate?", "and in 2022/23?", "what was the re-referral rate in 2022/23"],
    ["what did Ofsted find about supervision?", "2018?", "what did Ofsted find about supervision in 2018"],
    ["how many children went missing from care?", "what about in 2017?", "how many children went missing from care in 2017"],
    ["what was the re-referral rate in 2021?", "and for 2022?", "what was the re-referral rate for 2022"],
    ["how many children were in care in 2016?", "and in 2018?", "how many children were in care in 2018"],
    ["how many CSE referrals were there in 2021/22?", "and 2022/23?", "how many CSE referrals were there in 2022/23"],
    ["what was caseload size?", "same for 2019?", "what was caseload size in 2019"],
    ["how many children were on plans for neglect?", "and last year?", "how many children were on plans for neglect last year"],
    ["what did the inspection say about morale?", "ok, and by 2018?", "what did the inspection say about morale by 2018"],
  ])("%s → %s", (previous, followUp, standalone) => {
    expect(carryTopic(after(previous), followUp)).toBe(standalone);
  });

  it("builds a second follow-up on the first", () => {
    const history = after("what happens when children in care go missing?", "and what about care leavers?");
    expect(carryTopic(history, "in 2018?")).toBe("what happens when care leavers go missing in 2018");
  });
});

describe("other questions", () => {
  it("carries the previous question whole into one that points back", () => {
    expect(carryTopic(after("when was the JTAI on site?"), "and who was in it?")).toBe("when was the JTAI on site? and who was in it?");
  });
  it.each(["what is a strategy discussion?", "In what circumstances should a strategy discussion be held?", "who chairs the MASH?"])(
    "leaves a question that stands alone as it is: %s",
    (q) => {
      expect(carryTopic(after("how many children were on child protection plans?"), q)).toBe(q);
    },
  );
  it("with no history, returns the question", () => {
    expect(carryTopic([], "and in 2016?")).toBe("and in 2016?");
  });
});
