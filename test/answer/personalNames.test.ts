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
    ["Priya S in 8B has said her brother checks her phone", ["Priya S"]],
    ["J.M. (DOB 22.06.2010) has disclosed cannabis use", ["J.M"]],
    ["MW, 13, disclosed at school that her uncle touched her", ["MW"]],
  ])("finds the name in %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "ideas for a year 6 lesson on staying safe online and not meeting strangers",
    "We've had a few worried parents at clinic, how many FGM cases involving Kirklees children were identified?",
    "what is the Clare's Law disclosure scheme?",
    "how do SWs escalate a CLA case to the IRO?",
    "what did the Victoria Climbié inquiry (the Laming report) recommend?",
    "how many CSE, 13 cases or more?",
    "what is the UK definition, ok to use it?",
    "what share of referrals were re-referrals, and which teams are co-located?",
    "can we put the Childline and Samaritans numbers on the posters?",
  ])("finds none in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps an official the guidance names whole, and so leaves them in", () => {
    expect(found("what is Elaine McShane's role in the safeguarding partnership?")).toEqual([]);
  });
});
