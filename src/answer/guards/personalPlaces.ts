import type { Span } from "./personalNames.js";

/**
 * Where a child lives or goes to school, as written in a question: a street address ("12 Acacia Avenue",
 * "Flat 3, 40 Mill Lane") or a school named with a child ("at Almondbury High School"). A school named
 * in a question about documents ("what did the inspection say about ...") is not about a child, so a
 * school counts only when the question also speaks of a child.
 */

const STREET_TYPES =
  "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|terrace|" +
  "gardens|gdns|walk|mews|hill|row|square|sq|view|rise|parade|green|fold|croft|bank|gate|mount|vale|cottages|" +
  "yard|wharf|buildings|heights|park|side|villas|houses|mill|farm|garth|ings|edge|top|bottom|meadows?|fields?|common|wood|" +
  "cottage|farmhouse|barn|lodge|manor|grange";
const CAP_WORD = "\\p{Lu}[\\p{L}'’-]*";
const POSTCODE = "(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2}\\b";
const FLAT = "(?:(?:[Ff]lat|[Aa]partment|[Uu]nit|[Rr]oom)\\s+\\d+[a-zA-Z]?,?\\s+)?";
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

/** "flat 3", "the house on Moor End", "number 12 on the estate": where someone lives, without a street word. */
const DWELLING = [
  /\b(?:flat|apartment|apt|unit|house|room|plot|pitch)\s+\d{1,4}[a-zA-Z]?\b(?!\s*\d)/gi,
  // "flat 3, 17 Kirkgate": a flat's number, then the building's number and its street, whatever the street's name.
  new RegExp(`\\b(?:flat|apartment|apt|unit)\\s+\\d{1,4}[a-zA-Z]?,?\\s+\\d{1,4}[a-zA-Z]?\\s+(?:${CAP_WORD}\\s*){1,2}`, "giu"),
  new RegExp(
    `\\b(?:the\\s+)?(?:house|flat|home|place|caravan|bungalow|farm|site|camp|estate)\\s+(?:on|at|in|by|near|off)\\s+(?:${CAP_WORD}\\s*){1,3}`,
    "gu",
  ),
  // "the Dalton estate", "the Cooper site": where a family lives, named without a street.
  new RegExp(`\\b(?:${CAP_WORD}\\s+){1,3}(?:[Ee]state|[Ss]ite|[Cc]aravan\\s+[Ss]ite|[Cc]aravan\\s+[Pp]ark)\\b`, "gu"),
  // A house number, its house or street and town, and a postcode: "9 The Folly, Mirfield WF14 8JP".
  new RegExp(`\\b\\d{1,4}[a-zA-Z]?,?\\s+[^\\n,\\d]{2,30}?(?:,\\s*[^\\n,\\d]{2,30}?){0,2},?\\s+${POSTCODE}`, "gu"),
];

/**
 * The places after an address: its locality and town, then its postcode ("…, Hall Lane, Shelley", "…, Leeds LS12 5PQ").
 * A capitalised word that opens a sentence or a clause is not a place.
 */
const NOT_PLACE =
  "(?:Can|Could|Is|Are|Do|Does|What|How|Should|Will|Would|Please|Mum|Dad|She|He|They|The|A|I|We|My|Our|Her|His|Their|And|But|Or|So|Then)\\b";
/** A whole postcode, or its first half alone ("Batley WF17"). */
const POSTAL = `(?:${POSTCODE}|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?\\b)`;
/** A place's name in title case: "WF17" is a postcode, not a town. */
const PLACE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
const LOCALITY = new RegExp(
  `^(?:\\s+(?:on|in|off)\\s+the\\s+${CAP_WORD}\\s+(?:estate|site))?` +
    `(?:(?:,?\\s+[a-z]+){1,2},?\\s+${POSTAL.toLowerCase()}|` +
    `(?:,?\\s+(?!${NOT_PLACE})${PLACE_WORD}(?:\\s+(?!${NOT_PLACE})${PLACE_WORD}){0,2}){0,2}(?:,?\\s+${POSTAL})?)`,
  "u",
);

function withLocality(text: string, s: Span): Span {
  const m = LOCALITY.exec(text.slice(s.end));
  return m ? { start: s.start, end: s.end + m[0].length } : s;
}

export function findStreetAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of DWELLING.flatMap((re) => [...text.matchAll(re)])) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  for (const m of NUMBERED.flatMap((re) => [...text.matchAll(re)])) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(NAMED)) {
    const start = m.index + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length });
  }
  return out.map((s) => withLocality(text, s));
}

/** The words a school's name ends with, in any of its shapes ("Thornhill J&I", "Holmfirth High", "St Mary's C of E"). */
const SCHOOL_WORDS =
  "(?:(?:C\\s+of\\s+E|CE|C\\s*of\\s*E|RC|Catholic|Church\\s+of\\s+England|Methodist|Community|Free|Grammar|Secondary|Special|" +
  "First|Middle|Upper|Lower|Infant|Infants|Junior|Juniors|J\\s*&\\s*I|J\\s+and\\s+I|J\\s*I\\s*&\\s*N|I\\s*&\\s*N|Junior\\s+and\\s+Infant|High|Primary|Academy|" +
  "(?:&|and)\\s+Nursery|Pre-?[Ss]chool|Preschool|Playgroup|Day\\s+Nursery|Kindergarten|Montessori|" +
  "College|School|Nursery|Sixth\\s+Form|PRU|Pupil\\s+Referral\\s+Unit|Learning\\s+Centre)\\b\\s*)+";
const SCHOOL_NAMES = [
  new RegExp(`(?:${CAP_WORD}\\s+){1,4}${SCHOOL_WORDS}`, "gu"),
  new RegExp(`\\bSt\\.?\\s+${CAP_WORD}(?:['’]s)?(?:\\s+${SCHOOL_WORDS})?`, "gu"),
  new RegExp(`\\bOur\\s+Lady(?:\\s+(?:of|and|Queen\\s+of|Immaculate))?(?:\\s+${CAP_WORD}){0,3}(?:\\s+${SCHOOL_WORDS})?`, "gu"),
];
/** Capitalised words that open a sentence or a body's name, not a school's. */
const NOT_SCHOOL_START =
  /^(?:The|A|An|What|Which|How|Does|Do|Is|Are|Can|Should|When|Where|Who|Why|Our(?!\s+Lady)|My|His|Her|Their|At|In|To|From|School|Nursery|College)\s+/;
const CHILD_CONTEXT =
  /\b(?:child|children|kid|son|daughter|boy|girl|pupil|student|baby|toddler|teen(?:ager)?|he|she|his|her|him|(?:year|yr|y)\s?\d{1,2}|aged?\s+\w+|\d{1,2}[- ]?(?:years?|yrs?)[- ]old)\b/i;

/** Someone is at, in or from the school named next: "Xiao Li in Holmfirth High", "twins at Our Lady of …". */
const ATTENDING =
  /(?:\b(?:at|in|from|attends|attended|attending|goes to|go to|went to|going to|moved to|started at)\s+|\b(?:school|nursery|college)\s*[(,:–-]?\s*)$/i;

/**
 * A school named in a question about a child, or as the place someone is at, in any shape. A name the indexed documents use (a school an
 * inspection letter names) is not personal data: `isDocumentName` says so.
 */
export function findSchoolsWithChild(text: string, isDocumentName: (name: string) => boolean = () => false): Span[] {
  const aboutChild = CHILD_CONTEXT.test(text);
  const out: Span[] = [];
  for (const m of SCHOOL_NAMES.flatMap((re) => [...text.matchAll(re)])) {
    const lead = NOT_SCHOOL_START.exec(m[0])?.[0].length ?? 0;
    if (!aboutChild && !ATTENDING.test(text.slice(0, m.index + lead))) continue;
    const name = m[0].slice(lead).trimEnd();
    if (!/\s/.test(name) && !/^St\b/.test(name)) continue;
    if (!isDocumentName(name)) out.push(withLocality(text, { start: m.index + lead, end: m.index + lead + name.length }));
  }
  return out;
}
