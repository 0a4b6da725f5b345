import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, Citation, Notice, NoticeKind } from "../../src/answer/types.js";
import {
  decodeFeedbackRef,
  encodeFeedbackRef,
  MAX_ACTION_ID,
  MAX_ACTIONS_ELEMENTS,
  MAX_BLOCKS_PER_MESSAGE,
  MAX_BLOCKS_PER_VIEW,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_FALLBACK_TEXT,
  MAX_HEADER_TEXT,
  MAX_MODAL_TITLE,
  MAX_SECTION_TEXT,
  renderAnswer,
} from "../../src/slack/render/answerBlocks.js";
import { escapeMrkdwn, splitText } from "../../src/slack/render/mrkdwn.js";
import { homeView, passageModal } from "../../src/slack/render/views.js";
import { answeredWithTwoCitations, notAnswered, STATUS, withNotices } from "./fakeService.js";

const NOW = new Date("2025-06-01T00:00:00Z");

describe("renderAnswer", () => {
  it('shows an undated document as "date unknown", in the blocks, the fallback text, the passage modal and the home tab', () => {
    const answer = answeredWithTwoCitations("q");
    const undated = { ...answer, citations: answer.citations.map((c) => ({ ...c, date: "" })), closestDocuments: [] };
    const { text, blocks } = renderAnswer(undated, { questionId: "qid", now: NOW });
    expect(JSON.stringify(blocks)).toContain("date unknown");
    expect(text).toContain("(date unknown)");
    const modal = passageModal(
      { source: "a.txt", title: "A", date: "", locator: { page: null, paragraph: null, section: null }, text: "t" },
      NOW,
    );
    expect(JSON.stringify(modal)).toContain("date unknown");
    const home = homeView({ status: { ...STATUS, documents: STATUS.documents.map((d) => ({ ...d, date: "" })) }, counts: null, now: NOW });
    expect(JSON.stringify(home)).toContain("(date unknown)");
  });

  it("shows the answer, numbered sources with dates, locators, links and Show passage buttons", () => {
    const { text, blocks } = renderAnswer(answeredWithTwoCitations("q"), { questionId: "qid", now: NOW });
    const json = JSON.stringify(blocks);
    expect(text).toContain("professional curiosity");
    expect(json).toContain("*1. Joint targeted area inspection");
    expect(json).toContain("section “Areas for improvement”, paragraph 12, page 3");
    expect(json).toContain("<https://example.org/jtai.pdf|Open the document>");
    expect(json).toContain("25 November 2016 · _older document_");
    expect(json).not.toContain("2022-08-18 · _older document_");
    expect(json).toContain('"value":"chunk-ofsted-7"');
    expect(json).toContain("feedback_helpful");
    expect(json).not.toContain("share_answer");
  });

  it("puts the urgent notice first and the personal data notice in a context block", () => {
    const { blocks } = renderAnswer(withNotices("q"), { questionId: "qid", now: NOW, shareable: true });
    expect(JSON.stringify(blocks[0])).toContain("call 999");
    const context = blocks.find((b) => b.type === "context" && JSON.stringify(b).includes(":lock:"));
    expect(JSON.stringify(context)).toContain("Please don't share identifiable details here.");
    expect(JSON.stringify(blocks)).toContain("share_answer");
  });

  it("says plainly when the guidance does not answer, with the closest documents and contacts", () => {
    const { blocks } = renderAnswer(notAnswered("q"), { questionId: "qid", now: NOW });
    const json = JSON.stringify(blocks);
    expect(json).toContain("The local guidance doesn't say.");
    expect(json).toContain("Closest documents");
    expect(json).toContain("Joint targeted area inspection of Kirklees (18 August 2022)");
    expect(json).toContain("business unit");
    expect(json).not.toContain("*Sources*");
  });

  it("never lets text ping a channel or form a link", () => {
    const answer = { ...answeredWithTwoCitations("q"), text: "Tell <!channel> and @here and <https://evil.example|click> & co" };
    const { text, blocks } = renderAnswer(answer, { questionId: "qid", now: NOW });
    for (const out of [text, JSON.stringify(blocks)]) {
      expect(out).not.toContain("<!channel>");
      expect(out).not.toMatch(/@here\b/);
      expect(out).not.toContain("<https://evil");
    }
  });

  it("round-trips the feedback reference and keeps it within a button value", () => {
    const ref = { questionId: "qid", chunkIds: Array.from({ length: 300 }, (_, i) => `chunk-${i}`), files: ["a.txt"] };
    const value = encodeFeedbackRef(ref);
    expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    const back = decodeFeedbackRef(value)!;
    expect(back.questionId).toBe("qid");
    expect(back.chunkIds.length).toBeGreaterThan(10);
    expect(decodeFeedbackRef("not json")).toBeNull();
  });
});

describe("splitText", () => {
  it("splits at paragraph and sentence boundaries within the limit", () => {
    const sentence = "This is one sentence of guidance. ";
    const text = `${sentence.repeat(60)}\n\n${sentence.repeat(60)}`;
    const pieces = splitText(text, 1000);
    expect(pieces.every((p) => p.length <= 1000)).toBe(true);
    expect(pieces.every((p) => p.endsWith("."))).toBe(true);
    expect(pieces.join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " ").trim());
  });

  it("never cuts inside an escaped entity", () => {
    const pieces = splitText(escapeMrkdwn("&".repeat(2000)), 3000);
    expect(pieces.every((p) => /^(&amp;)+$/.test(p))).toBe(true);
  });
});

const oddText = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.string({ unit: "grapheme", maxLength: max }),
    fc.stringMatching(/^[&<>@!|*_~`\n .a-z]{0,80}$/).map((s) => s.repeat(1 + Math.floor(max / 100))),
  );

const citationArb: fc.Arbitrary<Citation> = fc.record({
  chunkId: fc.string({ minLength: 1, maxLength: 2500 }),
  source: oddText(300),
  title: oddText(600),
  date: fc.oneof(fc.constant("2016-11-25"), fc.constant("2024-01-01"), oddText(50)),
  url: fc.option(fc.oneof(fc.webUrl(), oddText(200)), { nil: undefined }),
  locator: fc.record({
    page: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    paragraph: fc.option(oddText(200), { nil: null }),
    section: fc.option(oddText(2000), { nil: null }),
  }),
  quote: oddText(5000),
});

const noticeArb: fc.Arbitrary<Notice> = fc.record({
  kind: fc.constantFrom<NoticeKind>("urgent", "personal-data", "old-document", "fallback", "not-covered", "input"),
  text: oddText(4000),
});

const answerArb: fc.Arbitrary<Answer> = fc.record({
  question: fc.string(),
  standaloneQuestion: fc.string(),
  answered: fc.boolean(),
  text: oddText(40_000),
  citations: fc.array(citationArb, { maxLength: 60 }),
  notices: fc.array(noticeArb, { maxLength: 25 }),
  passages: fc.constant([]),
  closestDocuments: fc.array(fc.record({ source: oddText(100), title: oddText(800), date: oddText(20) }), { maxLength: 40 }),
  answeredBy: fc.constantFrom("extractive" as const, "llm" as const, "none" as const),
});

/** Every Slack limit on one message or view. */
function checkLimits(blocks: any[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of blocks) {
    if (block.type === "section") {
      expect(block.text.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      expect(block.text.text.length).toBeGreaterThan(0);
    }
    if (block.type === "header") expect(block.text.text.length).toBeLessThanOrEqual(MAX_HEADER_TEXT);
    if (block.type === "context") {
      expect(block.elements.length).toBeLessThanOrEqual(MAX_CONTEXT_ELEMENTS);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    }
    if (block.type === "actions") expect(block.elements.length).toBeLessThanOrEqual(MAX_ACTIONS_ELEMENTS);
    for (const el of [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])]) {
      if (el.type !== "button") continue;
      expect(el.text.text.length).toBeLessThanOrEqual(MAX_BUTTON_TEXT);
      expect((el.value ?? "").length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
      expect(el.action_id.length).toBeLessThanOrEqual(MAX_ACTION_ID);
    }
  }
  expect(
    new Set(
      blocks
        .flatMap((b) => [...(b.elements ?? []), b.accessory])
        .filter((e) => e?.action_id)
        .map((e) => e.action_id),
    ).size,
  ).toBe(blocks.flatMap((b) => [...(b.elements ?? []), b.accessory]).filter((e) => e?.action_id).length);
}

describe("Slack limits (property)", () => {
  it("holds for any answer: long texts, many citations, odd characters", () => {
    fc.assert(
      fc.property(answerArb, fc.boolean(), (answer, shareable) => {
        const { text, blocks } = renderAnswer(answer, { questionId: "0b5c3a4e-8d3f-4b8e-9d1e-2f1c0a9b8c7d", now: NOW, shareable });
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(MAX_FALLBACK_TEXT);
        checkLimits(blocks, MAX_BLOCKS_PER_MESSAGE);
      }),
      { numRuns: 150 },
    );
  });

  it("holds for the passage modal and the home view", () => {
    fc.assert(
      fc.property(citationArb, oddText(60_000), (c, text) => {
        const view = passageModal({ ...c, text }, NOW);
        expect(view.type === "modal" && view.title.text.length).toBeLessThanOrEqual(MAX_MODAL_TITLE);
        checkLimits(view.blocks, MAX_BLOCKS_PER_VIEW);
      }),
      { numRuns: 60 },
    );
    const many = {
      ...STATUS,
      documents: Array.from({ length: 3000 }, (_, i) => ({ ...STATUS.documents[0], title: `Document ${i} `.repeat(20) })),
    };
    checkLimits(homeView({ status: many, counts: { helpful: 1, not_helpful: 2, total: 3 }, now: NOW }).blocks, MAX_BLOCKS_PER_VIEW);
  });
});
