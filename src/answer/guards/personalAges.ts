import type { Span } from "./personalNames.js";

/**
 * Ages in a question that already carries someone's personal data: with a name or an address in the
 * question, "she's 15", "ages 7 and 10", "(18 months)" or "17yo" is that person's age, however far from the
 * name it is said. Over-redaction is the safe side: an age taken out of such a question costs the answer
 * little, and an age left beside a name helps identify a child.
 */

export const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const N = `(?:\\d{1,2}|${NUMBER_WORDS})`;
const LIST = `${N}(?:\\s*(?:and|&|,)\\s*${N})*`;
const UNIT = "(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)";
/** An age as notes write it: "6wks", "8mo", "2y 10m", "3/52" (weeks, as clinicians write it), "9/12" (months). */
const SHORT_AGE = "\\b\\d{1,2}\\s?(?:wks?|mo|mos|mths?|m|y|yrs?)(?:\\s\\d{1,2}\\s?(?:m|mo|mths?))?\\b|\\b\\d{1,2}\\/(?:52|12)\\b";
/** A number that is an amount, a time or a share, not an age. */
const NOT_AGE = "(?![.:/]\\d|\\s*(?:%|per\\b|percent|am\\b|pm\\b|hours?|mins?|minutes?|times|of\\b|or\\b|x\\b))";

const AGES = [
  new RegExp(`\\b${LIST}[- ]?${UNIT}[- ]old\\b`, "gi"),
  new RegExp(`\\b${N}\\s?(?:yo|y\\/o|yr olds?|year olds?)\\b`, "gi"),
  new RegExp(`\\b(?:aged?|ages)\\s+${LIST}\\b`, "gi"),
  new RegExp(`\\b(?:kids|children|twins|boys|girls|they)\\s+(?:are|were)\\s+${LIST}\\b${NOT_AGE}`, "gi"),
  new RegExp(`\\(\\s*(?:aged?\\s+)?${LIST}(?:\\s*${UNIT})?\\s*\\)`, "gi"),
  // The first thing said in brackets: "(22, called Kyle)".
  new RegExp(`(?<=\\(\\s*)${N}(?=\\s*,)`, "gi"),
  new RegExp(SHORT_AGE, "gi"),
  // Ages guessed: "about 13", "maybe 3 and 5", "14 or so".
  new RegExp(
    `(?:\\b(?:about|around|maybe|roughly|approx(?:imately)?|possibly|probably)\\s+|~\\s*)${N}(?:\\s*(?:and|&|,|or|to|-)\\s*${N})*\\b(?:\\s+or\\s+so\\b)?${NOT_AGE}`,
    "gi",
  ),
  new RegExp(`\\b${N}\\s+or\\s+so\\b`, "gi"),
  new RegExp(`\\b${N}[- ](?:months?|mths?|weeks?|wks?)\\b(?!\\s+(?:ago|later|before|after|time|on|of|in)\\b)`, "gi"),
  new RegExp(`\\b(?:boy|girl|child|lad|lass|son|daughter|kid|baby|toddler)\\s+of\\s+(?:about\\s+|around\\s+)?${N}\\b`, "gi"),
  // With the words that say it is an age ("she's 15", "claims to be 16"), which go with it.
  new RegExp(
    `\\b(?:(?:s?he|they|you)['’]?s|(?:s?he|they)\\s+is|is|turned|turns|just turned|thinks?|says (?:s?he|they)['’]?s|claims to be|only)\\s+${N}\\b${NOT_AGE}`,
    "gi",
  ),
  // Said of someone by name, at the end of a clause: "Rory's 3.", "Amira's nearly 14,".
  new RegExp(`(?<=\\p{Lu}\\p{Ll}+['’]s\\s+(?:only\\s+|nearly\\s+|just\\s+|almost\\s+)?)${N}(?=\\s*(?:[.,;!?)]|$))${NOT_AGE}`, "gu"),
  // Between commas after a name or an initial: "J.M., 11, at …", "'Mo' (Mohammed Ali Khan), 13,", "his kids, 5 and 9, to".
  new RegExp(
    `(?<=[\\p{L}.)'’][,]\\s|\\p{L}\\s[–-]\\s)${LIST}(?=\\s*[,.;)–-]|\\s+(?:and|from|who|with|is|has|lives|goes|at|to)\\b)${NOT_AGE}`,
    "giu",
  ),
];

export function agesWithPersonalData(text: string): Span[] {
  return AGES.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}
