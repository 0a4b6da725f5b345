import { describe, expect, it } from "vitest";
import { isCalendarWord } from "../../src/answer/guards/calendarWords.js";
import { isEnglishWord, isProperName } from "../../src/answer/guards/englishWords.js";

/** The word list the personal-data guard asks whether a word is ordinary English, as typed in a hurry. */
describe("English words", () => {
  it.each(["remind", "regrade", "unhappy", "disagree", "reminded", "separately"])(
    "reads %s through the list's prefixes and endings",
    (word) => {
      expect(isEnglishWord(word)).toBe(true);
    },
  );

  it.each(["embarassed", "seperately", "definately", "neccessary"])("reads %s as a word misspelt, not a name", (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });

  it.each(["drop-ins", "then-vs-now", "apr-aug", "face-to-face"])("reads the hyphenated %s by its parts", (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });

  it.each(["wats", "tbh", "dunno", "vs"])("reads chat's own %s as a word", (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });

  it.each(["jaxon", "kayden", "aaliyah", "tyreese", "harrison", "t-rex"])("leaves %s a possible name", (word) => {
    expect(isEnglishWord(word)).toBe(false);
  });

  it("knows a name the list holds only capitalised", () => {
    expect(isProperName("Harrison")).toBe(true);
    expect(isProperName("remind")).toBe(false);
  });

  it("knows days and months however shortened, and which are names too", () => {
    expect(["Sat", "Sats", "Weds", "Fridays", "Sept.", "dec"].every((w) => isCalendarWord(w))).toBe(true);
    expect(isCalendarWord("Jun")).toBe(true);
    expect(isCalendarWord("Jun", { exceptNames: true })).toBe(false);
    expect(isCalendarWord("Dec", { exceptNames: true })).toBe(true);
    expect(isCalendarWord("Satan")).toBe(false);
  });
});
