import type { ExtractiveResult } from "./extractive.js";

/**
 * Abstain unless the chosen evidence holds what is asked: most of the question's weighted terms in the
 * best passage and its document's context; for questions that want a number, date, name, phone number
 * or email, a sentence that holds one; the year the question names; the thing a count is of.
 * A threshold on retrieval score alone does not generalise; this asks the evidence.
 */

export const MIN_SUPPORT = 0.25;

export function decideAbstention(result: ExtractiveResult): { answered: boolean; why: string } {
  if (result.sentences.length === 0) return { answered: false, why: "no sentence to quote" };
  if (result.support < MIN_SUPPORT) return { answered: false, why: `support ${result.support.toFixed(2)} below ${MIN_SUPPORT}` };
  if (!result.kindFound) return { answered: false, why: `no ${result.kind} in the best sentence` };
  if (result.checks.yearMissing) return { answered: false, why: "the evidence is about another year" };
  if (result.checks.countedThingMissing) return { answered: false, why: "the numbers count something else" };
  return { answered: true, why: "supported" };
}
