import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatModel } from "../../src/answer/llm/chatModel.js";
import { meaningChanges } from "../../src/answer/llm/claimMeaning.js";
import { checkAnswer, MAX_ANSWER_CHARS } from "../../src/answer/llm/llmAnswer.js";
import { answer } from "../../src/answer/pipeline.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import type { Passage } from "../../src/retrieve/types.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";
import { startFakeOpenAI, type FakeOpenAI } from "./fakeOpenAI.js";

/** A claim keeps its quote's meaning: its negation, modals, quantities, years and the bodies it names. */

const QUOTE = "The overall capacity of the fostering service has been reduced over the past year";
const TEXT = `${QUOTE}. Practitioners should refer concerns to the MASH within 24 hours. Inspectors found that five of the six plans were sound. The plan was not reviewed at the meeting.`;
const passage = { id: "c1", text: TEXT, source: "a.txt", title: "Fostering report", date: "2019-05-01" } as Passage;
const context = { question: "What happened to fostering capacity?", instructions: [] };
const check = (claims: { claim: string; quote: string }[]) =>
  checkAnswer({ answerable: true, claims: claims.map((c) => ({ ...c, passage_id: "P1" })) }, [passage], context);

describe("a claim that changes its quote's meaning fails", () => {
  it.each([
    ["adds a negation", "The overall capacity of the fostering service has not been reduced over the past year.", QUOTE],
    ["drops a negation", "The plan was reviewed at the meeting.", "The plan was not reviewed at the meeting"],
    [
      "negates a finding",
      "Inspectors did not find that five of the six plans were sound.",
      "Inspectors found that five of the six plans were sound",
    ],
    [
      "changes a modal",
      "Practitioners must refer concerns to the MASH within 24 hours.",
      "Practitioners should refer concerns to the MASH within 24 hours",
    ],
    [
      "drops a modal",
      "Practitioners refer concerns to the MASH within 24 hours.",
      "Practitioners should refer concerns to the MASH within 24 hours",
    ],
    [
      "changes a quantity",
      "Practitioners should refer concerns to the MASH within 48 hours.",
      "Practitioners should refer concerns to the MASH within 24 hours",
    ],
    [
      "changes a number word",
      "Inspectors found that six of the six plans were sound.",
      "Inspectors found that five of the six plans were sound",
    ],
    [
      "adds a quantifier",
      "Inspectors found that all of the six plans were sound.",
      "Inspectors found that five of the six plans were sound",
    ],
    ["changes a year", "In 2021 the overall capacity of the fostering service has been reduced.", QUOTE],
    [
      "changes a named body",
      "Practitioners should refer concerns to Ofsted within 24 hours.",
      "Practitioners should refer concerns to the MASH within 24 hours",
    ],
  ])("%s", (_what, claim, quote) => {
    expect(meaningChanges(claim, quote, `${passage.title} ${passage.date}`)).not.toEqual([]);
    expect(check([{ claim, quote }])).toMatchObject({ ok: false, reason: "failed-checks" });
  });

  it.each([
    ["in the quote's own words", QUOTE, QUOTE],
    [
      "reported, with the document's year",
      "In 2019, the report says the overall capacity of the fostering service has been reduced.",
      QUOTE,
    ],
    [
      "keeping its modal and number",
      "Practitioners should refer concerns to the MASH within 24 hours.",
      "Practitioners should refer concerns to the MASH within 24 hours",
    ],
  ])("passes a claim %s", (_what, claim, quote) => {
    expect(meaningChanges(claim, quote, `${passage.title} ${passage.date}`)).toEqual([]);
    expect(check([{ claim, quote }]).ok).toBe(true);
  });
});

describe("the text the claims make", () => {
  it("says a repeated claim once, and stays within the length cap", () => {
    const result = check(Array.from({ length: 150 }, () => ({ claim: QUOTE, quote: QUOTE })));
    expect(result.ok && result.text.split(QUOTE).length - 1).toBe(1);
    const many = check(Array.from({ length: 150 }, (_, i) => ({ claim: `${QUOTE} (${i % 2 ? "again" : "once more"})`, quote: QUOTE })));
    if (many.ok) expect(many.text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  });

  it.each([
    "<!here>",
    "<!channel>",
    "<!everyone>",
    "<@U0123ABCD>",
    "<#C0123ABCD|general>",
    "<https://evil.example|click here>",
    "<!subteam^S012>",
  ])("never holds the Slack control sequence %s", (control) => {
    const result = check([{ claim: `${control} ${QUOTE}`, quote: QUOTE }]);
    const text = result.ok ? result.text : "";
    expect(text).not.toMatch(/[<>]|!here|!channel|@U0|#C0|evil/);
  });
});

describe("against the fake OpenAI-compatible server", () => {
  let fake: FakeOpenAI;
  let snapshot: PreparedIndex;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    snapshot = await memorySnapshot("corpus");
  });
  afterAll(() => fake.close());

  it("never shows a claim that negates its quote: the extractive answer is shown, with a notice", async () => {
    const negated: string[] = [];
    fake.replyWith = (request) => {
      const prompt: string = request.body.messages.map((m: { content: string }) => m.content).join("\n");
      const p1 = /<passage id="P1"[^>]*>\n([\s\S]*?)\n<\/passage>/.exec(prompt)?.[1] ?? "";
      const quote = p1.split(/(?<=\.)\s+/).find((s) => / (?:is|are|was|were|has|have) /.test(s) && s.split(" ").length > 6) ?? p1;
      const claim = quote.replace(/ (is|are|was|were|has|have) /, " $1 not ");
      negated.push(claim);
      return { content: { answerable: true, claims: [{ claim, quote: quote.replace(/\.$/, ""), passage_id: "P1" }] } };
    };
    const model = createChatModel(
      { kind: "openai", apiKey: "sk-test", baseURL: fake.baseURL, model: "gpt-4o-mini" },
      { timeoutMs: 5_000, maxRetries: 0 },
    );
    const a = await answer("What did the inspection find about fostering?", { snapshot, contacts: { urgent: null, local: null }, model });
    expect(fake.seen.length).toBeGreaterThan(0);
    expect(a.answeredBy).toBe("extractive");
    expect(a.notices.map((n) => n.kind)).toContain("fallback");
    expect(negated.length).toBeGreaterThan(0);
    for (const claim of negated) expect(a.text).not.toContain(claim.slice(0, 60));
  });
});
