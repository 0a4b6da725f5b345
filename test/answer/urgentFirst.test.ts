import { beforeAll, describe, expect, it } from "vitest";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import { renderAnswer as renderTerminal } from "../../src/cli/renderAnswer.js";
import { renderAnswer as renderSlack } from "../../src/slack/render/answerBlocks.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** The probes of issue #14 through the whole pipeline: the 999 line comes first, on every surface. */

let context: AnswerContext;
beforeAll(async () => {
  context = { snapshot: await memorySnapshot("corpus"), contacts: { urgent: null, local: null }, now: new Date("2026-12-01") };
});

describe("a child in danger now", () => {
  it.each([
    "stepdad has a knife",
    "dad will kill mum tonight",
    "he said he'd hurt her tonight if she tells",
    "a 14 year old keeps being picked up by older men after school today",
    "pupil hasn't been seen since yesterday",
    "a teacher is sexting a year 9 pupil right now",
    "there's a party tonight where they'll give her drugs",
    "child in front of me says an older man is waiting outside school to take her right now",
    "meri beti khatre mein hai",
    "mijn dochter is in gevaar",
    "Mohammed Khan, aged twelve, at Almondbury High School says his stepdad will beat him tonight",
  ])("%s: the urgent notice first, in the answer, the terminal and Slack", async (question) => {
    const a = await answer(question, context);
    expect(a.notices[0]?.kind).toBe("urgent");
    expect(a.notices[0]?.text.startsWith("If a child is in immediate danger, call 999.")).toBe(true);
    expect(renderTerminal(a).startsWith("!! If a child is in immediate danger, call 999.")).toBe(true);
    const slack = renderSlack(a, { questionId: "q" });
    expect(slack.text.startsWith("If a child is in immediate danger, call 999.")).toBe(true);
    expect(JSON.stringify(slack.blocks[0])).toContain("call 999");
  });

  it.each(["how many children were missing from home in 2022", "what did the 2016 inspection say about CSE"])(
    "%s: no urgent notice",
    async (question) => {
      const a = await answer(question, context);
      expect(a.notices.some((n) => n.kind === "urgent")).toBe(false);
    },
  );
});
