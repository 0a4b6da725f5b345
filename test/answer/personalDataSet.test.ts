import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import { findPersonalData } from "../../src/answer/guards/personalData.js";
import type { NameOptions } from "../../src/answer/guards/personalNames.js";
import { createChatModel } from "../../src/answer/llm/chatModel.js";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";
import { startFakeOpenAI, type FakeOpenAI } from "./fakeOpenAI.js";

/** Personal data in questions: found (a labelled set), kept from the provider, and out of the search. */

interface Labelled {
  text: string;
  spans: { kind: string; text: string }[];
}
const SET: Labelled[] = readFileSync("test/answer/data/personal.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));

let snapshot: PreparedIndex;
let names: NameOptions;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
  names = documentNameOptions(snapshot);
});

/** Every letter and digit of the span lies inside some finding. */
function covered(text: string, span: string, findings: { start: number; end: number }[]): boolean {
  const at = text.indexOf(span);
  for (let i = at; i < at + span.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i]) && !findings.some((f) => f.start <= i && f.end > i)) return false;
  }
  return true;
}

describe("the labelled set of questions with personal data", () => {
  it("holds at least 60 questions, most with personal data of several kinds", () => {
    expect(SET.length).toBeGreaterThanOrEqual(60);
    expect(SET.filter((r) => r.spans.length).length).toBeGreaterThanOrEqual(45);
    expect(new Set(SET.flatMap((r) => r.spans.map((s) => s.kind))).size).toBeGreaterThanOrEqual(9);
  });

  it("finds at least 95% of the personal spans", () => {
    const spans = SET.flatMap((r) => r.spans.map((s) => ({ text: r.text, span: s.text })));
    const found = spans.filter(({ text, span }) => covered(text, span, findPersonalData(text, names)));
    expect(found.length / spans.length).toBeGreaterThanOrEqual(0.95);
  });

  it("flags nothing in questions without personal data, the officials the documents name included", () => {
    for (const r of SET.filter((row) => !row.spans.length)) expect([r.text, findPersonalData(r.text, names)]).toEqual([r.text, []]);
  });

  it("flags an official's name when the documents do not know it", () => {
    expect(findPersonalData("what did Steve Walker say in the 2016 Ofsted letter?", {}).map((f) => f.kind)).toEqual(["name"]);
  });
});

describe("the question searched and answered", () => {
  const context = (): AnswerContext => ({ snapshot, contacts: { urgent: null, local: null } });

  it.each([
    [
      "Jane Smith born 03/03/2019 has a bruise on her cheek, what does the guidance say about bruising?",
      "she has a bruise on her cheek, what does the guidance say about bruising?",
    ],
    [
      "Mohammed Khan, aged twelve, at Almondbury High School is missing, how are return home interviews done?",
      "a child is missing, how are return home interviews done?",
    ],
    ["Olivia Brown, 14, is being exploited, what does the DREAMM do?", "a child is being exploited, what does the DREAMM do?"],
    [
      "Jane Doe of 12 Acacia Avenue, HD1 2YZ, has a new baby, what is the ICON programme?",
      "a mother has a new baby, what is the ICON programme?",
    ],
    [
      "Priya Patel's mum wants early help, how do I make a request for early help?",
      "mum wants early help, how do I make a request for early help?",
    ],
    ["Kacper Nowak (11), NHS number 943 476 5919, what does the LADO do?", "what does the LADO do?"],
    [
      "Zainab Hussain, DOB 14/02/2011, disclosed FGM, is there mandatory reporting of FGM?",
      "a girl disclosed FGM, is there mandatory reporting of FGM?",
    ],
    [
      "Liam O'Connor lives at 7 Park Road, how many children were on a child protection plan in 2016?",
      "how many children were on a child protection plan in 2016?",
    ],
  ])("%s answers like the question without it", async (withData, without) => {
    const [a, b] = [await answer(withData, context()), await answer(without, context())];
    expect(a.notices.some((n) => n.kind === "personal-data")).toBe(true);
    expect(b.notices.some((n) => n.kind === "personal-data")).toBe(false);
    // Both without passages would agree on `undefined`: the question without personal data finds one. The
    // same best passage, not the same answered flag: a threshold near either confidence makes that a coin toss.
    expect(b.passages[0]?.id).toEqual(expect.any(String));
    expect(a.passages[0]?.id).toBe(b.passages[0]?.id);
    expect(a.standaloneQuestion).not.toMatch(/\[|born|new born/i);
  });
});

describe("a provider that records every request", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.replyWith = (request) =>
      request.body.response_format || request.body.tools
        ? { content: { answerable: false, claims: [] } }
        : { content: "What does the guidance say about this?" };
  });
  afterAll(() => fake.close());

  /** What the asker wrote, as sent: everything but the passages, which are the guidance's own text. */
  const askersPart = (raw: string) => {
    const body = JSON.parse(raw) as { messages: { content: string }[] };
    return body.messages.map((m) => m.content.replace(/<passages>[\s\S]*<\/passages>/, "")).join("\n");
  };

  it("never receives the personal data of the labelled set, in the question or the conversation", async () => {
    const model = createChatModel(
      { kind: "openai", apiKey: "sk-test", baseURL: fake.baseURL, model: "gpt-4o-mini" },
      { timeoutMs: 5_000, maxRetries: 0 },
    );
    const rows = SET.filter((r) => r.spans.length);
    for (const [i, row] of rows.entries()) {
      const previous = rows[(i + 1) % rows.length].text;
      const history = [
        { role: "user" as const, text: previous },
        { role: "assistant" as const, text: "An earlier answer." },
      ];
      await answer(row.text, { snapshot, contacts: { urgent: null, local: null }, model }, { history });
    }
    expect(fake.seen.length).toBeGreaterThanOrEqual(rows.length);
    const sent = fake.seen.map((s) => askersPart(s.raw)).join("\n");
    const digits = sent.replace(/\D/g, "");
    // A bare age ("9", "(8)") is too short to look for; the name it went with is looked for instead.
    for (const span of rows.flatMap((r) => r.spans).filter((s) => s.text.replace(/[^\p{L}\p{N}]/gu, "").length > 2)) {
      expect(sent.toLowerCase()).not.toContain(span.text.toLowerCase());
      const n = span.text.replace(/\D/g, "");
      if (n.length >= 6) expect(digits).not.toContain(n);
    }
  });
});
