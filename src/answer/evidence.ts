import { holdsAnswerKind, type AnswerKind } from "../retrieve/answerKind.js";
import { stemsOf } from "../retrieve/rerank.js";

/**
 * Whether a chosen sentence holds what was asked, not just something near it:
 * - the kind of answer wanted (a number, a date, a grade, a name, ...);
 * - a year the question names, in the sentence or as its document's year;
 * - for "how many X" / "what % of X", the thing counted (X or an expansion of it).
 * Returns why it falls short, or null when it holds.
 */

export interface Evidence {
  text: string;
  passage: { date: string };
}

export interface Ask {
  question: string;
  kind: AnswerKind;
  expand: (text: string) => string[];
}

const COUNTED_THING = /\b(?:how many|how much|what (?:%|percent(?:age)?|proportion|number|share) of)\s+((?:[\w'-]+\s*){1,3})/i;

export function shortfall(ask: Ask, evidence: Evidence): string | null {
  if (!holdsAnswerKind(ask.kind, evidence.text)) return `no ${ask.kind} in the evidence`;
  if (yearMissing(ask.question, evidence)) return "the evidence is about another year";
  if ((ask.kind === "number" || ask.kind === "rate") && countedThingMissing(ask, evidence.text)) {
    return "the evidence counts something else";
  }
  return null;
}

export function yearsIn(text: string): string[] {
  const years = new Set<string>();
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\b/g)) years.add(m[1]);
  for (const m of text.matchAll(/\b(\d{2})\/(\d{2})\b/g)) if (+m[2] === +m[1] + 1) years.add(`20${m[1]}`).add(`20${m[2]}`);
  return [...years];
}

function yearMissing(question: string, evidence: Evidence): boolean {
  const asked = yearsIn(question);
  if (!asked.length) return false;
  const present = new Set([...yearsIn(evidence.text), evidence.passage.date.slice(0, 4)]);
  return !asked.some((y) => present.has(y));
}

function countedThingMissing(ask: Ask, text: string): boolean {
  const thing = COUNTED_THING.exec(ask.question)?.[1];
  if (!thing) return false;
  const wanted = [...stemsOf(thing), ...ask.expand(thing).flatMap(stemsOf)];
  if (!wanted.length) return false;
  const stems = new Set(stemsOf(text));
  return !wanted.some((t) => stems.has(t));
}
