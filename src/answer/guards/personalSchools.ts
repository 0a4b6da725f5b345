import { isEnglishWord } from "./englishWords.js";
import { CAP_WORD, withLocality } from "./personalPlaces.js";
import type { Span } from "./personalNames.js";

/**
 * A school or nursery named in a question about a child, in any of its shapes ("Thornhill J&I", "Holmfirth
 * High", "St Mary's C of E", "st. mary's rc primary"). A school named in a question about documents ("what did
 * the inspection say about ...") is not about a child, so a school counts only when the question also speaks
 * of a child or names the school as where someone is.
 */

/** The words a school's name ends with, in any of its shapes ("Thornhill J&I", "Holmfirth High", "St Mary's C of E"). */
const SCHOOL_WORDS =
  "(?:(?:C\\s+of\\s+E|CE|C\\s*of\\s*E|RC|Catholic|Church\\s+of\\s+England|Methodist|Community|Free|Grammar|Secondary|Special|" +
  "First|Middle|Upper|Lower|Junior\\s+(?:and|&)\\s+Infants?|Infants?\\s+(?:and|&)\\s+Junior|Infant|Infants|Junior|Juniors|J\\s*&\\s*I|J\\s+and\\s+I|J\\s*I\\s*&\\s*N|I\\s*&\\s*N|High|Primary|Academy|" +
  "(?:&|and)\\s+(?:Nursery|Pre-?[Ss]chool)|Pre-?[Ss]chool|Preschool|Playgroup|Day\\s+Nursery|Kindergarten|Montessori|" +
  "College|School|Nursery|Sixth\\s+Form|PRU|Pupil\\s+Referral\\s+Unit|Learning\\s+Centre|Girls['’]?|Boys['’]?)(?![\\p{L}])\\s*)+";
const SCHOOL_NAMES = [
  new RegExp(`(?:${CAP_WORD}\\s+){1,4}${SCHOOL_WORDS}`, "gu"),
  new RegExp(`\\bSt\\.?\\s+${CAP_WORD}(?:['’]s)?(?:\\s+${SCHOOL_WORDS})?`, "gu"),
  new RegExp(`\\bOur\\s+Lady(?:\\s+(?:of|and|Queen\\s+of|Immaculate))?(?:\\s+${CAP_WORD}){0,3}(?:\\s+${SCHOOL_WORDS})?`, "gu"),
  // Typed in lower case: "carr manor community school", "airedale junior" (a word in it must be no English word: see below).
  /\b(?!(?:to|at|in|from|the|a|an|and|of|goes|go|went|is|are|attends|attended|attending|attend|going|moved|started|joined|joins|his|her|their|my|our)\b)(?:[a-z][a-z'’-]+\s+){1,3}(?:community\s+|c of e\s+|rc\s+|catholic\s+)?(?:primary|junior|infants?|academy|high|school|college|nursery)\b/g,
  // A name, then its kind in lower case: "Menorah nursery", "Busy Bees day nursery" (only where someone attends it: see ATTENDED).
  new RegExp(
    `(?:${CAP_WORD}\\s+){1,3}(?:(?:day|girls['’]?|boys['’]?)\\s+)?(?:nursery|primary(?:\\s+school)?|academy|school|college|infants|juniors|pre-?school)\\b`,
    "gu",
  ),
  // Typed in lower case: "st. mary's rc primary".
  /\bst\.?\s+[a-z]+['’]?s?(?:\s+(?:rc|RC|ce|CE|c of e|C of E|catholic|church of england))?(?:\s+(?:primary|junior|infants?|j&i|academy|high|school|nursery|college))+\b/g,
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
/**
 * "carr manor community school" names a school; "a good primary school" does not: some word of it is no English
 * word. "jaxon keeps missing school" does not either: a verb ("keeps", "missing") is no part of a school's name.
 */
function hasNameWord(name: string): boolean {
  const words = name
    .split(/\s+/)
    .slice(0, -1)
    .filter((w) => !SCHOOL_KINDS.has(w));
  const verb = (w: string) => isEnglishWord(w) && /(?:ing|ed|s)$/.test(w) && !/['’]s$/.test(w);
  return !words.some(verb) && words.some((w) => !isEnglishWord(w.replace(/['’]s?$/, "")));
}
const SCHOOL_KINDS = new Set(["community", "rc", "catholic", "c", "of", "e"]);

/** The words just before a school that say someone goes there: "goes to", "attends", "at", "Reception class at". */
const ATTENDED = /\b(?:at|attends|attended|attending|goes to|go to|went to|going to|moved to|started at|in)\s+(?:the\s+)?$/i;
/** Words that open a kind of school, not a school's name: "a good primary school", "his local nursery". */
const GENERIC_SCHOOL =
  /^(?:a|an|the|his|her|their|my|our|your|this|that|local|new|old|same|different|another|other|good|mainstream|special|private|independent|state|secondary|primary|main|catchment|current|previous|next|every|any|each|which|what|whose|nursery|school)\b/i;

const TIME_OF_SCHOOL = /\b(?:after|before|during|since|until|till|from|for|with|into)\s+(?:the\s+)?(?:school|college|nursery)$/;

export function findSchoolsWithChild(text: string, isDocumentName: (name: string) => boolean = () => false): Span[] {
  const aboutChild = CHILD_CONTEXT.test(text);
  const out: Span[] = [];
  for (const m of SCHOOL_NAMES.flatMap((re) => [...text.matchAll(re)])) {
    const lead = NOT_SCHOOL_START.exec(m[0])?.[0].length ?? 0;
    if (!aboutChild && !ATTENDING.test(text.slice(0, m.index + lead))) continue;
    const name = m[0].slice(lead).trimEnd();
    if (!/\s/.test(name) && !/^St\b/i.test(name)) continue;
    const attended = ATTENDED.test(text.slice(0, m.index + lead));
    if (/^\p{Lu}[^\s]*\s/u.test(name) && /\s\p{Ll}+$/u.test(name) && !attended) continue;
    if (name === name.toLowerCase() && !/^st\b/.test(name) && !hasNameWord(name) && !(attended && !GENERIC_SCHOOL.test(name))) continue;
    // "in cars after school", "at home before school": a time said in lower-case words, not a school's name.
    if (name === name.toLowerCase() && TIME_OF_SCHOOL.test(name)) continue;
    if (!isDocumentName(name)) out.push(withLocality(text, { start: m.index + lead, end: m.index + lead + name.length }));
  }
  return out;
}
