import { holdsAnswerKind, type AnswerKind } from "../retrieve/answerKind.js";
import { acronymsIn } from "../retrieve/acronyms.js";
import { stemsOf, yearsIn } from "../retrieve/query.js";

/**
 * Whether a chosen sentence holds what was asked, not just something near it:
 * - the kind of answer wanted (a number, a date, a grade, a name, ...);
 * - a year the question names, in the sentence or as its document's year;
 * - for "how many X" / "what % of X", the thing counted (X or an expansion of it);
 * - for "who is the X", the role X names (its last word, or an expansion of it) in the passage;
 * - for "what does X stand for", the acronym X, or a long form of it, in the sentence itself.
 * Returns why it falls short, or null when it holds.
 */

export interface Evidence {
  text: string;
  passage: { date: string; text: string; title: string; headingPath: string[] };
  /** The passage's stems with its title and headings, when the caller has them already (one passage, many sentences). */
  passageStems?: Set<string>;
}

export interface Ask {
  question: string;
  kind: AnswerKind;
  expand: (text: string) => string[];
}

/** "how many X were ...", "what % of the X ...": X runs to the verb or preposition that ends it. */
const COUNTED_THING =
  /\b(?:how many|how much|what (?:%|percent(?:age)?|proportion|number|share) of)\s+(?:of\s+)?(?:the\s+|our\s+|their\s+|all\s+)?((?:(?!(?:were|was|is|are|did|do|does|have|has|had|went|got|came|come|comes|took|take|made|make|received|needed|ended|started|happened|there|in|on|at|for|by|during|across|between|with|from|who|that|which)\b)(?:[\w'-]+|[/&])\s*){1,5})/i;

/** "who is the designated doctor for ...": the role asked about, whose last word names it ("doctor"). */
const ROLE_ASKED =
  /\bwho (?:is|was|are|were) (?:the|our|their|your|a|an) ((?:[\w'-]+ ){0,3}?[\w'-]+?)(?= (?:for|of|in|at|on|when|to|with|and|who|that)\b|\s*\?|$)/i;

/** The checks a piece of evidence can fail, each a feature of the answer model and a reason to give the asker. */
export type Gap = "kind" | "year" | "name" | "acronym" | "counted" | "role";

export function gapsIn(ask: Ask, evidence: Evidence): { gap: Gap; why: string }[] {
  const gaps: { gap: Gap; why: string }[] = [];
  if (!holdsAnswerKind(ask.kind, evidence.text)) gaps.push({ gap: "kind", why: `no ${ask.kind} in the evidence` });
  if (yearMissing(ask.question, evidence)) gaps.push({ gap: "year", why: "the evidence is about another year" });
  // The passage's words, read once and only when a check needs them.
  let passageStems = evidence.passageStems;
  const passage = () => (passageStems ??= passageStemsOf(evidence.passage));
  const unnamed = namesIn(ask.question).find((name) => !mostWordsOf(name, passage()));
  if (unnamed) gaps.push({ gap: "name", why: `the evidence does not mention “${unnamed}”` });
  const unspelled = ask.kind === "acronym" ? acronymsIn(ask.question).find((a) => !spells(evidence.text, a, ask.expand(a))) : undefined;
  if (unspelled) gaps.push({ gap: "acronym", why: `the evidence does not mention ${unspelled}` });
  const counted = ask.kind === "number" || ask.kind === "rate" ? COUNTED_THING.exec(ask.question)?.[1] : undefined;
  if (counted && !mentions(ask, headNoun(counted), new Set(stemsOf(evidence.text)), ANYONE))
    gaps.push({ gap: "counted", why: "the evidence counts something else" });
  const role = ROLE_ASKED.exec(ask.question)?.[1];
  if (role && !mentions(ask, role.split(" ").at(-1)!, passage())) gaps.push({ gap: "role", why: `the evidence does not name a ${role}` });
  return gaps;
}

export function passageStemsOf(passage: Evidence["passage"]): Set<string> {
  return new Set(stemsOf(`${passage.text} ${passage.title} ${passage.headingPath.join(" ")}`));
}

/** Why the evidence falls short of the question (the first gap), or null when it holds what is asked. */
export function shortfall(ask: Ask, evidence: Evidence): string | null {
  return gapsIn(ask, evidence)[0]?.why ?? null;
}

/** The word a noun phrase is about, its last: "Prevent / Channel referrals" counts referrals. */
function headNoun(phrase: string): string {
  return phrase.trim().split(/\s+/).at(-1)!;
}

/** Whether the stems hold a word of the phrase or of an expansion of it (nothing to look for counts as held). */
function mentions(ask: Ask, phrase: string, stems: Set<string>, ignore: Set<string> = new Set()): boolean {
  const wanted = [...stemsOf(phrase), ...ask.expand(phrase).flatMap(stemsOf)].filter((t) => !ignore.has(t));
  return wanted.length === 0 || wanted.some((t) => stems.has(t));
}

function yearMissing(question: string, evidence: Evidence): boolean {
  const asked = yearsIn(question);
  if (!asked.length) return false;
  const present = new Set([...yearsIn(evidence.text), evidence.passage.date.slice(0, 4)]);
  return !asked.some((y) => present.has(y));
}

/**
 * A name the question uses ("Signs of Safety", "Risk and Vulnerability Team") must be in the evidence's
 * passage: most of its words, as a long name may be shortened ("West Yorks Police").
 */
function mostWordsOf(name: string, passage: Set<string>): boolean {
  const words = stemsOf(name);
  return words.filter((w) => passage.has(w)).length >= Math.ceil(words.length * NAME_WORDS_NEEDED);
}

const NAME_WORDS_NEEDED = 2 / 3;
const NAME =
  /(?<!^|[.?!]\s)\b[A-Z][a-z]+(?:'s)?(?:\s+(?:of|and|for|the|&)\s+|\s+)[A-Z][a-z]+(?:(?:\s+(?:of|and|for|the|&))?\s+[A-Z][a-z]+)*/g;

/** Whether a sentence names the acronym asked about: itself, or one of its long forms as a phrase. */
function spells(sentence: string, acronym: string, longForms: string[]): boolean {
  const lower = sentence.toLowerCase().replace(/\s+/g, " ");
  return new RegExp(`\\b${acronym}\\b`).test(sentence) || longForms.some((long) => lower.includes(long.toLowerCase()));
}

/** Title-case phrases of two or more words, not counting a capital that only opens the question. */
export function namesIn(question: string): string[] {
  return [...question.matchAll(NAME)].map((m) => m[0]);
}

/** Counting "people" or "times" names no particular thing: staff, children or visits all answer it. */
const ANYONE = new Set(stemsOf("people persons individuals times ones things"));
