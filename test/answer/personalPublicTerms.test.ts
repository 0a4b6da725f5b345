import { beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import { findPersonalData } from "../../src/answer/guards/personalData.js";
import type { NameOptions } from "../../src/answer/guards/personalNames.js";
import { isPublicTerm } from "../../src/answer/guards/publicTerms.js";
import { withoutPersonalData } from "../../src/answer/guards/withoutPersonalData.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/**
 * Apps, charities, countries and peoples, faiths and festivals, and medicines are public names: a question naming
 * them keeps them, while a child's name beside them is still taken out.
 */

let names: NameOptions;
beforeAll(async () => {
  names = documentNameOptions(await memorySnapshot("corpus"));
});

describe("public names", () => {
  it("reads a run of listed names as public, and a person's name as not", () => {
    expect(isPublicTerm("Karma Nirvana's")).toBe(true);
    expect(isPublicTerm("Somalia Sudan")).toBe(true);
    expect(isPublicTerm("Andrew Tate")).toBe(false);
    expect(isPublicTerm("Snapchat Kayden")).toBe(false);
    // A country that is also a given name is left out of the list.
    expect(isPublicTerm("Georgia")).toBe(false);
    expect(isPublicTerm("Jordan")).toBe(false);
  });

  it.each([
    "Is Snapchat's Snap Map a risk for Year 7 pupils?",
    "A pupil says older boys contact her on TikTok and Instagram - what should I do?",
    "Should we warn parents about Roblox and Fortnite chat features?",
    "Kids are using Discord servers and Telegram groups to share images, is that a Prevent issue?",
    "Can I refer to CEOP if the grooming happened on WhatsApp or Kik?",
    "Young people meeting adults on Wizz and Yubo - guidance please",
    "Teen using Tinder, Grindr and Hinge to meet older men",
    "Minecraft and Xbox Live chat - how do parental controls work?",
    "My Year 10 class keep talking about Only Fans and Pornhub",
    "Should I signpost to Papyrus or the Samaritans for a suicidal teen?",
    "What is Karma Nirvana's helpline for forced marriage?",
    "During Ramadan a pupil is fasting and fainted, do we tell parents?",
    "Can a Sikh pupil wear a kirpan in school?",
    "A family fled Eritrea through Libya and Italy, the children are unaccompanied",
    "Roma and Gypsy Traveller children missing education - what does the guidance say?",
    "Parents give their child Calpol and Nurofen at the same time, is that neglect?",
    "Child found with Xanax and Diazepam in his bag",
    "Nitrous oxide canisters found in the park near school - who do I tell?",
    "Are Snapchat streaks a form of coercion?",
    "Christmas and Easter holidays - do CP plans still have visits?",
    "After Victoria Climbié what changed in information sharing?",
    "social work student at Leeds Beckett - can you explain Kolb's cycle?",
    "Can we use Microsoft Forms or Google Classroom to collect concerns?",
    "Is the Circle of Security programme evidence-based?",
    "What is the Toxic Trio and is it still used?",
    "Is there a Barnahus in West Yorkshire?",
    "a parent was drunk at the Nativity play, what do I do?",
  ])("leaves a question that names only public names alone: %s", (text) => {
    expect(withoutPersonalData(text, names)).toBe(text);
  });

  it.each([
    ["Kayden keeps messaging her on Snapchat", ["Kayden"]],
    ["her boyfriend Jordan sends her Xanax", ["Jordan"]],
    ["I think Georgia told me her uncle hits her", ["Georgia"]],
    ["Brook Ellis and her sister moved here from Poland", ["Brook Ellis"]],
    ["the Somali girl Hodan Warsame is 15", ["Hodan Warsame", "15"]],
  ])("still takes out the person beside them: %s", (text, personal) => {
    const found = findPersonalData(text, names).map((f) => text.slice(f.start, f.end));
    for (const p of personal) expect(found.join(" | ")).toContain(p);
  });
});
