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
