import nlp from "compromise";
import hunspell from "dictionary-en-gb";
import { NATIONAL_VOCABULARY } from "../../retrieve/vocabulary/national.js";
import { isCalendarWord } from "./calendarWords.js";
import { PUBLIC_WORDS } from "./publicTerms.js";

/**
 * Which words are ordinary English, and which are only ever names, from a kept word list (the en-GB
 * Hunspell dictionary of `dictionary-en-gb`): a lower-case entry is a word ("poppy", "begum"), an entry
 * found only capitalised is a proper name ("Aaliyah", "Patel"). A word the list, the guidance and the
 * safeguarding vocabulary all lack ("Kayden", "jaxon", "Thornhill") is most likely a name or a place in a
 * question about a child, whatever its case.
 */

const dictionary = new TextDecoder().decode(hunspell.dic);
/** The list's prefixes ("mind/A" is also "remind"): each adds its letters to the word's front, with no condition. */
const PREFIXES: Record<string, string> = Object.fromEntries(
  [...new TextDecoder().decode(hunspell.aff).matchAll(/^PFX\s+(\S)\s+0\s+(\p{L}+)\s+\.\s*$/gmu)].map((m) => [m[1], m[2]]),
);
const WORDS = new Set<string>();
const PROPER = new Set<string>();
for (const line of dictionary.split("\n").slice(1)) {
  const [entry, flags = ""] = line.trim().split("/");
  const word = entry?.trim();
  if (!word || /[^\p{L}'’-]/u.test(word)) continue;
  if (word !== word.toLowerCase()) {
    PROPER.add(word.toLowerCase());
    continue;
  }
  WORDS.add(word);
  for (const flag of flags) if (PREFIXES[flag]) WORDS.add(PREFIXES[flag] + word);
}
for (const entry of NATIONAL_VOCABULARY) {
  for (const w of JSON.stringify(entry)
    .toLowerCase()
    .match(/[a-z]{2,}/g) ?? [])
    WORDS.add(w);
}
/** National services a question may name (their helplines too): bodies, not people. */
const NATIONAL_SERVICES =
  "childline samaritans samaritan barnardos barnardo kooth youngminds crimestoppers cafcass ceop nspcc napac childnet thinkuknow shelter mencap";
const SERVICES = new Set(NATIONAL_SERVICES.split(" "));
for (const w of SERVICES) WORDS.add(w);
for (const w of PUBLIC_WORDS) WORDS.add(w);

/** "Childline", "Samaritans": a national service, never a person in the question. */
export function isNationalService(word: string): boolean {
  return SERVICES.has(word.toLowerCase().replace(/['’]s?$/, ""));
}
/** Words the list has both as a word and as a name ("price" and "Price", "walker" and "Walker"). */
const WORD_AND_NAME = new Set([...PROPER].filter((w) => WORDS.has(w)));
for (const w of WORD_AND_NAME) PROPER.delete(w);

/** A word that is also a surname or a given name in the list: "price", "ward", "hill". */
export const isAlsoName = (word: string) => WORD_AND_NAME.has(word.toLowerCase());

/** Typed without apostrophes in a hurry ("hes", "cant", "didnt"), and chat's own words ("ok", "pls"). */
const CONTRACTIONS =
  /^(?:[a-z]+nt|[a-z]+ve|im|ive|id|ill|hes|shes|theyre|youre|were|thats|whats|wats|wat|wot|theres|lets|dont|wont|cant|shant|ok|okay|pls|plz|thx|ta|yeah|yep|nope|btw|asap|fyi|tbh|idk|imo|lol|omg|cos|coz|tho|dunno|gonna|wanna|gotta|innit|ppl|msg|msgs|vs|eg|ie|etc|approx|info|stats|appt|appts|covid|dept|govt|mgmt|meds|uni|bday|convo)$/;
/** "re-referrals", "non-engagement", "co-located": a prefix and an English word. */
const PREFIXED = /^(?:re|pre|non|co|sub|multi|inter|anti|over|under|self|post|mis|ex|semi|cross|de|e)-(.+)$/;
const SUFFIXES = ["'s", "’s", "s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "ies", "ied", "ness", "ment", "ments"];

/** A word of the English word list, or of the safeguarding vocabulary, allowing common endings. */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (WORDS.has(w) || CONTRACTIONS.test(w) || isLexiconWord(w) || isInflected(w)) return true;
  const prefixed = PREFIXED.exec(w);
  if (prefixed) return isEnglishWord(prefixed[1]);
  if (w.includes("-")) return w.split("-").every((p) => p.length > 1 && (isEnglishWord(p) || isCalendarWord(p)));
  return isMisspelt(w);
}

/** A listed word with one of the common endings: "reminded", "separately", "stopping". */
function isInflected(w: string): boolean {
  for (const s of SUFFIXES) {
    if (!w.endsWith(s) || w.length - s.length < 2) continue;
    const stem = w.slice(0, -s.length);
    if (WORDS.has(stem) || WORDS.has(`${stem}e`) || WORDS.has(`${stem}y`) || (stem.at(-1) === stem.at(-2) && WORDS.has(stem.slice(0, -1))))
      return true;
  }
  return false;
}

/**
 * "embarassed", "seperately": a long word one slip from a word of the list (a letter dropped, added, swapped
 * with the next or mistyped), and no name the list knows, is that word misspelt, not someone's name.
 */
const MIN_MISSPELT_LENGTH = 7;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
function isMisspelt(w: string): boolean {
  if (w.length < MIN_MISSPELT_LENGTH || !/^[a-z]+$/.test(w) || PROPER.has(w)) return false;
  const known = (c: string) => c.length >= MIN_MISSPELT_LENGTH && (WORDS.has(c) || (c.length > MIN_MISSPELT_LENGTH && isInflected(c)));
  for (let i = 0; i <= w.length; i++) {
    const [head, tail] = [w.slice(0, i), w.slice(i)];
    if (tail && known(head + tail.slice(1))) return true;
    if (tail.length > 1 && known(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const c of LETTERS) if (known(head + c + tail) || (tail && known(head + c + tail.slice(1)))) return true;
  }
  return false;
}

/** A word the list holds only as a proper name ("Aaliyah", "Patel", "Shah"). */
export function isProperName(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  return PROPER.has(w) && !CONTRACTIONS.test(w);
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** compromise's tags for a word it knows ("Noun", "FirstName", …), joined; "" when it does not. */
export function lexiconTags(word: string): string {
  const tags = LEXICON[word.toLowerCase()];
  return Array.isArray(tags) ? tags.join("/") : (tags ?? "");
}

/** compromise knows the word as something other than a name ("her", "them", "would"). */
export function isLexiconWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags !== "" && !/Name|Person/.test(tags);
}
