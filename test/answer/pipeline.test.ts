import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import { extractAnswer } from "../../src/answer/extractive.js";
import { isVerbatim } from "../../src/corpus/verbatim.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { retrieve } from "../../src/retrieve/search.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

let context: AnswerContext;

/** The sentences the extractive answerer would quote, whether or not it is sure enough to answer. */
async function leadSentences(question: string) {
  const query = queryFor(context.snapshot, question);
  return extractAnswer(query, await retrieve(context.snapshot, query, { k: 10 })).sentences;
}
beforeAll(async () => {
  context = { snapshot: await memorySnapshot("corpus"), contacts: { urgent: null, local: "KSCP business unit" } };
});

describe("answer()", () => {
  it("answers an acronym question from the defining passage, quoting verbatim with a citation", async () => {
    const a = await answer("what does DREAMM stand for", context);
    expect(a.answered).toBe(true);
    expect(a.text.toLowerCase()).toContain("daily risk exploitation and missing meeting");
    expect(a.citations[0].source).toBe("2022-08-jtai-letter-criminal-exploitation.txt");
    for (const c of a.citations) expect(isVerbatim(c.quote, readFileSync(`corpus/${c.source}`, "utf8"))).toBe(true);
    expect(a.passages.length).toBeGreaterThanOrEqual(10);
  });
  it("says the guidance does not cover a question it cannot answer, with closest documents and contacts", async () => {
    const a = await answer("what's the direct phone number for the out of hours emergency duty team?", context);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say/);
    expect(a.text).toContain("KSCP business unit");
    expect(a.closestDocuments.length).toBeGreaterThan(0);
    expect(a.citations).toEqual([]);
  });
  it("marks findings from older documents as older", async () => {
    const a = await answer("what grade did inspectors give the experience and progress of care leavers in 2016?", {
      ...context,
      now: new Date("2026-11-23"),
    });
    expect(a.notices.some((n) => n.kind === "old-document" && n.text.includes("2016"))).toBe(
      a.citations.some((c) => c.date.startsWith("2016")),
    );
    expect(a.text).toMatch(/\(\w+ \d{4}\)/);
  });
  it("reads everyday words as the documents' formal ones ('kids' are children)", async () => {
    const lead = await leadSentences("how many kids were on a CP plan at 31 March 2016?");
    expect(lead[0].text).toContain("415 children and young people");
  });
  it("quotes a sentence that says something beside an address, but not an address alone", async () => {
    const a = await answer("by what date should the partnership send the JTAI written statement of action?", context);
    expect(a.answered).toBe(true);
    expect(a.citations[0].quote).toContain("by 25 November 2022");
  });
  it("reads an acronym that names the document ('the JTAI') as where to look", async () => {
    const lead = await leadSentences("what did the JTAI find about health practitioners and exploitation?");
    expect(lead[0].passage.source).toBe("2022-08-jtai-letter-criminal-exploitation.txt");
    expect(lead.every((s) => s.text.includes("JTAI") || s.passage.source.includes("jtai"))).toBe(true);
  });
  it("never quotes a sentence that extraction broke off mid-clause", async () => {
    const lead = await leadSentences("what is the LADO?");
    for (const s of lead) expect(s.text).not.toMatch(/\balso<\/p>$/);
    expect(lead[0].text).toContain("designated officer");
  });
  it("spells out an acronym only from a sentence that names it", async () => {
    const a = await answer("what does CSPR stand for?", context);
    expect(a.answered).toBe(true);
    expect(a.citations[0].quote).toContain("Child Safeguarding Practice Review (CSPR)");
  });
  it("says nothing about a topic the guidance never mentions, however many other words match", async () => {
    const a = await answer("what is the Kirklees policy on mobile phones in children's homes?", context);
    expect(a.answered).toBe(false);
  });
  it("puts the urgent message first when a child is at immediate risk", async () => {
    const a = await answer("a 12 year old just told me her stepdad will kill her tonight, what do I do?", context);
    expect(a.notices[0].kind).toBe("urgent");
    expect(a.notices[0].text).toContain("999");
  });
  it("flags and redacts personal data before searching", async () => {
    const a = await answer("Jane Smith, aged 7, NHS number 943 476 5919 - what does CCE stand for?", context);
    expect(a.notices.some((n) => n.kind === "personal-data")).toBe(true);
    expect(a.standaloneQuestion).not.toMatch(/943|Jane/);
  });
  it("carries the topic into a short follow-up", async () => {
    const a = await answer(
      "and who was in it?",
      { ...context },
      {
        history: [
          { role: "user", text: "when was the JTAI on site?" },
          { role: "assistant", text: "…" },
        ],
      },
    );
    expect(a.standaloneQuestion).toContain("JTAI");
  });
  describe("bad input never crashes", () => {
    it.each([
      ["empty", ""],
      ["punctuation", "?!?..."],
      ["stopwords only", "what is the and of it"],
      ["10,000 characters", "contingency planning ".repeat(500)],
      ["another script", "Что сказала инспекция о планировании?"],
    ])("%s", async (_name, question) => {
      const a = await answer(question, context);
      expect(typeof a.text).toBe("string");
      if (!a.answered) expect(a.text.length + a.notices.length).toBeGreaterThan(0);
    });
  });
});

describe("answer() with a language model", () => {
  const modelReturning = (reply: () => unknown) =>
    ({ withStructuredOutput: () => ({ invoke: async () => reply() }) }) as unknown as NonNullable<AnswerContext["model"]>;

  it("uses the model's answer when every quote it gives is verified", async () => {
    const first = await answer("what does DREAMM stand for", context);
    const passage = first.passages[0];
    const quote = passage.text.match(/daily risk exploitation and missing meeting \(DREAMM\)/)![0];
    const model = modelReturning(() => ({
      answerable: true,
      claims: [{ claim: "DREAMM is the daily risk exploitation and missing meeting.", passage_id: "P1", quote }],
    }));
    const a = await answer("what does DREAMM stand for", { ...context, model });
    expect(a.answeredBy).toBe("llm");
    expect(a.citations[0].quote).toBe(quote);
  });
  it("falls back to the quoted answer, saying so, when the provider fails", async () => {
    const model = modelReturning(() => {
      throw Object.assign(new Error("503 Service Unavailable"), { status: 503 });
    });
    const a = await answer("what does DREAMM stand for", { ...context, model });
    expect(a.answered).toBe(true);
    expect(a.answeredBy).toBe("extractive");
    expect(a.notices.some((n) => n.kind === "fallback")).toBe(true);
  });
  it("never uses a model answer whose quote is not in the passages", async () => {
    const model = modelReturning(() => ({
      answerable: true,
      claims: [{ claim: "Call 0800 000 000.", passage_id: "P1", quote: "the number to call is 0800 000 000 at all times" }],
    }));
    const a = await answer("what does DREAMM stand for", { ...context, model });
    expect(a.answeredBy).toBe("extractive");
    expect(a.text).not.toContain("0800");
  });
});
