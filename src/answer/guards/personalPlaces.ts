import type { Span } from "./personalNames.js";

/**
 * Where a child lives or goes to school, as written in a question: a street address ("12 Acacia Avenue",
 * "Flat 3, 40 Mill Lane") or a school named with a child ("at Almondbury High School"). A school named
 * in a question about documents ("what did the inspection say about ...") is not about a child, so a
 * school counts only when the question also speaks of a child.
 */

const STREET_TYPES =
  "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|terrace|" +
  "gardens|gdns|walk|mews|hill|row|square|sq|view|rise|parade|green|fold|croft|bank|gate|mount|vale";
const CAP_WORD = "\\p{Lu}[\\p{L}'’-]*";
const FLAT = "(?:(?:[Ff]lat|[Aa]partment|[Uu]nit)\\s+\\d+[a-zA-Z]?,?\\s+)?";
/** Lower-case street words only before a street type that is no everyday word ("went to court" is not one). */
const PLAIN_TYPES = "road|street|avenue|lane|crescent|grove|terrace|gardens|mews";
const NUMBERED = [
  new RegExp(`${FLAT}\\b\\d{1,4}[a-zA-Z]?,?\\s+(?:${CAP_WORD}\\s+){1,3}(?:${cap(STREET_TYPES)})\\b\\.?`, "gu"),
  new RegExp(`${FLAT}\\b\\d{1,4}[a-z]?,?\\s+(?:[\\p{Ll}'’-]+\\s+){1,2}(?:${PLAIN_TYPES})\\b`, "gu"),
];
const NAMED = new RegExp(`\\b(?:on|in|at|of|off|near|lives?|living)\\s+((?:${CAP_WORD}\\s+){1,3}(?:${cap(STREET_TYPES)}))\\b`, "gu");

function cap(alternatives: string): string {
  return alternatives
    .split("|")
    .map((w) => `${w[0].toUpperCase()}${w.slice(1)}`)
    .join("|");
}

export function findStreetAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of NUMBERED.flatMap((re) => [...text.matchAll(re)])) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(NAMED)) {
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

const SCHOOL_TYPES =
  "High School|Primary School|Primary Academy|Primary|Academy|School|College|Infant School|Infants|" +
  "Junior School|Juniors|Junior and Infant School|J&I School|J & I School|Grammar School|Nursery|Secondary School|" +
  "C of E Primary|CE Primary|RC Primary|Catholic High School|Free School";
const SCHOOL = new RegExp(
  `\\b(?:at|attends|attending|goes to|go to|from|to|in)\\s+((?:${CAP_WORD}\\s+){1,4}(?:${SCHOOL_TYPES.replace(/ /g, "\\s+")}))\\b`,
  "gu",
);
const CHILD_CONTEXT =
  /\b(?:child|children|kid|son|daughter|boy|girl|pupil|student|baby|toddler|teen(?:ager)?|he|she|his|her|him|year\s+\d{1,2}|aged?\s+\w+|\d{1,2}[- ]?(?:years?|yrs?)[- ]old)\b/i;

export function findSchoolsWithChild(text: string): Span[] {
  if (!CHILD_CONTEXT.test(text)) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(SCHOOL)) {
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length });
  }
  return out;
}
