import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, urgentFeatures } from "../../src/answer/guards/urgentFeatures.js";
import { toldPart, urgentClassifier } from "../../src/answer/guards/urgentModel.js";

/**
 * A message that says its own danger is over, handled, play or past is not made urgent by the readings that
 * bypass the model's weighing: the danger here and now, and what the message tells read without its asking.
 */

const on = (text: string, name: string) => urgentFeatures(text)[FEATURE_NAMES.indexOf(name)];

/** A model with the given intercept and a weight on "?": the readings under test, with the weighing held still. */
function model(intercept: number, asking = 0) {
  const names = [...FEATURE_NAMES, "word:?"];
  return {
    names,
    means: names.map(() => 0),
    scales: names.map(() => 1),
    weights: names.map((n) => (n === "word:?" ? asking : 0)),
    intercept,
  };
}

describe("a danger here and now", () => {
  const isUrgent = urgentClassifier(model(-20));

  it("is urgent whatever the model weighs", () => {
    const text = "He has a knife in the playground right now";
    expect(on(text, "dangerHereNow")).toBe(1);
    expect(isUrgent(text)).toBe(true);
  });

  it.each([
    ["handled", "He had a knife in the playground this morning and has been arrested"],
    ["play", "He has a toy knife in the playground right now, playing pirates"],
    ["past", "He had a knife in the playground this morning, back in 2019"],
    ["doubt", "He has a knife in the playground right now, do I need to log it?"],
  ])("is left to the model when the message says it is %s", (name, text) => {
    expect([on(text, "dangerHereNow"), on(text, name)]).toEqual([1, 1]);
    expect(isUrgent(text)).toBe(false);
  });
});

describe("a danger here and now hurt in sport", () => {
  const isUrgent = urgentClassifier(model(-20));

  it("is left to the model: a ball or a tackle hurts, nobody does", () => {
    const text = "He took a ball to the face at nets tonight, blood everywhere, his dad is here";
    expect([on(text, "dangerHereNow"), on(text, "mishap")]).toEqual([1, 1]);
    expect(isUrgent(text)).toBe(false);
  });

  it("is urgent still when a child's life is in danger", () => {
    const text = "Knocked out in a tackle tonight and he is not breathing, his dad is here";
    expect([on(text, "medicalEmergency"), on(text, "mishap")]).toEqual([1, 1]);
    expect(isUrgent(text)).toBe(true);
  });

  it("is not read into harm done by someone", () => expect(on("his stepdad tackled him to the floor tonight", "mishap")).toBe(0));
});

describe("a message that says others have dealt with it", () => {
  // Every question reads 0.5: above the plain threshold, below the surer one.
  const isUrgent = urgentClassifier(model(0));

  it("needs a surer model", () => {
    const handled = "He hit her this morning and has been arrested";
    expect([on(handled, "handled"), on(handled, "dangerHereNow"), on(handled, "noSignOfHarm")]).toEqual([1, 0, 0]);
    expect(isUrgent(handled)).toBe(false);
    expect(isUrgent("He hit her this morning")).toBe(true);
  });
});

describe("what a message tells, read without its asking", () => {
  // Sure of any telling, and unsure of anything that asks.
  const isUrgent = urgentClassifier(model(20, -40));

  it("makes the message urgent on its own", () => {
    const text = "Which form do I use? He is outside with a knife.";
    expect(toldPart(text)).toBe("He is outside with a knife.");
    expect(isUrgent(text)).toBe(true);
  });

  it.each([
    ["reassured", "Which form do I use? He was outside with a knife, police took it and he is safe now."],
    ["handled", "Which form do I use? He was outside with a knife and has been arrested."],
    ["play", "Which form do I use? He is outside with a toy knife, playing pirates."],
    ["past", "Which form do I use? He was outside with a knife years ago."],
  ])("does not when it says the danger is %s", (name, text) => {
    expect(on(toldPart(text)!, name)).toBe(1);
    expect(isUrgent(text)).toBe(false);
  });
});

describe("what says the danger is over", () => {
  it.each([
    ["reassured", "Knife found in his locker this morning, nobody was hurt"],
    ["reassured", "A knife was pulled at the bus stop today, no one got injured"],
    ["reassured", "She cut her arm at lunch today and she is settled"],
    ["reassured", "Where can she get help? Her partner hit her last night. They have no children."],
    ["reassured", "He smashed the windows this morning, no kids in the house"],
    ["reassured", "She flies out for the wedding tonight and she's really excited"],
    ["reassured", "Our 3yo wandered off at the park this afternoon, found him by the swings within a minute"],
    ["handled", "He had a knife at the gate this morning, police attended"],
    ["handled", "He had a knife at the gate this morning, police came"],
    ["handled", "She burned her hand on the oven today, the GP saw her"],
    ["handled", "He cut his head in the playground today, staff dressed it"],
    ["handled", "Hospital did the medical today and concluded the burn was accidental"],
    ["past", "He hit his sister with a belt last Christmas"],
    ["reassured", "He told the class his uncle will kidnap him and everyone found it hilarious"],
    ["reassured", "His dad says he will kill him if he misses, both grinning, it is a running joke"],
    ["laughter", "my brother says he will stab me if i eat his chocolate lol"],
    ["reassured", "He cut his knee on the fence at lunch today, all fine"],
    ["reassured", "She had a nosebleed in class this morning, sorted with the first aider"],
    ["reassured", "Her baby has a red patch on his neck, the health visitor said it's common"],
    ["reassured", "Home visit this morning, baby has a cold, nothing else of note"],
    ["reassured", "He keeps saying he will kill his sister when she takes his charger, normal sibling stuff?"],
    ["reassured", "She told the others a monster is locked in the shed. Just kids being kids?"],
    ["hypothetical", "If a pupil ever told me her dad hits her, who do I ring?"],
    ["play", "She came to school in a zombie costume with fake blood for Halloween"],
    ["play", "He wrote a poem about being locked in a tower"],
    ["play", "Year 9 wrote a horror piece where a man stabs his neighbour"],
    ["handled", "Her stepdad hit her this morning; she is staying at her grandparents' tonight"],
  ])("%s: %s", (name, text) => expect(on(text, name)).toBe(1));

  it.each([
    ["reassured", "he is hurting her, nobody else is home"],
    ["reassured", "she is not settled and keeps screaming"],
    ["reassured", "the kids have no food and no heating"],
    ["handled", "police are coming, he is outside with a knife"],
    ["handled", "the ambulance is on its way"],
    ["past", "he says he will hit her at Christmas"],
    ["play", "he is dressed in a black hoodie and waiting outside with a knife"],
    ["handled", "she is staying with her uncle who hits her"],
    ["laughter", "he gave her a lollipop and took her to his car"],
    ["reassured", "my brother says he will stab me if i eat his chocolate lol"],
    ["hypothetical", "he said if she ever tells anyone he will kill her"],
    ["reassured", "she says it's normal for her stepdad to hit her"],
  ])("not %s: %s", (name, text) => expect(on(text, name)).toBe(0));

  it("takes a weapon said to be absent out of the danger", () => {
    expect(on("Searched her bag this morning, no weapon found", "weapon")).toBe(0);
    expect(on("Searched her bag this morning, found a knife", "weapon")).toBe(1);
  });

  it("leaves a danger here and now that was seen to or harmed nobody to the model", () => {
    const isUrgent = urgentClassifier(model(-20));
    for (const text of [
      "He had a knife at the gate this morning, police attended",
      "Knife found in his locker this morning, nobody was hurt",
    ]) {
      expect(on(text, "dangerHereNow")).toBe(1);
      expect(isUrgent(text)).toBe(false);
    }
  });

  it("never sets a danger here and now aside for laughter typed into it: a frightened teenager types lol too", () => {
    const isUrgent = urgentClassifier(model(-20));
    const text = "hes outside the door right now with a knife lol im so scared";
    expect(on(text, "laughter")).toBe(1);
    expect(on(text, "dangerHereNow")).toBe(1);
    expect(isUrgent(text)).toBe(true);
  });
});
