import { isCalendarWord } from "./calendarWords.js";
import { isEnglishWord, isNationalService, isProperName, lexiconTags } from "./englishWords.js";
import type { NameOptions, Span } from "./personalNames.js";
import { isPublicTerm } from "./publicTerms.js";
import { isPlace } from "./ukPlaces.js";

/** Given names that are words first (general knowledge of English naming): "Hope", "Grace", "Dean". */
const GIVEN_NAMES_THAT_ARE_WORDS = "hope grace rose faith joy sky summer autumn dawn mark bill chase dean".split(" ");

/** Words compromise can read as names that, capitalised in a question, are most often something else. */
export const WORDS_AND_NAMES = new Set([
  ...GIVEN_NAMES_THAT_ARE_WORDS,
  ..."early help will may june april august page lead court major bishop young king rich best long white black green brown child children".split(
    " ",
  ),
]);

/**
 * "Rose keeps running off", "Georgia told me", "Destiny has told us": a word that is a name as well as a word, or any word
 * the guidance never uses, said to do what only a person does, is someone's name, even opening a sentence. A service or
 * a place the guidance names ("Ofsted says", "Kirklees told schools") is not.
 */
const PERSON_VERB =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?=\s+(?:(?:has|had)\s+(?:just\s+|now\s+|also\s+)?)?(?:told|tells|said|says|disclosed|discloses|confided|cried|cries|screamed|screams|keeps|kept|lives|attends|refuses|refused|wants|wanted|ran away|went missing|has been missing)\b)/gu;

/** Who someone is, which compromise does not know: "Gran lives on Pole Moor Road". */
const KIN =
  /^(?:gran|granny|nan|nana|nanna|nanny|grandma|grandad|grandpa|gramps|auntie|aunty|mam|mom|mummy|daddy|bro|sis|stepdad|stepmum|noone)$/;

export function namesBeforePersonVerbs(text: string, options: NameOptions): Span[] {
  return [...text.matchAll(PERSON_VERB)]
    .filter((m) => {
      const lower = m[1].toLowerCase();
      if (isPublicTerm(lower) || isNationalService(lower) || isCalendarWord(lower, { exceptNames: true })) return false;
      if (WORDS_AND_NAMES.has(lower) || /FirstName|MaleName|FemaleName/.test(lexiconTags(lower))) return true;
      // Any other word the guidance never uses is a name too when it tells or says: "Destiny has told us".
      const placeOrProper = isPlace(lower) || isProperName(lower) || /Country|Region|City|Place/.test(lexiconTags(lower));
      // Not a plural of an English word ("Paramedics said"): a group, not one person.
      const plural = /s$/.test(lower) && isEnglishWord(lower.replace(/e?s$/, ""));
      return !options.isCorpusWord?.(lower) && (placeOrProper || (!lexiconTags(lower) && !KIN.test(lower) && !plural));
    })
    .map((m) => ({ start: m.index, end: m.index + m[1].length }));
}

/** Given names that are also words, as compromise reads them: those above and more that are less often words in a question. */
const WORD_GIVEN_NAMES = new Set([
  ...GIVEN_NAMES_THAT_ARE_WORDS,
  ...(
    "amber ruby pearl holly ivy daisy poppy lily willow river storm rain bliss precious destiny star honey hunter mercy " +
    "harmony melody heaven angel blessing patience charity unity liberty ocean misty jade crystal robin"
  ).split(" "),
]);
const GIVEN_AND_SURNAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/gu;

/** "Faith Baker", "Summer Rain": a given name that is also a word, with a capitalised surname after it, is a person. */
export function wordNamesWithSurname(text: string, options: NameOptions): Span[] {
  return [...text.matchAll(GIVEN_AND_SURNAME)]
    .filter((m) => {
      const surname = m[2].toLowerCase();
      // A word known as anything but a name, or a word of the guidance, is a term, not a surname: "Summer Term", "Hope Street".
      const tags = lexiconTags(surname);
      if (!WORD_GIVEN_NAMES.has(m[1].toLowerCase()) || (!/Name/.test(tags) && (tags || options.isCorpusWord?.(surname)))) return false;
      return !isPublicTerm(m[2]) && !isPlace(surname) && !isCalendarWord(surname) && !isNationalService(surname);
    })
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
