import nlp from "compromise";
import { isAlsoName, isEnglishWord, isNationalService, lexiconTags } from "./englishWords.js";
import { isCalendarWord } from "./calendarWords.js";
import { startsCompound } from "./compoundWords.js";
import { namesBeforePersonVerbs, wordNamesWithSurname, WORDS_AND_NAMES } from "./namesBeforeVerbs.js";
import { namesAfterRelation } from "./relationNames.js";
import { isPublicCaseName } from "./publicCases.js";
import { isPublicTerm, opensWithPublicTerm, publicPhrases } from "./publicTerms.js";
import { isPlace } from "./ukPlaces.js";
import {
  householdNames,
  initialWithAge,
  initialsWithSurname,
  isPersonLike,
  namesSaidToBe,
  nicknamesGiven,
  nicknamesInQuotes,
  personLikeWords,
} from "./personLike.js";

/**
 * Names of people in a question, and the ages given with them. compromise tags people from its lexicon
 * of first and last names and its grammar ("Dr Sarah Smith", "Mohammed Khan"); a capitalised word that
 * is neither English nor a word of the indexed guidance ("Kayden", "Almondbury") is taken as a name too,
 * since a name is what such a word most often is in a question about a child. Names that the indexed
 * documents themselves use (the officials who wrote them) are not personal data: `isDocumentName` says so.
 */

export interface NameOptions {
  /** True when the indexed documents use this name (a phrase, e.g. "Steve Walker"). */
  isDocumentName?: (name: string) => boolean;
  /** True when the indexed documents use this word (lower case). */
  isCorpusWord?: (word: string) => boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** The spans of a pattern's matches that `keep` keeps. */
export const spansOf = (text: string, pattern: RegExp, keep: (m: RegExpExecArray) => boolean = () => true): Span[] =>
  [...text.matchAll(pattern)].filter(keep).map((m) => ({ start: m.index, end: m.index + m[0].length }));

const NOT_NAME_TAGS = new Set(["Date", "Month", "WeekDay", "Country", "City", "Region", "Organization", "Acronym", "Value"]);

interface Term {
  text: string;
  start: number;
  tags: string[];
  sentenceStart: boolean;
}

type Parsed = {
  text: string;
  terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
  offset: { start: number; length: number };
};

function termsOf(doc: ReturnType<typeof nlp>): Term[] {
  return (doc.json({ offset: true }) as Parsed[]).flatMap((sentence) =>
    sentence.terms.map((t, i) => ({ text: t.text, start: t.offset.start, tags: t.tags, sentenceStart: i === 0 })),
  );
}

/** A first name compromise knows, or a capitalised word that is no English word and no word of the guidance. */
function unknownCapitalised(t: Term, options: NameOptions): boolean {
  const word = t.text.replace(/['’]s$/i, "");
  // "I'm", "We're", "They've": a contraction, not a name.
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(word) || /['’](?:m|re|ve|ll|d|t)$/i.test(word)) return false;
  const lower = word.toLowerCase();
  // compromise's tagger can read a known first name as a place ("Alfie Ward's dad"); its lexicon still knows it.
  if (/FirstName|MaleName|FemaleName/.test(lexiconTags(lower)) && !WORDS_AND_NAMES.has(lower)) return true;
  if (!options.isCorpusWord || isPublicTerm(lower)) return false;
  if (WORDS_AND_NAMES.has(lower) || lexiconTags(lower) || t.tags.some((tag) => NOT_NAME_TAGS.has(tag))) return false;
  if (t.sentenceStart && /(?:ing|ed|ly|s)$/.test(lower)) return false;
  return !options.isCorpusWord(lower);
}

/** After a first name, a word compromise does not know is its surname, whatever its case ("aaliyah begum"). */
function continuesName(word: string, options: NameOptions): boolean {
  const lower = word.toLowerCase();
  if (STOP.has(lower) || !/^\p{L}[\p{L}'’-]+$/u.test(word)) return false;
  return CAPITALISED.test(word) || isPersonLike(word, options) || (!lexiconTags(lower) && !(options.isCorpusWord?.(lower) ?? true));
}

/** "Walker", "O'Neill", "McShane", "Smith-Jones". */
const CAPITALISED = /^\p{Lu}(?:[\p{Ll}'’]+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)*$/u;

/**
 * Could compromise find a person here? Only through a word its lexicon knows as a name or title, a
 * capitalised word, or a word it does not know; a question of known lower-case words alone ("how do i refer
 * a child to the mash") is spared the parse, which costs more than the rest of the guard.
 */
function mayNameSomeone(text: string, options: NameOptions): boolean {
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s?$/, "");
    if (/Name|Person|Honorific/.test(lexiconTags(word))) return true;
    // An acronym ("CSE", "SWs") or a word of the guidance ("Kirklees", "kscp") names no one in the question.
    if (/^\p{Lu}{2,}s?$/u.test(word) || options.isCorpusWord?.(word.toLowerCase())) continue;
    if (/\p{Lu}/u.test(word) && !(word === "I" || (atSentenceStart(text, m.index) && isEnglishWord(word)))) return true;
    if (!isEnglishWord(word)) return true;
  }
  return false;
}

const atSentenceStart = (text: string, at: number) =>
  /(?:^|[.?!:;]\s*)$/.test(text.slice(Math.max(0, at - 3), at)) || /^\s*$/.test(text.slice(0, at));

/** compromise's people and the capitalised words it does not know, as seeds of names. */
function nameSeeds(text: string, options: NameOptions): Span[] {
  if (!mayNameSomeone(text, options)) return [];
  const doc = nlp(text);
  const seeds: Span[] = (doc.people().json({ offset: true }) as Parsed[]).map((p) => ({
    start: p.offset.start,
    end: p.offset.start + p.offset.length,
  }));
  for (const t of termsOf(doc)) if (unknownCapitalised(t, options)) seeds.push({ start: t.start, end: t.start + t.text.length });
  return seeds;
}

/** Spans of people's names, joined across adjacent capitalised words ("Mohammed Khan", "Kayden Smith-Jones"). */
export function findNames(text: string, options: NameOptions = {}): Span[] {
  // An abbreviation in capitals ("seen in ED"), which compromise can read as a name ("Ed"), stands for no one.
  const abbreviation = (s: Span) => {
    const word = text.slice(s.start, s.end).replace(/[?!,;:.]+$/, "");
    return /^\p{Lu}{2,5}$/u.test(word) && isEnglishWord(word);
  };
  const seeds = nameSeeds(text, options).filter((s) => !abbreviation(s));
  if (options.isCorpusWord) seeds.push(...personLikeWords(text, options), ...nicknamesInQuotes(text, options));
  // An app, a charity, a country or a medicine named alone ("Snapchat", "Karma Nirvana", "Somalia") names no one.
  const phrases = publicPhrases(text);
  const inPhrase = (s: Span) => phrases.some((p) => p.start <= s.start && s.end <= p.end);
  seeds.splice(0, seeds.length, ...seeds.filter((s) => !isPublicTerm(text.slice(s.start, s.end)) && !inPhrase(s)));
  seeds.push(...initialsWithSurname(text), ...initialsAlone(text, options), ...householdNames(text), ...nicknamesGiven(text, options));
  seeds.push(...initialWithAge(text));
  // A national service or a place ("Bradford", "Haringey") starts no name; a surname that is a place is still
  // taken in with the first name before it ("Jamie Bradford").
  const people = seeds.filter((s) => {
    const words = text.slice(s.start, s.end).split(/\s+/);
    // compromise can take in the question mark after a place: "in Bradford schools?".
    if (namesPlaceOrService(words.map((w) => w.replace(/[?!,;:]+$/, "")))) return false;
    // compromise can read ordinary lower-case words as a person ("a foster carer thinks"): those are not a name.
    if (namesPlaceOrService(words) || words.every((w) => /^\p{Ll}/u.test(w) && isEnglishWord(w))) return false;
    // An acronym with ordinary words after it ("ED staff", "GP practice") is a service; initials before a surname are found apart.
    if (words.length > 1 && /^\p{Lu}{2,5}s?$/u.test(words[0]) && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) return false;
    // A sentence's first word, capitalised only for that, is a name only when it is no English word or is a known
    // first name: "Interpreter here", "Paediatric nurse on Ward 2".
    const [word] = words;
    const alone = !/^\s+\p{Lu}/u.test(text.slice(s.end));
    return !(
      words.length === 1 &&
      alone &&
      atSentenceStart(text, s.start) &&
      isEnglishWord(word.toLowerCase()) &&
      !/Name/.test(lexiconTags(word.toLowerCase()))
    );
  });
  // After the word for who someone is, a place's name is still a name: "mum Chelsea says".
  const related = namesAfterRelation(text, options);
  people.push(...related, ...namesBeforePersonVerbs(text, options), ...wordNamesWithSurname(text, options));
  const spans = merge(people.map((s) => grow(text, trim(text, s), options)));
  // A household's surname, or a name said to be one, is someone's even where the guidance uses the word too.
  const said = [...namesSaidToBe(text, options), ...related].filter(
    (s) => !isPublicTerm(text.slice(s.start, s.end)) && !isCalendarWord(text.slice(s.start, s.end), { exceptNames: true }),
  );
  const kept = spans.filter(
    (s) =>
      !isDocumentName(text.slice(s.start, s.end), options) &&
      !isPublicCaseName(text.slice(s.start, s.end)) &&
      !(/\s/.test(text.slice(s.start, s.end)) && opensWithPublicTerm(text.slice(s.start, s.end))) &&
      !isCalendarWord(text.slice(s.start, s.end), { exceptNames: true }) &&
      !namesAnOperation(text, s) &&
      !startsCompound(text, s) &&
      !NAMES_A_LAW.test(text.slice(s.end)) &&
      !A_BODY.test(text.slice(s.start, s.end)),
  );
  return merge([...kept, ...said]);
}

/** A police operation is known by its name, with "Op" before it or in it: "Op Encompass", "Operation Makesafe". */
function namesAnOperation(text: string, s: Span): boolean {
  return (
    /\b(?:Op|Operation)\.?\s+$/.test(text.slice(Math.max(0, s.start - 11), s.start)) ||
    /^(?:Op|Operation)\.?\s/.test(text.slice(s.start, s.end))
  );
}

/** "Ossett", "Bradford Family Court", "Halifax Early Help": a place with the body or service it has, no person. */
function namesPlaceOrService(words: string[]): boolean {
  if (words.every(isNationalService)) return true;
  return words.some(isPlace) && words.every((w) => isPlace(w) || isNationalService(w) || isEnglishWord(w.replace(/['’]s$/, "")));
}

/** "the Sexual Offences Act", "Leeds Family Court": a law or a body, not a person. */
const A_BODY =
  /\s(?:Act|Court|Inquiry|Scheme|Order|Centre|Service|Team|Board|Partnership|Hospital|Infirmary|Line|Helpline|Head|Lead|Officer|[Cc]ompetence|[Gg]uidelines|Trust|Church|Council|Unit|Housing|Foundation|Society|Charity|Association|Club|Network|University|Mosque|Gurdwara|Temple|Chapel)$/;

/** "Clare's Law", "Fraser guidelines", "Lord Laming's inquiry", "Kolb's cycle", "the Lundy model": a scheme, review or model named after someone, not a person in the question. */
const NAMES_A_LAW =
  /^['’]s\s+(?:law|(?:[\p{L}-]+\s+){0,2}(?:inquiry|review|report|model|theory|hierarchy|cycle|triangle|framework|approach|scale|stages))\b|^\s+(?:inquiry|report|review|audit|act|guidelines|competence|ruling|judgment|principles|model|theory|framework|approach|(?:serious|national)\s+(?:case\s+)?review)\b/iu;

/** Initials standing for a child: dotted ("J.M."), or capitals given an age or a date of birth ("MW, 13,"). */
const DOTTED_INITIALS = /(?<![\p{L}.])(?:\p{Lu}\.){2,3}(?!\p{L})/gu;
const NOT_INITIALS = new Set(["U.K.", "U.S.", "E.U.", "N.B.", "P.S.", "A.M.", "P.M."]);
const INITIALS_WITH_AGE =
  /\b\p{Lu}{2,3}(?=,?\s*(?:\(\s*)?(?:aged?\s+\d{1,2}\b|\d{1,2}\s*(?:[),]|yo\b|y\/o|years?\b|yrs?\b)|dob\b|d\.o\.b))/giu;

function initialsAlone(text: string, options: NameOptions): Span[] {
  const dotted = [...text.matchAll(DOTTED_INITIALS)].filter((m) => !NOT_INITIALS.has(m[0]));
  // An acronym the guidance or its vocabulary uses ("CSE, 13 cases") stands for no one.
  const capitals = [...text.matchAll(INITIALS_WITH_AGE)].filter(
    (m) => m[0] === m[0].toUpperCase() && !(options.isCorpusWord?.(m[0].toLowerCase()) ?? true) && !isEnglishWord(m[0]),
  );
  return [...dotted, ...capitals].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Only the words of the name: no trailing punctuation, bracketed age or possessive "'s". */
function trim(text: string, s: Span): Span {
  const words = /^[\p{L}'’.\- ]*/u.exec(text.slice(s.start, s.end))![0].replace(/(?:['’]s)?[\s.]*$/u, "");
  return { start: s.start, end: s.start + words.length };
}

/** Take in capitalised words on either side: "Poppy Walker" from "Walker", "Elaine McShane" from "Elaine". */
function grow(text: string, s: Span, options: NameOptions): Span {
  const span = { ...s };
  for (;;) {
    const m = /^\s+([\p{L}'’-]+)/u.exec(text.slice(span.end));
    const word = m?.[1].replace(/['’]s$/i, "");
    if (!m || !word || !continuesName(word, options)) break;
    span.end += m[0].length - (m[1].length - word.length);
  }
  // "jayden price", "Mohammed hill": after a first name alone, a noun that is also a surname is that surname.
  const first = text.slice(span.start, span.end);
  const surname = /^\s+(\p{Ll}+)\b/u.exec(text.slice(span.end));
  if (!/\s/.test(first) && /FirstName|MaleName|FemaleName/.test(lexiconTags(first.toLowerCase())) && surname && isAlsoName(surname[1])) {
    if (/^(?:|Noun|Singular|Uncountable|LastName|Person)$/.test(lexiconTags(surname[1]))) span.end += surname[0].length;
  }
  // "Priya S", "Tom B.": a surname's initial.
  const initial = /^\s+(?![AI]\b)\p{Lu}\.?(?![\p{L}\d&'’-])/u.exec(text.slice(span.end));
  if (initial) span.end += initial[0].length;
  for (;;) {
    const m = /([\p{L}'’-]+)\s+$/u.exec(text.slice(0, span.start));
    if (!m || !continuesName(m[1], options)) break;
    span.start = m.index;
  }
  return span;
}

/** Capitalised words that end a name rather than continue it. */
const STOP = new Set(
  (
    "i i'm is are was the a an and or but of in on at to from for with about what who how when where why can could should would does do did has have " +
    "after before during since until unlike like between without within across against among around behind beyond despite towards via"
  ).split(" "),
);

function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** A first name alone ("Sarah") says little about which official is meant, so it is never exempted. */
function isDocumentName(name: string, options: NameOptions): boolean {
  if (!/\s/.test(name) && /FirstName|MaleName|FemaleName/.test(lexiconTags(name))) return false;
  return options.isDocumentName?.(name) ?? false;
}
