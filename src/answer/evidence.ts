import { stemsOf } from "../retrieve/rerank.js";
import type { AnswerKind } from "../retrieve/answerKind.js";

/**
 * Checks that the chosen sentences are about what was asked, not just near it:
 * - a question that names a year wants evidence from or about that year, not another one;
 * - "how many X" / "what % of X" wants a sentence that counts X (or an expansion of it).
 */

export interface EvidenceChecks {
  /** The question names years and none appears in the evidence or its document's date. */
  yearMissing: boolean;
  /** A counting question whose counted thing is absent from the sentences holding numbers. */
  countedThingMissing: boolean;
}

interface Evidence {
  text: string;
  passage: { date: string; text: string };
}

const COUNTED_THING = /\b(?:how many|how much|what (?:%|percent(?:age)?|proportion|number|share) of)\s+((?:[\w'-]+\s*){1,3})/i;

export function evidenceChecks(question: string, expand: (text: string) => string[], kind: AnswerKind, chosen: Evidence[]): EvidenceChecks {
  return {
    yearMissing: yearMissing(question, chosen),
    countedThingMissing: kind === "number" && countedThingMissing(question, expand, chosen),
  };
}

export function yearsIn(text: string): string[] {
  const years = new Set<string>();
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\b/g)) years.add(m[1]);
  for (const m of text.matchAll(/\b(\d{2})\/(\d{2})\b/g)) if (+m[2] === +m[1] + 1) years.add(`20${m[1]}`).add(`20${m[2]}`);
  return [...years];
}

function yearMissing(question: string, chosen: Evidence[]): boolean {
  const asked = yearsIn(question);
  if (!asked.length || !chosen.length) return false;
  const present = new Set(chosen.flatMap((c) => [...yearsIn(c.text), c.passage.date.slice(0, 4)]));
  return !asked.some((y) => present.has(y));
}

function countedThingMissing(question: string, expand: (text: string) => string[], chosen: Evidence[]): boolean {
  const thing = COUNTED_THING.exec(question)?.[1];
  if (!thing) return false;
  const wanted = new Set(stemsOf(thing));
  if (!wanted.size) return false;
  const alternatives = expand(thing).flatMap(stemsOf);
  const numeric = chosen.filter((c) => /\d/.test(c.text));
  if (!numeric.length) return false;
  return !numeric.some((c) => {
    const stems = new Set(stemsOf(c.text));
    return [...wanted].some((t) => stems.has(t)) || alternatives.some((t) => stems.has(t));
  });
}
