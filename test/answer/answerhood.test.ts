import { beforeAll, describe, expect, it } from "vitest";
import { extractAnswer } from "../../src/answer/extractive.js";
import { nearestText } from "../../src/answer/covered.js";
import { answer } from "../../src/answer/pipeline.js";
import { ANSWER_MODEL } from "../../src/answer/model/weights.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import type { Passage } from "../../src/retrieve/types.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/**
 * A reply is an answer only when its lead sentence holds the kind of thing asked for and, for a question
 * naming a year, is about that year. The model's confidence cannot overrule either: here the threshold is 0.
 */

let snapshot: PreparedIndex;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});

const sure = { ...ANSWER_MODEL, answerability: undefined, threshold: 0 };

function passage(text: string, date = "2023-06-01"): Passage {
  return {
    id: `p-${text.length}-${date}`,
    text,
    score: 1,
    source: "report.md",
    title: "Annual report",
    date,
    type: "partnership-report",
    locator: { page: null, paragraph: null, section: null },
    headingPath: [],
    alsoIn: [],
    start: 0,
    end: text.length,
  };
}

function reply(question: string, sentence: string, date?: string) {
  return extractAnswer(queryFor(snapshot, question), [passage(sentence, date)], sure);
}

describe("the answerhood check, by kind of question", () => {
  it.each([
    [
      "number",
      "how many children were subject to a child protection plan?",
      "There were 412 children subject to a child protection plan.",
      "Children subject to a child protection plan were reviewed regularly by the team.",
    ],
    [
      "rate",
      "what percentage of care leavers were in education?",
      "Of care leavers, 53% were in education, employment or training.",
      "Care leavers in education were supported by personal advisers in the service.",
    ],
    [
      "date",
      "when did the children's home open?",
      "The children's home opened in March 2021 after refurbishment.",
      "The children's home opened after a long refurbishment of the building.",
    ],
    [
      "grade",
      "what grade did the inspectors give the service for leadership?",
      "Inspectors judged leadership of the service to be good.",
      "Inspectors looked at leadership of the service across several weeks.",
    ],
    [
      "phone",
      "what is the phone number for the duty team?",
      "The duty team can be called on 01484 414960 during office hours.",
      "The duty team can be contacted during office hours by practitioners.",
    ],
    [
      "acronym",
      "what does QWERTZ stand for?",
      "The Quality Work Enabling Regional Team Zones (QWERTZ) meet monthly.",
      "The group meets monthly to review the regional team zones and their work.",
    ],
  ])("%s: answers only from a sentence that holds one", (_kind, question, holds, lacks) => {
    expect(reply(question, holds).unanswerable).toBeNull();
    const refused = reply(question, lacks);
    expect(refused.answered).toBe(false);
    expect(refused.unanswerable).toMatch(/^it (gives no|does not say|names no)/);
  });

  it("never answers a question about one year from a figure for another", () => {
    const question = "how many children were looked after at 31 March 2023?";
    const old = reply(question, "At 31 March 2016 there were 652 children looked after by the local authority.", "2016-11-01");
    expect(old.answered).toBe(false);
    expect(old.unanswerable).toMatch(/about 2016.*nothing for 2023/);
    const current = reply(question, "At 31 March 2023 there were 701 children looked after by the local authority.", "2023-06-01");
    expect(current.unanswerable).toBeNull();
    expect(current.answered).toBe(true);
  });

  it("says what the nearest passage does hold, quoted whole, and why it is not the answer", () => {
    const lead = {
      passage: passage("At 31 March 2016 there were 652 children looked after.", "2016-11-01"),
      text: "At 31 March 2016 there were 652 children looked after.",
    };
    expect(nearestText([lead], "it is about 2016, and the documents give nothing for 2023")).toBe(
      "The nearest it comes is Annual report (November 2016): “At 31 March 2016 there were 652 children looked after.”; it is about 2016, and the documents give nothing for 2023.",
    );
    expect(nearestText([lead], null)).toBeNull();
    expect(nearestText([], "it gives no number")).toBeNull();
  });
});

describe("urgent replies", () => {
  it("put nothing that does not answer under the urgent message", async () => {
    const a = await answer("a 14 year old just told me he is scared to go home tonight because his dad hits him, what do i do", {
      snapshot,
      contacts: { urgent: null, local: null },
    });
    expect(a.notices[0]?.kind).toBe("urgent");
    expect(a.answered).toBe(false);
    expect(a.closestDocuments).toEqual([]);
    expect(a.text).not.toMatch(/nearest it comes|mentions “/);
  });
});
