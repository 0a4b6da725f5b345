import nlp from "compromise";
import { FAITHS } from "./faiths.js";
import { MEDICINES } from "./medicines.js";
import { ONLINE_PLATFORMS } from "./onlinePlatforms.js";
import { PRACTICE_MODELS } from "./practiceModels.js";
import { UK_ORGANISATIONS } from "./ukOrganisations.js";
import { WORLD_PLACES } from "./worldPlaces.js";

/**
 * Names that are public, not personal: the apps, games and online services children use, charities and national
 * bodies, countries and peoples, faiths and festivals, medicines, models of practice. A word compromise knows as a person's first name
 * ("Brook", "Roma") is left out, so that alone it is still read as a child's name.
 */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const isGivenName = (w: string) => /Name|Person/.test([LEXICON[w] ?? ""].flat().join("/"));

const TERMS: ReadonlySet<string> = new Set(
  [ONLINE_PLATFORMS, UK_ORGANISATIONS, WORLD_PLACES, FAITHS, MEDICINES, PRACTICE_MODELS]
    .flatMap((list) => list.split("|"))
    .map((t) => t.trim().replace(/\s+/g, " "))
    .filter((t) => t && !isGivenName(t)),
);

/** The one-word terms, which the word list takes in as words. */
export const PUBLIC_WORDS: readonly string[] = [...TERMS].filter((t) => !/\s/.test(t));

const LONGEST = Math.max(...[...TERMS].map((t) => t.split(" ").length));
const normal = (w: string) =>
  w
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/’/g, "'");

/** "Snapchat", "Karma Nirvana's", "Somalia Sudan": words that are, one after another, all public names. */
export function isPublicTerm(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).map(normal);
  const from = (i: number): boolean =>
    i === words.length ||
    Array.from({ length: Math.min(LONGEST, words.length - i) }, (_, n) => n + 1).some(
      (n) => TERMS.has(words.slice(i, i + n).join(" ")) && from(i + n),
    );
  return words.length > 0 && words[0] !== "" && from(0);
}

/** "Nitrous oxide canisters", "Snapchat streaks": public names, then lower-case words only (grown onto them as a surname would be). */
export function opensWithPublicTerm(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return (
    words.some((_, k) => k > 0 && isPublicTerm(words.slice(0, k).join(" ")) && words.slice(k).every((w) => /^\p{Ll}+$/u.test(w))) ||
    isPublicTerm(phrase)
  );
}

const PHRASES = [...TERMS].filter((t) => /\s/.test(t)).sort((a, b) => b.length - a.length);
const PHRASE = new RegExp(
  `(?<![\\p{L}'’-])(?:${PHRASES.map((t) =>
    t
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/ /g, "\\s+")
      .replace(/'/g, "['’]"),
  ).join("|")})(?![\\p{L}-])`,
  "giu",
);

/** Where the question names a public name of several words ("the Circle of Security programme"). */
export function publicPhrases(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PHRASE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
