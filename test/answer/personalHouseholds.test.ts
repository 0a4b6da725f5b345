import { beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import { findPersonalData } from "../../src/answer/guards/personalData.js";
import type { NameOptions } from "../../src/answer/guards/personalNames.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/**
 * Names a question gives by their place in it rather than their shape: a family by its surname in the plural, a name
 * listed between two others, a surname said to be one, a date of birth given as a month and year.
 */

let names: NameOptions;
beforeAll(async () => {
  names = documentNameOptions(await memorySnapshot("corpus"));
});

const found = (text: string) => findPersonalData(text, names).map((f) => text.slice(f.start, f.end));

describe("names given by their place in the question", () => {
  it.each([
    ["the Wards moved on from the site last week", ["Wards"]],
    ["we live next door to the Kennedys.", ["Kennedys"]],
    ["kids are archie, poppy and freddie", ["archie", "poppy", "freddie"]],
    ["Kayden, Rose, Lily and Jaxon share a room", ["Kayden", "Rose", "Lily", "Jaxon"]],
    ["his dad (we were told his surname is Wainwright) keeps messaging me", ["Wainwright"]],
    ["new address for the Kaur family is in Halifax", ["Kaur"]],
    ["Freya Holt, DOB April 2011, has disclosed abuse", ["April 2011"]],
    ["she was born Sept '12 and is in foster care", ["Sept '12"]],
    ["patrick joyce and his brother martin are on the roadside", ["martin"]],
    ["her little bro KIAN is at Swain House Primary", ["KIAN"]],
    ["can i share info about jayden price hes 14", ["jayden price"]],
    ["Pupil number 004521 at our school", ["004521"]],
    ["they're at 9 Mount Pleasant since the eviction", ["9 Mount Pleasant"]],
    ["she lives at no. 12 the Crescent", ["no. 12 the Crescent"]],
    ["her birthday is on 14/06 and she will be 13", ["14/06"]],
    ["my client Shabana's husband Tariq hits her", ["Tariq"]],
    ["Autumn and her brother River are in care", ["Autumn", "River"]],
    ["ok so the girl is like 13 and her name is precious", ["precious"]],
    ["Nathaniel (3) attends busy bees nursery three mornings a week", ["busy bees nursery"]],
  ])("%s", (text, personal) => {
    for (const p of personal) expect(found(text).join(" | ")).toContain(p);
  });

  it.each([
    "what do the Courts say about delay in care proceedings?",
    "when is the October children's scrutiny panel?",
    "Kayden, mum and dad all attended",
    "what changed in the guidance in April 2023?",
    "Leeds, Bradford and Kirklees share a protocol",
    "his brother will be there too, is that allowed?",
    "her dad has PTSD and her mum has ASD",
    "Kayden will be there",
    "the school is at 3 sites across the town",
    "Early Help and social care both want the referral - who leads?",
    "her name is not on the register, what do I do?",
    "Do we need a DBS for volunteers at Scouts, Brownies and Rainbows?",
  ])("leaves %s without a name found where there is none", (text) => {
    const all = found(text);
    expect(all.filter((f) => !/^(?:Kayden)$/.test(f))).toEqual([]);
  });
});
