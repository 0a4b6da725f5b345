import { beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import { findNames, type NameOptions } from "../../src/answer/guards/personalNames.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** Names found whatever their case, and nothing taken for a name in questions of known words alone. */

let names: NameOptions;
beforeAll(async () => {
  names = documentNameOptions(await memorySnapshot("corpus"));
});
const found = (text: string) => findNames(text, names).map((s) => text.slice(s.start, s.end));

describe("findNames", () => {
  it.each([
    ["my pupil sarah smith said her dad hits her", ["sarah smith"]],
    ["aaliyah begum told me she is scared", ["aaliyah begum"]],
    ["can i tell mr jones about it", ["mr jones"]],
    ["Kayden said he was hungry", ["Kayden"]],
    ["Kieran O'Neill was messaging her", ["Kieran O'Neill"]],
  ])("finds the name in %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "ideas for a year 6 lesson on staying safe online and not meeting strangers",
    "We've had a few worried parents at clinic, how many FGM cases involving Kirklees children were identified?",
    "what is the Clare's Law disclosure scheme?",
    "how do SWs escalate a CLA case to the IRO?",
  ])("finds none in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps an official the guidance names whole, and so leaves them in", () => {
    expect(found("what is Elaine McShane's role in the safeguarding partnership?")).toEqual([]);
  });
});
