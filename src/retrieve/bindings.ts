import { stemsOf } from "./query.js";

/**
 * A number in a question ("section 47", "31 March") means something only beside its word: a passage
 * about "47%" of care leavers does not hold "section 47". Years stand on their own.
 */

export type Bindings = Map<string, string>;

const YEAR = /^~?(19|20)\d{2}$/;

/** For each non-year number among the question's stems, the stem of the content word beside it. */
export function bindingsOf(stems: string[]): Bindings {
  const bindings: Bindings = new Map();
  stems.forEach((stem, i) => {
    if (!/^~\d+$/.test(stem) || YEAR.test(stem)) return;
    const neighbour = [stems[i - 1], stems[i + 1]].find((s) => s && !/^~\d+$/.test(s));
    if (neighbour) bindings.set(stem, neighbour);
  });
  return bindings;
}

/** The stems a text holds, leaving out bound numbers that stand apart from their word in it. */
export function heldStems(text: string, bindings: Bindings): Set<string> {
  return heldOf(stemsOf(text), bindings);
}

/** `heldStems` of a text already stemmed. */
export function heldOf(stems: string[], bindings: Bindings): Set<string> {
  const held = new Set(stems);
  for (const [number, word] of bindings) {
    if (!held.has(number)) continue;
    const together = stems.some((s, i) => s === number && (stems[i - 1] === word || stems[i + 1] === word));
    if (!together) held.delete(number);
  }
  return held;
}
