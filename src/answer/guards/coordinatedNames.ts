import { isAlsoName, isNationalService, lexiconTags } from "./englishWords.js";
import { isPublicTerm } from "./publicTerms.js";
import type { NameOptions, Span } from "./personalNames.js";
import { isPlace } from "./ukPlaces.js";

/**
 * "Hope and Faith Barraclough", "twins Rose and Lily, 2", "Autumn and her brother River": a capitalised word joined by "and" to someone's
 * name is a name too, even when it is also an English word, a place or a sentence's first word. A place or a
 * service on its own side of the "and" ("Kirklees and Ava") is not.
 */
const JOINED =
  /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:and|&)\s+(?:(?:his|her|their)\s+(?:(?:little|big|older|younger|baby|twin|half|step)[\s-]+)?(?:(?:brother|sister|bro|sis|cousin|friend|mum|dad|son|daughter)\s+)?)?$/u;

export function namesJoinedTo(text: string, names: Span[], options: NameOptions): Span[] {
  return names.flatMap((n) => {
    const m = JOINED.exec(text.slice(Math.max(0, n.start - 40), n.start));
    if (!m) return [];
    const word = m[1];
    const end = n.start - m[0].length + m[0].indexOf(word) + word.length;
    // A word of the guidance ("Kirklees and Ava") is no name, unless it is one as well ("Autumn and her brother River").
    const alsoName = isAlsoName(word) || /Name/.test(lexiconTags(word.toLowerCase()));
    if (isNationalService(word) || isPlace(word) || (options.isDocumentName?.(word) && !alsoName)) return [];
    return [{ start: end - word.length, end }];
  });
}

/** Between two names of a list: "archie, poppy and freddie", "Kayden, Rose, Lily, and Jaxon". */
const LIST_BETWEEN = /^,\s*((?:[\p{L}'’-]+\s*,\s*){0,2}[\p{L}'’-]+)\s*(?:,\s*)?(?:(?:and|&)\s+)?$/u;

/** Who someone is, not their name: "Kayden, mum and Jaxon". */
const NOT_LISTED_NAMES =
  /^(?:and|or|the|a|an|me|him|her|them|us|mum|mam|mom|dad|nan|nana|gran|grandma|grandad|grandparents|uncle|auntie|aunt|brother|sister|cousin|baby|stepdad|stepmum|carers?|parents|siblings|kids|children|twins|others|friends)$/i;

/** Each word listed between two names is a name too, whatever its case, unless it is a place or a public name. */
export function namesListedBetween(text: string, names: Span[]): Span[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  return sorted.slice(1).flatMap((next, i) => {
    const prev = sorted[i];
    const between = text.slice(prev.end, next.start);
    const m = LIST_BETWEEN.exec(between);
    if (!m || prev.end >= next.start) return [];
    return [...m[1].matchAll(/[\p{L}'’-]+/gu)]
      .filter((w) => !NOT_LISTED_NAMES.test(w[0]) && !isPlace(w[0]) && !isNationalService(w[0]) && !isPublicTerm(w[0]))
      .map((w) => {
        const start = prev.end + m.index + between.indexOf(m[1]) + w.index;
        return { start, end: start + w[0].length };
      });
  });
}
