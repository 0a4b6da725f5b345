import { foldForMatch } from "../../corpus/verbatim.js";

/**
 * Does a claim keep the meaning of the quote it rests on? Word overlap (claimCheck.ts) cannot see "has
 * not been reduced" written for "has been reduced", "must" for "should", "six" for "five" or "Ofsted" for
 * "inspectors": each word is supported, the meaning is not. So a claim must keep its quote's negation,
 * its modal verbs, its quantities and years, and name no body its quote does not. Says what changed.
 */

const NEGATION = /\b(?:not|no|never|none|nor|neither|nobody|nothing|without|cannot|\w+n't)\b/g;
const STRONG_MODALS = ["must", "should", "may", "might", "shall", "ought"];
const WEAK_MODALS = ["can", "could", "will", "would", "need", "needs", "required"];
const QUANTIFIERS = [
  "all",
  "every",
  "most",
  "many",
  "some",
  "few",
  "half",
  "majority",
  "minority",
  "each",
  "any",
  "several",
  "more",
  "less",
  "fewer",
  "only",
];
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    .split(" ")
    .map((w, i) => [w, String(i)]),
);

function wordsOf(text: string): string[] {
  return (
    foldForMatch(text)
      .toLowerCase()
      .replace(/n't\b/g, " not")
      .replace(/\bcannot\b/g, "can not")
      .match(/[a-z0-9]+(?:[.,]\d+)?%?/g) ?? []
  );
}

const negations = (text: string) =>
  (
    foldForMatch(text)
      .toLowerCase()
      .replace(/\bcannot\b/g, "can not")
      .match(NEGATION) ?? []
  ).length;
const present = (list: string[], words: string[]) => new Set(words.filter((w) => list.includes(w)));
const numbers = (words: string[]) => words.map((w) => (NUMBER_WORDS[w] ?? w).replace(/,/g, "")).filter((w) => /\d/.test(w));

/** Each number of the claim is one of the quote's, as many times as the quote gives it. */
function numbersKept(claim: string[], quote: string[]): boolean {
  const left = numbers(quote);
  return numbers(claim).every((n) => {
    const at = left.indexOf(n);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  });
}

/** Capitalised words past a sentence's first word, and acronyms: the bodies and documents a claim names. */
function namedBodies(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of foldForMatch(text).matchAll(/(?<![.!?:]\s|^)\b(\p{Lu}[\p{L}'’-]*)/gu)) {
    const word = m[1].toLowerCase().replace(/['’]s$/, "");
    if (!MONTHS.test(word)) out.add(word);
  }
  return out;
}

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * `context` (the passage's title and date) may supply a year or a body a claim names ("In 2016, Ofsted
 * found…"); negations and modals must be the quote's own.
 */
export function meaningChanges(claim: string, quote: string, context = ""): string[] {
  const [cw, qw] = [wordsOf(claim), [...wordsOf(quote), ...wordsOf(context)]];
  const changes: string[] = [];
  if (negations(claim) !== negations(quote)) changes.push("a negation");
  const own = wordsOf(quote);
  const [cs, qs] = [present(STRONG_MODALS, cw), present(STRONG_MODALS, own)];
  if (cs.size !== qs.size || [...cs].some((m) => !qs.has(m))) changes.push("a modal verb");
  else if ([...present(WEAK_MODALS, cw)].some((m) => !own.includes(m))) changes.push("a modal verb");
  if (!numbersKept(cw, qw)) changes.push("a quantity or year");
  else if ([...present(QUANTIFIERS, cw)].some((q) => !own.includes(q))) changes.push("a quantity or year");
  const quoted = new Set(qw);
  if ([...namedBodies(claim)].some((b) => !quoted.has(b) && !quoted.has(b.replace(/s$/, "")))) changes.push("a named body");
  return changes;
}
