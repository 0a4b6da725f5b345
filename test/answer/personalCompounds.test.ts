import { beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import { findPersonalData } from "../../src/answer/guards/personalData.js";
import type { NameOptions } from "../../src/answer/guards/personalNames.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** A name that is also a word, opening a compound noun ("Grace period"), is the compound; before a verb it is still a name. */

let names: NameOptions;
beforeAll(async () => {
  names = documentNameOptions(await memorySnapshot("corpus"));
});

const found = (text: string) => findPersonalData(text, names).map((f) => text.slice(f.start, f.end));

describe("compound nouns that open with a name", () => {
  it.each([
    "Grace period for the return home interview - is it 72 hours?",
    "Will power alone will not stop a teen vaping",
    "Rose garden visits during contact - are they supervised?",
  ])("keeps %s", (text) => expect(found(text)).toEqual([]));

  it.each([
    ["Grace said her mum hits her", "Grace"],
    ["Rose keeps missing school", "Rose"],
    ["her sister Grace missed the period before lunch", "Grace"],
  ])("still takes out the name in %s", (text, name) => expect(found(text).join(" | ")).toContain(name));
});

describe("a word that is also a name, a place or a country, said to do what a person does", () => {
  it.each([
    ["Georgia told me her uncle hits her", "Georgia"],
    ["Chelsea says her stepdad locks her in", "Chelsea"],
    ["India wants to go home but is scared of her brother", "India"],
    ["Summer keeps running away from placement", "Summer"],
    ["Destiny has told us her mum's boyfriend hurts her", "Destiny"],
  ])("takes out the name in %s", (text, name) => expect(found(text)).toContain(name));

  it.each([
    "Ofsted says schools must keep records - for how long?",
    "Kirklees says schools must publish a policy, is that right?",
    "Paramedics said the baby was fine, do I still refer?",
    "Gran lives with them, does she need a DBS check?",
    "Mumsnet says you can refuse a home visit - is that right?",
  ])("leaves a body the guidance names alone: %s", (text) => expect(found(text)).toEqual([]));
});
