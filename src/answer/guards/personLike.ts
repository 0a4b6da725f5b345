import { isEnglishWord, isNationalService, isProperName } from "./englishWords.js";
import { isPublicTerm } from "./publicTerms.js";
import { isPlace } from "./ukPlaces.js";
import type { NameOptions, Span } from "./personalNames.js";

/**
 * Personal data found by what it is rather than by its shape: a word that is no English word, no word of
 * the guidance and no word of the safeguarding vocabulary, or one the word list knows only as a name, is
 * taken for a person (or their street or school) whatever its case ("jaxon", "Kayden", "aaliyah"); so are
 * initials before a surname ("A.B. Shah") and a nickname in quotes ("T-Bone"). Over-redaction is the safe
 * side: the question is still searched by its other words.
 */

/** Words that carry a question, never a name, though the word list may lack them. */
const FUNCTION_WORDS = new Set(
  (
    "i a an the and or but if of in on at to for from by with about as is are was were be been am do does did has have had it its " +
    "i'm i’m i've i’ve i'd i’d i'll i’ll im ive " +
    // Languages, which the word list has only capitalised: "in plain english".
    "english welsh polish urdu punjabi arabic romanian kurdish somali tigrinya bengali gujarati"
  ).split(" "),
);

/** A word, as typed, that reads as a person's (or a place's) name. */
export function isPersonLike(word: string, options: NameOptions): boolean {
  const w = word.replace(/['’]s$/i, "");
  if (!/^\p{L}[\p{L}'’-]*$/u.test(w) || w.length < 2) return false;
  const lower = w.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return false;
  // An acronym ("MARAC", "CAMHS") is a term of the trade, not a person.
  if (w === w.toUpperCase() && w.length <= 6) return false;
  const corpus = options.isCorpusWord?.(lower) ?? false;
  // Typed in lower case, a word the list has only as a name is a name ("patel"), unless it is an English word
  // inflected ("numbers": the list has "Numbers", the book, and "number").
  if (isProperName(lower)) return w === lower ? !isEnglishWord(lower) : !corpus;
  return !corpus && !isEnglishWord(lower);
}

// Not the letters of an ordinal or a code after its digits ("2nd", "12b").
const WORD = /(?<![\p{L}\p{N}])\p{L}(?:[\p{L}'’-]*\p{L})?/gu;

export function personLikeWords(text: string, options: NameOptions): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WORD)) if (isPersonLike(m[0], options)) out.push(span(m.index, m[0].replace(/['’]s$/i, "")));
  return out;
}

/** "A.B. Shah", "J Smith", "M. O'Brien": initials, then the surname they stand before. */
const INITIALS = /(?<![\p{L}.])(?:\p{Lu}\.\s?|\p{Lu}\s){1,3}\p{Lu}(?:['’]\p{Lu}[\p{Ll}'’-]*|[\p{Ll}'’-]+)/gu;

export function initialsWithSurname(text: string): Span[] {
  return [...text.matchAll(INITIALS)].filter((m) => !/^(?:I|A)\s/.test(m[0])).map((m) => span(m.index, m[0]));
}

/** 'T-Bone', "Tiny", “Big Man”: one to three words in quotes, capitalised or unknown, or named as a nickname. */
const QUOTED = /(?:(?<=\s|^)['‘]|["“])([\p{L}][\p{L}'’ -]{0,30}?)(?:['’](?=[\s,.;:!?)]|$)|["”])/gu;
/** The words that give someone's name or nickname: "known as", "goes by", "his surname is". */
const NAMING =
  "called|named|(?:sur|first |last |family )?name is|known as|calls? (?:himself|herself|themselves)|nicknamed|goes by|going by|aka|a\\.k\\.a\\.?";
const NICKNAME_CUE = new RegExp(`\\b(?:${NAMING})\\s*$`, "i");

export function nicknamesInQuotes(text: string, options: NameOptions): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1].trim();
    const words = inner.split(/[\s-]+/).filter(Boolean);
    if (!words.length || words.length > 3) continue;
    const cued = NICKNAME_CUE.test(text.slice(0, m.index));
    const named =
      words.some((w) => /^\p{Lu}/u.test(w) && !options.isCorpusWord?.(w.toLowerCase())) || words.some((w) => isPersonLike(w, options));
    if (cued || named) out.push(span(m.index + m[0].indexOf(m[1]), inner));
  }
  return out;
}

/** "goes by Little T", "known as Spud", "a man called Dean": a name given without quotes after the words that give one. */
const GIVEN_NAME = new RegExp(`\\b(?:${NAMING})\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)`, "gu");

/** The names said to be names: "his surname is Wainwright", "the Kaur family". */
export function namesSaidToBe(text: string, options: NameOptions): Span[] {
  const lower = [...text.matchAll(NAME_IS_LOWER)]
    .filter((m) => !NOT_A_NAME.test(m[1]))
    .map((m) => span(m.index + m[0].length - m[1].length, m[1]));
  return [...householdNames(text), ...lower, ...nicknamesGiven(text, options).filter((s) => /name is\s+$/i.test(text.slice(0, s.start)))];
}

/** "her name is precious": typed in lower case after the words that give a name. */
const NAME_IS_LOWER = /\b(?:(?:sur|first |last |family |nick)?name\s+is|(?:sur|first |last |nick)?name['’]s)\s+(\p{Ll}[\p{L}'’-]+)/gu;
const NOT_A_NAME =
  /^(?:not|unknown|withheld|redacted|private|confidential|on|in|the|a|an|something|like|also|still|just|different|spelt|spelled|written|given|listed|missing|wrong|same)$/;

export function nicknamesGiven(text: string, options: NameOptions): Span[] {
  return [...text.matchAll(GIVEN_NAME)]
    .filter((m) => {
      const words = m[1].split(/\s+/);
      // "known as Early Help", "known as CSE": a term of the trade, not a name.
      if (words.some((w) => w.length > 1 && w === w.toUpperCase() && options.isCorpusWord?.(w.toLowerCase()))) return false;
      // "his surname is Wainwright": said to be a name, it is one, though the guidance uses the word too.
      if (/name is\s/i.test(m[0])) return true;
      return words.some((w) => w.length === 1 || !options.isCorpusWord?.(w.toLowerCase()));
    })
    .map((m) => span(m.index + m[0].length - m[1].length, m[1]));
}

/** "the Kaur family", "the Doherty kids": a surname said of a household. */
const HOUSEHOLD =
  /\bthe\s+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*)\s+(?:family|families|household|kids|children|twins|boys|girls|brothers|sisters|siblings)\b/gu;
/** Who a household is, not its name: "the Polish family", "the Traveller family", "the Foster family". */
const GROUPS = new Set(
  (
    "muslim sikh hindu jewish christian catholic traveller travellers gypsy roma romany irish polish romanian slovak czech somali " +
    "eritrean syrian afghan kurdish iraqi iranian pakistani bangladeshi indian chinese vietnamese albanian nigerian ghanaian " +
    "zimbabwean asian african caribbean black white british english scottish welsh european foster host birth adoptive kinship " +
    "extended whole same other new local next previous"
  ).split(" "),
);

/** "foster son T (14)": a single capital standing for a child, with an age. */
export function initialWithAge(text: string): Span[] {
  return [...text.matchAll(/(?<![\p{L}.])\p{Lu}(?=\s*\(\s*\d{1,2}\s*\))/gu)].map((m) => span(m.index, m[0]));
}

/** "the Wards moved on", "next door to the Smiths.": a family by its surname in the plural. */
const PLURAL_HOUSEHOLD =
  /\bthe\s+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'’-]*?(?:e?s))(?=\s*(?:[,.;:!?)]|$)|\s+(?:are|were|have|had|has|moved|move|live|lived|next|who|said|say|says|again|do|did|don['’]?t|didn['’]?t|never|always|still|left|came|went|got|keep|kept|refused?|won['’]?t)\b)/gu;

/** Bodies written in the plural: "the Courts", "the Lords". */
const PLURAL_BODIES = new Set(
  "courts commons lords services guidelines schools councils authorities partners partnerships trusts governors trustees academies nations forces".split(
    " ",
  ),
);

export function householdNames(text: string): Span[] {
  const plural = [...text.matchAll(PLURAL_HOUSEHOLD)].filter((m) => {
    const singular = m[1].replace(/e?s$/, "").toLowerCase();
    if (PLURAL_BODIES.has(m[1].toLowerCase())) return false;
    return ![m[1].toLowerCase(), singular].some((w) => GROUPS.has(w) || isPublicTerm(w) || isNationalService(w) || isPlace(w));
  });
  return [...[...text.matchAll(HOUSEHOLD)].filter((m) => !GROUPS.has(m[1].toLowerCase())), ...plural].map((m) =>
    span(m.index + m[0].indexOf(m[1], 4), m[1]),
  );
}

function span(start: number, text: string): Span {
  return { start, end: start + text.length };
}
