import { isNationalService } from "./englishWords.js";
import type { NameOptions, Span } from "./personalNames.js";
import { isPlace } from "./ukPlaces.js";

/**
 * "Hope and Faith Barraclough", "twins Rose and Lily, 2": a capitalised word joined by "and" to someone's
 * name is a name too, even when it is also an English word, a place or a sentence's first word. A place or a
 * service on its own side of the "and" ("Kirklees and Ava") is not.
 */
const JOINED = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:and|&)\s+$/u;

export function namesJoinedTo(text: string, names: Span[], options: NameOptions): Span[] {
  return names.flatMap((n) => {
    const m = JOINED.exec(text.slice(Math.max(0, n.start - 40), n.start));
    if (!m) return [];
    const word = m[1];
    const end = n.start - m[0].length + m[0].indexOf(word) + word.length;
    if (isNationalService(word) || isPlace(word) || options.isDocumentName?.(word)) return [];
    return [{ start: end - word.length, end }];
  });
}
