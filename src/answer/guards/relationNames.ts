import { isEnglishWord, lexiconTags } from "./englishWords.js";
import { WORDS_AND_NAMES } from "./namesBeforeVerbs.js";
import type { NameOptions, Span } from "./personalNames.js";
import { isPublicTerm } from "./publicTerms.js";

/** "her new partner Dean", "son Andrei": after the word for who someone is, a capitalised word is their name, even one that is also a word ("Dean", "Rose"). */
const AFTER_RELATION =
  /\b(?:partner|boyfriend|girlfriend|bf|gf|husband|wife|ex|stepdad|stepmum|step-dad|step-mum|dad|mum|brother|bro|sister|sis|son|daughter|uncle|auntie|aunt|nan|nana|grandad|grandma|cousin|friend|mate|neighbour|lodger|pupil|student|little (?:boy|girl|one)|baby|toddler)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu;

export function namesAfterRelation(text: string, options: NameOptions): Span[] {
  return [...text.matchAll(AFTER_RELATION)]
    .filter(
      (m) =>
        WORDS_AND_NAMES.has(m[1].toLowerCase()) ||
        /Name/.test(lexiconTags(m[1].toLowerCase())) ||
        !options.isCorpusWord?.(m[1].toLowerCase()) ||
        !isEnglishWord(m[1].toLowerCase()),
    )
    .map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length }))
    .concat(lowerCaseAfterRelation(text), capitalsAfterRelation(text, options));
}

/** "his brother martin", "her son bill": typed in lower case, a first name compromise knows is still a name after the word for who someone is. */
function lowerCaseAfterRelation(text: string): Span[] {
  const lower = new RegExp(AFTER_RELATION.source.replace("(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)", "(\\p{Ll}[\\p{L}'’-]+)"), "gu");
  return [...text.matchAll(lower)]
    .filter((m) => /FirstName|MaleName|FemaleName/.test(lexiconTags(m[1])) && !WORDS_AND_NAMES.has(m[1]))
    .map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length }));
}

/** "her little bro KIAN", "pupil JB": typed in capitals after the word for who someone is, a name or initials that are no acronym or word. */
function capitalsAfterRelation(text: string, options: NameOptions): Span[] {
  const capitals = new RegExp(AFTER_RELATION.source.replace("(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)", "(\\p{Lu}{2,})(?![\\p{L}\\d])"), "gu");
  return [...text.matchAll(capitals)]
    .filter((m) => !options.isCorpusWord?.(m[1].toLowerCase()) && !isEnglishWord(m[1]) && !isPublicTerm(m[1]))
    .map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length }));
}
