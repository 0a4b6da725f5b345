import { describe, expect, it } from "vitest";
import { longThenShort } from "../../src/index/glossary.js";

/** The same scan written the plain way: every match of the pattern over the whole text. */
const ACRONYM = "[A-Z][A-Za-z&]*[A-Z][A-Za-z]?s?";
const LONG_THEN_SHORT = new RegExp(`([A-Za-z][A-Za-z'’&\\- ]{3,120}?)\\s*\\((${ACRONYM})\\)`, "g");

describe("the scan for 'long form (ACR)'", () => {
  it("finds exactly what matchAll over the whole text finds", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const parts = [
      "Youth Engagement Service",
      " ",
      "  \n",
      "(YES)",
      "(ab)",
      "(",
      ")",
      "Multi Agency",
      "(MASH)",
      ", ",
      ". ",
      "x".repeat(130),
      "Local Safeguarding Children Board",
      "(LSCBs)",
      "\t",
      "-",
      "’s",
      "7",
      "(A&E)",
    ];
    for (let t = 0; t < 2000; t++) {
      const text = Array.from({ length: 2 + Math.floor(rand() * 40) }, () => parts[Math.floor(rand() * parts.length)]).join("");
      const expected = [...text.matchAll(LONG_THEN_SHORT)].map((m) => [m.index, m[0], m[1], m[2]]);
      expect(longThenShort(text).map((m) => [m.index, m[0], m[1], m[2]])).toEqual(expected);
    }
  });
});
