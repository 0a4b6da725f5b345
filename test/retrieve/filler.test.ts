import { beforeAll, describe, expect, it } from "vitest";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { withoutFiller } from "../../src/retrieve/filler.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { retrieve } from "../../src/retrieve/search.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

const QUESTIONS = [
  "what is a crash pad",
  "what did inspectors find about management oversight",
  "how many children were on child protection plans",
  "what does DREAMM stand for",
  "what did the joint targeted area inspection say about criminal exploitation",
  "how is the voice of the child captured in assessments",
];

/** Ways people wrap a question in Slack; `Q` is the question. */
const WRAPPINGS = [
  "sorry daft q - Q?",
  "Hi all, quick one: Q?",
  "doing an induction pack, Q?",
  "Q? need it for my slides",
  "one of my families asked me, Q?",
  "asking for a colleague - Q",
  "sorry if this is a silly question but Q?",
  "I'm new to the team. Q?",
  "Q, thanks in advance!",
  "quick q... Q?",
  "putting together a training session for new starters - Q?",
  "my manager asked me to find out: Q",
  "Hiya. Not sure if this is the right place to ask. Q?",
  "random one, Q? cheers",
  "does anyone know Q?",
  "Q? just wondering, no rush",
  "apologies for the basic question, Q? x",
];

describe("withoutFiller()", () => {
  it.each([
    ["sorry daft q - what is a crash pad?", "what is a crash pad?"],
    ["doing an induction pack, what is a strategy discussion?", "what is a strategy discussion?"],
    ["what is a strategy discussion? need it for my slides", "what is a strategy discussion?"],
    ["one of my families is sofa surfing, what can housing offer?", "is sofa surfing, what can housing offer?"],
    ["asking for a colleague - who chairs the MASH", "who chairs the MASH"],
    ["one of my families asked me, what is a crash pad?", "what is a crash pad?"],
    ["two of our parents have asked us what early help is", "what early help is"],
  ])("%s → %s", (typed, focus) => {
    expect(withoutFiller(typed).focus).toBe(focus);
  });
  it("leaves a question with no chat untouched", () => {
    for (const q of ["what is a crash pad?", "what did the induction pack for new social workers include?", "how are families supported?"])
      expect(withoutFiller(q)).toEqual({ focus: q, filler: [] });
  });
  it("keeps the words that are the question's own topic", () => {
    expect(withoutFiller("what does the report say about induction for new social workers?").focus).toContain("induction");
    expect(withoutFiller("sorry, what training did taxi drivers get?").focus).toBe("what training did taxi drivers get?");
  });
  it("never leaves nothing: chat alone is searched as typed", () => {
    expect(withoutFiller("sorry daft q").focus).toBe("sorry daft q");
  });
  it("the query searches the focus and keeps what was typed", () => {
    const q = queryFor(snapshot, "sorry daft q, doing an induction pack - what is a crash pad?");
    expect(q.text).toBe("what is a crash pad?");
    expect(q.typed).toMatch(/^sorry daft q/);
    expect(q.filler.length).toBeGreaterThan(0);
  });
});

let snapshot: PreparedIndex;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});

describe("chit-chat never outweighs the question (real corpus)", () => {
  const top = async (text: string) => (await retrieve(snapshot, queryFor(snapshot, text), { k: 1 }))[0]?.id;
  it.each(QUESTIONS)("every wrapping of “%s” finds the plain question's top passage", async (question) => {
    const plain = await top(question);
    expect(plain).toBeDefined();
    for (const wrapping of WRAPPINGS) expect(await top(wrapping.replace("Q", question)), wrapping).toBe(plain);
  });
  it("the chat words alone would have pulled retrieval elsewhere", async () => {
    // Without the stripping, the wrapping's own words change the top passage for at least one question.
    const moved = [];
    for (const q of QUESTIONS) {
      const raw = (await snapshot.lexical.search({ text: `doing an induction pack for my slides about families, ${q}`, k: 1 }))[0]?.id;
      if (raw !== (await top(q))) moved.push(q);
    }
    expect(moved.length).toBeGreaterThan(0);
  });
});
