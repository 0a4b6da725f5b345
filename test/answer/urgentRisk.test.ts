import { describe, expect, it } from "vitest";
import { describesImmediateRisk, urgentMessage } from "../../src/answer/guards/urgentRisk.js";

describe("describesImmediateRisk", () => {
  it.each([
    "a child is being hurt right now",
    "A 12 year old told me she will be killed tonight",
    "The boy has a knife and is threatening his sister",
    "My 14 year old client has been missing since last night and is at risk",
    "My neighbour's little girl is in danger",
    "A pupil is suicidal and has a plan",
    "she just told me her stepdad is hitting her",
    "What should I do? A boy has a knife and is threatening his mum right now",
    "A teenager has taken an overdose",
    "the baby is unconscious at the moment",
    "He says he is going to kill himself tonight",
    "A 15-year-old girl is too scared to go home",
  ])("urgent: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(true);
  });

  it.each([
    "what is the threshold for a strategy discussion",
    "how are missing children followed up",
    "what did Ofsted say about children at risk of exploitation",
    "what does CCE stand for",
    "is 999 the number to call",
    "What should a school do when a pupil has a knife?",
    "If a child tells me they are suicidal and have a plan, what should I do?",
    "How quickly should a strategy discussion happen when a child is at risk of significant harm?",
    "A girl told me she was abused last year, she is now 14",
    "What training is there on knife crime for teachers",
    "the child is not in immediate danger but I am worried about neglect",
    "What does the procedure say about children who go missing from care?",
    "Is there a threshold for when a child is in danger?",
    "Who chairs the child death overview panel?",
  ])("not urgent: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(false);
  });
});

describe("urgentMessage", () => {
  it("says only 999 and asks for configuration when nothing is configured", () => {
    for (const urgent of [null, "", "   "]) {
      const message = urgentMessage({ urgent });
      expect(message.startsWith("If a child is in immediate danger, call 999.")).toBe(true);
      expect(message).toContain("URGENT_CONTACTS");
      expect(message.replace("999", "")).not.toMatch(/\d/);
    }
  });

  it("puts 999 first, then the configured contacts verbatim", () => {
    const urgent = "Children's Social Care front door: 01484 414960 (out of hours 01484 414933)";
    const message = urgentMessage({ urgent });
    expect(message.indexOf("999")).toBeLessThan(message.indexOf(urgent));
    expect(message).toContain(urgent);
    expect(message).not.toContain("URGENT_CONTACTS");
  });
});
