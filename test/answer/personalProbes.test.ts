import { beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import type { NameOptions } from "../../src/answer/guards/personalNames.js";
import { withoutPersonalData } from "../../src/answer/guards/withoutPersonalData.js";
import { answer } from "../../src/answer/pipeline.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** Personal data of the shapes a tester found reaching a provider (issue 23): none survives the guard. */

let snapshot: PreparedIndex;
let names: NameOptions;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
  names = documentNameOptions(snapshot);
});

describe("personal data found by what it is", () => {
  it.each([
    ["he is in year 3 at Thornhill J&I and his dad hits him", ["Thornhill"]],
    ["she goes to Holmfirth High, her brother to Spen Valley High", ["Holmfirth", "Spen", "Valley"]],
    ["a pupil at Crow Lane J&I says her stepdad hurts her", ["Crow Lane"]],
    ["he attends Rawthorpe Junior School and is often hungry", ["Rawthorpe"]],
    ["she is in reception at Moldgreen Community Primary School", ["Moldgreen"]],
    ["a girl at St Mary's C of E is being bullied", ["Mary"]],
    ["a boy at Our Lady of Lourdes Catholic Primary told me", ["Lourdes"]],
    ["the family live at 3 Rose Cottages and the baby cries all night", ["Rose Cottages"]],
    ["he lives in flat 3 above the shop, and stays at the house on Moor End", ["flat 3", "Moor End"]],
    ["jaxon keeps missing school, what do I do?", ["jaxon"]],
    ["aaliyah begum says she is scared to go home", ["aaliyah", "begum"]],
    ["Kayden said his sister, six, was left alone", ["Kayden", "six"]],
    ["Priya told her teacher she was hit", ["Priya"]],
    ["an older boy called 'T-Bone' keeps picking him up", ["T-Bone"]],
    ["A.B. Shah is the mother's partner", ["A.B.", "Shah"]],
    ["his NI number is QQ 12 34 56 C", ["QQ", "12 34 56"]],
    ["mum's mobile is 07700 900123", ["07700", "900123"]],
    ["seven-year-old Jaxon was found wandering", ["seven", "Jaxon"]],
    // A school is the place someone is at, even when no word says a child: "at", "in", "attends".
    ["Mo Farah in Huddersfield High was sent images, what is sexting?", ["Huddersfield High"]],
    ["Lena at Mirfield Grammar School was seen with older lads", ["Mirfield Grammar"]],
    ["Jo and Sam are twins at Batley Moor Academy", ["Batley Moor"]],
    ["the dad's reference is TN 04 05 79 M, for the form", ["TN", "04 05 79", " M,"]],
  ])("%s", (text, personal) => {
    const searched = withoutPersonalData(text, names);
    for (const p of personal) expect(searched.toLowerCase(), searched).not.toContain(p.toLowerCase());
  });

  it.each([
    "what did the 2016 Ofsted inspection find about the front door?",
    "how are return home interviews done for children missing from care?",
    "what does the High Court say about deprivation of liberty?",
    "what did Ofsted say about Batley Grammar School?",
  ])("leaves a question without personal data alone: %s", (text) => {
    expect(withoutPersonalData(text, names)).toBe(text);
  });

  it.each([
    [
      "jaxon keeps missing school, when do we refer for children missing education?",
      "keeps missing school, when do we refer for children missing education?",
    ],
    [
      "aaliyah begum at Thornhill J&I has bruises, what does the guidance say about bruising?",
      "has bruises, what does the guidance say about bruising?",
    ],
  ])("%s answers like the question without it", async (withData, without) => {
    const context = { snapshot, contacts: { urgent: null, local: null } };
    const [a, b] = [await answer(withData, context), await answer(without, context)];
    expect(a.notices.some((n) => n.kind === "personal-data")).toBe(true);
    expect(a.answered).toBe(b.answered);
    expect(a.passages[0]?.id).toBe(b.passages[0]?.id);
  });
});
