import { describe, expect, it } from "vitest";
import type { Answer, Citation } from "../../src/answer/types.js";
import { answerView, whereText } from "../../src/answer/view.js";
import { formatDate as dateText } from "../../src/corpus/dates.js";
import { renderAnswer as renderTerminal } from "../../src/cli/renderAnswer.js";
import { renderAnswer as renderSlack } from "../../src/slack/render/answerBlocks.js";

const now = new Date("2026-12-01");
const cite = (quote: string, section: string | null, paragraph: string | null, date = "2022-08-18"): Citation => ({
  chunkId: `c-${quote.length}`,
  source: "jtai.txt",
  title: "Joint targeted area inspection",
  date,
  locator: { page: 3, paragraph, section },
  quote,
});
const base: Answer = {
  question: "q",
  standaloneQuestion: "q",
  answered: true,
  text: "The JTAI letter (August 2022) says: “A.” “B.”",
  citations: [cite("A.", "Areas for improvement", "12"), cite("B.", "Areas for improvement", "14"), cite("C.", "Strengths", null)],
  notices: [
    { kind: "old-document", text: "old" },
    { kind: "personal-data", text: "pd" },
    { kind: "urgent", text: "If a child is in immediate danger, call 999." },
    { kind: "fallback", text: "fb" },
  ],
  passages: [],
  closestDocuments: [],
  answeredBy: "extractive",
};

describe("answerView()", () => {
  it("puts the urgent message first and the other notices in one order", () => {
    const view = answerView(base, now);
    expect(view.urgent).toBe("If a child is in immediate danger, call 999.");
    expect(view.notices.map((n) => n.kind)).toEqual(["personal-data", "fallback", "old-document"]);
  });
  it("gathers quotes of one document section under one source, with every paragraph named", () => {
    const view = answerView(base, now);
    expect(view.sources).toHaveLength(2);
    expect(view.sources[0]).toMatchObject({
      quotes: ["A.", "B."],
      where: "section “Areas for improvement”, paragraphs 12 and 14, page 3",
      date: "18 August 2022",
    });
    expect(view.sources[1].where).toBe("section “Strengths”, page 3");
  });
  it("says 'date unknown' for an undated document and never calls it older", () => {
    const view = answerView({ ...base, citations: [cite("A.", null, null, "")] }, now);
    expect(view.sources[0]).toMatchObject({ date: "date unknown", older: false });
    expect(dateText("not a date")).toBe("date unknown");
  });
  it("names a place in a document in words", () => {
    expect(whereText({ page: 4, paragraph: "2.31", section: "Help" })).toBe("section “Help”, paragraph 2.31, page 4");
    expect(whereText({ page: null, paragraph: null, section: null })).toBe("");
  });
});

describe("every surface lays out the same view", () => {
  it("shows the same dates, places and urgent line first in Slack and the terminal", () => {
    const terminal = renderTerminal(base, now);
    const slack = JSON.stringify(renderSlack(base, { questionId: "q", now }).blocks);
    for (const text of ["18 August 2022", "paragraphs 12 and 14"]) {
      expect(terminal).toContain(text);
      expect(slack).toContain(text);
    }
    expect(terminal.startsWith("!! If a child is in immediate danger, call 999.")).toBe(true);
    expect(slack.indexOf("call 999")).toBeLessThan(slack.indexOf("The JTAI letter"));
    expect(slack).not.toContain("2022-08-18");
  });
});
