import type { ExtractiveResult } from "./extractive.js";

/**
 * Abstain unless the chosen evidence holds what is asked: most of the question's weighted terms in the
 * best passage and its document's context; for questions that want a number, date, name, phone number
 * or email, a sentence that holds one; the year the question names; the thing a count is of; and no
 * phrase of the question that the corpus never uses ("mobile phones").
 * A threshold on retrieval score alone does not generalise; this asks the evidence.
 */

export const MIN_SUPPORT = 0.25;

export function decideAbstention(result: ExtractiveResult): { answered: boolean; why: string } {
  if (result.sentences.length === 0) return { answered: false, why: "no sentence to quote" };
  if (result.support < MIN_SUPPORT) return { answered: false, why: `support ${result.support.toFixed(2)} below ${MIN_SUPPORT}` };
  if (result.shortfall) return { answered: false, why: result.shortfall };
  return { answered: true, why: "supported" };
}
