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
  new RegExp(`\\b(?:(?:kids|children|twins|boys|girls|they)\\s+(?:are|were)|they['’]?re)\\s+${LIST}\\b${NOT_AGE}`, "gi"),
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

const AGE = `(?:\\d{1,2}|${NUMBER_WORDS})`;
const AGE_AFTER_NAME = new RegExp(
  `^(?:,?\\s+(?:who\\s+is\\s+|is\\s+)?aged?\\s+${AGE}\\b|\\s*\\(\\s*(?:aged?\\s+)?${AGE}\\s*\\)|,\\s*${AGE}(?=\\s*,)|,?\\s+(?:an?\\s+|who\\s+is\\s+|is\\s+)?${AGE}[- ]?(?:years?|yrs?)[- ]old\\b|,?\\s+(?:who\\s+|he\\s+|she\\s+)?is\\s+${AGE}\\b(?![.,]\\d|\\s*(?:%|per|hours?|days?|weeks?|months?)))`,
  "i",
);

/** An age a few words from a name, in words or digits: "Kayden, six,", "jaxon who's seven", "her sister Amira, 9". */
const AGE_NEAR = new RegExp(
  `^(?:[\\s,()]+(?:[\\p{L}'’]+[\\s,]+){0,3}?)(?:aged?\\s+)?(${AGE})(?:[- ]?(?:years?|yrs?)(?:[- ]old)?|[- ](?:months?|weeks?)[- ]old|\\s?(?:yo|y\\/o)\\b)?(?![\\p{L}\\d%]|[.,]\\d|\\s*(?:%|per|times|hours?|days?|weeks?|months?|minutes?|of\\b|or\\b))`,
  "iu",
);
/** "Jolene, a girl of 14", "Hye-jin, an international student of 16": a person's age said as "of N". */
const AGE_OF = new RegExp(
  `\\b(?:boy|girl|child|lad|lass|son|daughter|student|pupil|teen|teenager|kid|young (?:person|man|woman)) of (${AGE})\\b(?![.,]\\d|\\s*%)`,
  "i",
);
/** "six-year-old Kayden", "a 7 year old called Jaxon": the age said before the name. */
const AGE_BEFORE = new RegExp(
  `(${AGE})(?:[- ]?(?:years?|yrs?|months?|weeks?)[- ]old|\\s?(?:yo|y\\/o))(?:\\s+(?:called|named|boy|girl|child))?\\s*,?\\s*$`,
  "i",
);

/** The age given with a name: "Mohammed Khan, aged twelve", "Tom (8)", "Jane, who is 7", "six-year-old Kayden". */
export function agesAfterNames(text: string, names: Span[]): Span[] {
  const out: Span[] = [];
  for (const n of names) {
    const m = AGE_AFTER_NAME.exec(text.slice(n.end));
    if (m) out.push({ start: n.end + m[0].search(/[\p{L}\p{N}(]/u), end: n.end + m[0].length });
    const near = AGE_NEAR.exec(text.slice(n.end, n.end + 60));
    if (near) {
      const at = n.end + near[0].length - near[0].slice(near[0].lastIndexOf(near[1])).length;
      out.push({ start: at, end: n.end + near[0].length });
    }
    const of = AGE_OF.exec(text.slice(n.end, n.end + 60));
    if (of) out.push({ start: n.end + of.index + of[0].length - of[1].length, end: n.end + of.index + of[0].length });
    const before = AGE_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
    if (before) out.push({ start: n.start - (before[0].length - before[0].indexOf(before[1])), end: n.start });
  }
  return out;
}
