import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, urgentFeatures } from "../../src/answer/guards/urgentFeatures.js";

/**
 * A danger set at a time within the day or days ahead, and a procedural or recording ask that follows a danger
 * told as now: features the model weighs, so that a question of forms after a concrete danger is not read as reassurance.
 */

const on = (text: string, name: string) => urgentFeatures(text)[FEATURE_NAMES.indexOf(name)];

describe("a time within the day or days ahead", () => {
  it.each([
    "they are taking her to be cut at 4.30",
    "he said he will hurt her by 6pm",
    "the ceremony is this weekend",
    "she has been searching suicide methods in the last ten minutes",
    "the flight is tomorrow morning",
  ])("is read in %s", (text) => {
    expect(on(text, "imminent")).toBe(1);
  });

  it("is not read in a message without one", () => {
    expect(on("he hit her last year", "imminent")).toBe(0);
  });

  it("with a danger, and nothing said to be over, is a timed danger", () => {
    expect(on("Her uncle says he will hurt her at 3.15. What's the timescale for a referral?", "timedDanger")).toBe(1);
    expect(on("Her uncle hurt her at 3.15 but she is safe now", "timedDanger")).toBe(0);
    expect(on("Lunch is at 12.30, what's the policy on packed lunches?", "timedDanger")).toBe(0);
  });
});

describe("an ask about procedure or recording after a danger told as now", () => {
  it("is read when the danger is now or timed", () => {
    expect(on("Mum is threatening to kill herself and the baby tonight. Who do I contact?", "askAfterDanger")).toBe(1);
    expect(on("A man is waiting outside with a knife at 3.15. How do I record this?", "askAfterDanger")).toBe(1);
  });

  it("is not read without a danger, without a time, or when the danger is said to be over", () => {
    expect(on("Which form do I fill in for a school trip tonight?", "askAfterDanger")).toBe(0);
    expect(on("What is the policy on recording a bruise?", "askAfterDanger")).toBe(0);
    expect(on("He threatened her today but the police arrested him. How do I record this?", "askAfterDanger")).toBe(0);
  });
});
