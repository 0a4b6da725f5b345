import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, urgentFeatures } from "../../src/answer/guards/urgentFeatures.js";
import { fitUrgentModel, urgentProbability } from "../../src/answer/guards/urgentModel.js";
import { describesImmediateRisk, URGENT_MODEL, urgentMessage } from "../../src/answer/guards/urgentRisk.js";
import { toldPart } from "../../src/answer/guards/urgentModel.js";
import { PUBLIC_QUESTION_FILES } from "../../src/eval/questionFiles.js";
import { parseLabelled, URGENT_LABELLED_FILES } from "../../src/eval/urgentFolds.js";

const LABELLED = parseLabelled(readFileSync("test/answer/data/urgent.jsonl", "utf8"));
const SETS = URGENT_LABELLED_FILES.map((file) => ({ file, text: readFileSync(file, "utf8") }));

describe("the urgent-risk classifier on its labelled sets", () => {
  it("holds at least 150 questions in the first set, about half urgent, from several kinds of speaker", () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(150);
    const urgent = LABELLED.filter((r) => r.urgent).length;
    expect(urgent / LABELLED.length).toBeGreaterThan(0.4);
    expect(urgent / LABELLED.length).toBeLessThan(0.6);
    expect(new Set(LABELLED.map((r) => r.speaker)).size).toBeGreaterThanOrEqual(5);
  });

  it("ships the weights that `npm run fit:urgent` fits on the labelled sets, and says so", () => {
    const fitted = fitUrgentModel(SETS.flatMap((s) => parseLabelled(s.text)));
    const { fittedOn, ...shipped } = URGENT_MODEL;
    expect(shipped).toEqual(fitted);
    expect(fittedOn).toEqual(
      SETS.map((s) => ({
        file: s.file,
        sha256: createHash("sha256").update(s.text).digest("hex"),
        questions: parseLabelled(s.text).length,
      })),
    );
  });

  it("reads the question's words as well as its phrases", () => {
    const words = URGENT_MODEL.names.filter((n) => n.startsWith("word:"));
    expect(words.length).toBeGreaterThan(100);
    expect(URGENT_MODEL.names.slice(0, FEATURE_NAMES.length)).toEqual(FEATURE_NAMES);
  });

  it("refuses weights fitted on other phrase features than the code has", () => {
    const renamed = { ...URGENT_MODEL, names: URGENT_MODEL.names.map((n) => (n === "weapon" ? "armed" : n)) };
    expect(() => urgentProbability(renamed)).toThrow(/other phrase features.*npm run fit:urgent/);
  });
});

describe("the probes of issue #14", () => {
  it.each([
    "stepdad has a knife",
    "dad will kill mum tonight",
    "he said he'd hurt her tonight if she tells",
    "a 14 year old keeps being picked up by older men after school today",
    "pupil hasn't been seen since yesterday",
    "a teacher is sexting a year 9 pupil right now",
    "there's a party tonight where they'll give her drugs",
    "child in front of me says an older man is waiting outside school to take her right now",
  ])("urgent: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(true);
  });

  it.each([
    "Mój syn jest w niebezpieczeństwie, co mam robić?",
    "mi hija está en peligro ahora mismo",
    "بنتي في خطر الآن",
    "o meu filho está em perigo agora",
  ])("a question the guard cannot read is urgent: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(true);
  });

  it.each([
    "how many children were missing from home in 2022",
    "what did the 2016 inspection say about CSE",
    "what does DREAMM stand for",
    "who chairs the partnership's exploitation subgroup?",
    "what was the Ofsted judgement for children's services in 2016?",
  ])("an ordinary question is not flagged: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(false);
  });
});

describe("the probes of issue #23", () => {
  it.each([
    "hes here again and hes locked the door, mums passed out, i cant get out",
    "said she was 'made to' last night by her mum's boyfriend who is still at the house with her",
  ])("urgent: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(true);
  });

  it("a hypothetical question about who to tell is not flagged", () => {
    expect(describesImmediateRisk("Hypothetically, if a foster carer thinks their child is being exploited, who should they tell?")).toBe(
      false,
    );
  });
});

describe("describesImmediateRisk", () => {
  it.each([
    "a child is being hurt right now",
    "A 12 year old told me she will be killed tonight",
    "The boy has a knife and is threatening his sister",
    "My 14 year old client has been missing since last night and is at risk",
    "My neighbour's little girl is in danger",
    "A pupil is suicidal and has a plan",
    "she just told me her stepdad is hitting her",
    "What should I do? A boy has a knife and is threatening his mum right now",
    "A teenager has taken an overdose",
    "the baby is unconscious at the moment",
    "He says he is going to kill himself tonight",
    "A 15-year-old girl is too scared to go home",
  ])("urgent: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(true);
  });

  it.each([
    "what is the threshold for a strategy discussion",
    "how are missing children followed up",
    "what did Ofsted say about children at risk of exploitation",
    "what does CCE stand for",
    "is 999 the number to call",
    "What should a school do when a pupil has a knife?",
    "If a child tells me they are suicidal and have a plan, what should I do?",
    "How quickly should a strategy discussion happen when a child is at risk of significant harm?",
    "What training is there on knife crime for teachers",
    "the child is not in immediate danger but I am worried about neglect",
    "What does the procedure say about children who go missing from care?",
    "Is there a threshold for when a child is in danger?",
    "Who chairs the child death overview panel?",
  ])("not urgent: %s", (text) => {
    expect(describesImmediateRisk(text)).toBe(false);
  });
});

describe("framing against a danger here and now", () => {
  const on = (text: string, name: string) => urgentFeatures(text)[FEATURE_NAMES.indexOf(name)];

  it.each(["and what if he comes back tonight with the knife, who do I ring?", "what if she turns up now with the knife, who do we call?"])(
    "a weapon tonight outweighs 'what if' and 'who do I ring': %s",
    (text) => {
      expect([on(text, "dangerHereNow"), on(text, "hypothetical"), on(text, "framing")]).toEqual([1, 0, 0]);
      expect(describesImmediateRisk(text)).toBe(true);
    },
  );

  it.each([
    "the baby is breathing really fast and her skin is sucking in under her ribs",
    "his lips are going blue",
    "she has a rash that doesnt fade under a glass",
    "4 month old with a bulging fontanelle and a high pitched cry",
    "he keeps making a grunting noise",
  ])("a clinician's red flag of a seriously ill child is harm seen on the child: %s", (text) => expect(on(text, "injury")).toBe(1));

  it.each(["my teenager just grunts at me when I ask about homework", "she painted the bedroom walls blue"])(
    "words that only share a word with a red flag are none: %s",
    (text) => expect(on(text, "injury")).toBe(0),
  );

  it.each([
    "Y9 girl collapsed at the bus stop, not breathing, a teacher is doing CPR - can we use the defib without her parents' say-so?",
    "the baby is fitting and mum wont ring anyone, what do I do",
    "hes unresponsive after drinking something from the cupboard, do I log it first?",
    "my toddler choked on a sweet and her lips are going purple",
    "2yo choking, nothing is working",
    "newborn not breathing, dad wont ring anyone",
  ])("a child's life in danger from illness as it happens is here and now whatever the question: %s", (text) => {
    expect(on(text, "dangerHereNow")).toBe(1);
    expect(describesImmediateRisk(text)).toBe(true);
  });

  it.each([
    "what CPR training do our lunchtime staff need?",
    "a pupil had a seizure in class last week, what should her care plan say?",
    "in the first aid course today we practised chest compressions on a dummy, is a certificate needed?",
    "a pupil choked on a crisp at lunch last week, back blows worked and she is fine now, do we record it?",
    "a scenario for our first aid course: baby unresponsive, what should students check first?",
  ])("an emergency of illness told as training, past or policy is not here and now: %s", (text) =>
    expect(on(text, "dangerHereNow")).toBe(0),
  );

  it.each([
    ["found him hanging in the garage", 1],
    ["a lad hanging off the railway bridge", 1],
    ["they were hanging out at the park after school", 0],
  ])("a child hanging is in danger, hanging out is not: %s", (text, inDanger) => expect(on(text, "inDanger")).toBe(inDanger));

  it.each([
    ["the suspect left the house with the baby and is driving towards Leeds", 0],
    ["a suspect was arrested and the children are with their nan", 0],
    ["I suspect her stepdad is hurting her but she wont say", 1],
    ["we suspect there is neglect at home", 1],
  ])("a suspect is a person, while suspecting is a doubt: %s", (text, hypothetical) => expect(on(text, "hypothetical")).toBe(hypothetical));

  it("framing still lowers the risk when the danger is not here and now", () => {
    const text = "what if a pupil brings a knife to school, who do I ring?";
    expect([on(text, "dangerHereNow"), on(text, "hypothetical")]).toEqual([0, 1]);
    expect(describesImmediateRisk(text)).toBe(false);
  });

  it.each(["hes coming round", "he comes back", "she turns up", "shes on her way", "he is heading home", "he arrives"])(
    "a harm-doer arriving is where the harm-doer is now: %s",
    (text) => expect(on(text, "harmDoerHere")).toBe(1),
  );
});

describe("a message that asks and tells", () => {
  it("is read by what it tells alone too: the procedural question does not hide an emergency", () => {
    for (const text of [
      "Which form do I use for a MASH referral? She has just told me her stepdad is waiting outside the school gates with a knife.",
      "Can I share this with the police without consent? A 13 year old just messaged me that a man she met online is picking her up from the park in ten minutes.",
      "Do I record this on the system first? The baby is screaming next door and the mum is passed out drunk on the sofa.",
    ]) {
      expect(toldPart(text)).not.toBeNull();
      expect(describesImmediateRisk(text), text).toBe(true);
    }
  });

  it("is not flagged when what it tells is handled, imagined or a drill", () => {
    for (const text of [
      "Which form do I use for the accident book? He fell off the climbing frame yesterday, first aid given, he's fine now.",
      "Should I log this? A boy in my class drew a picture of a monster with a knife. He says it was from a film.",
      "What's the policy on lockdown drills? We practised one this morning and the children hid under the tables.",
    ])
      expect(describesImmediateRisk(text), text).toBe(false);
  });

  it("splits telling from asking only when a message does both", () => {
    expect(toldPart("Which form? He is outside.")).toBe("He is outside.");
    expect(toldPart("He is outside. Which form?")).toBe("He is outside.");
    expect(toldPart("He is outside with a knife.")).toBeNull();
    expect(toldPart("Which form do I use?")).toBeNull();
  });
});

describe("urgentMessage", () => {
  it("says only 999 and asks for configuration when nothing is configured", () => {
    for (const urgent of [null, "", "   "]) {
      const message = urgentMessage({ urgent });
      expect(message.startsWith("If a child is in immediate danger, call 999.")).toBe(true);
      expect(message).toContain("URGENT_CONTACTS");
      expect(message.replace("999", "")).not.toMatch(/\d/);
    }
  });

  it("puts 999 first, then the configured contacts verbatim", () => {
    const urgent = "Children's Social Care front door: 01484 414960 (out of hours 01484 414933)";
    const message = urgentMessage({ urgent });
    expect(message.indexOf("999")).toBeLessThan(message.indexOf(urgent));
    expect(message).toContain(urgent);
    expect(message).not.toContain("URGENT_CONTACTS");
  });
});

describe("a question with no sign of harm", () => {
  it("needs a surer model than one that says harm, danger or fear", () => {
    const probability = urgentProbability(URGENT_MODEL);
    const plain = "neglect toolkit";
    expect(urgentFeatures(plain)[FEATURE_NAMES.indexOf("noSignOfHarm")]).toBe(1);
    expect(describesImmediateRisk(plain)).toBe(probability(plain) >= 0.6);
    const harmed = "she says her stepdad hit her again last night";
    expect(urgentFeatures(harmed)[FEATURE_NAMES.indexOf("noSignOfHarm")]).toBe(0);
  });
});

describe("the public eval questions, none of them urgent", () => {
  const present = PUBLIC_QUESTION_FILES.every((file) => existsSync(file));

  it.skipIf(!present)("are flagged urgent at most once in a hundred: practitioners' own questions about the documents", () => {
    const questions = PUBLIC_QUESTION_FILES.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { question: string }).question),
    );
    expect(questions.length).toBeGreaterThan(300);
    expect(questions.filter((q) => describesImmediateRisk(q)).length / questions.length).toBeLessThanOrEqual(0.01);
  });
});
