import type { Chunk } from "../corpus/types.js";

/**
 * A question naming two or more years ("2016 vs the 2018 visit", "in both the 2018 report and the 2022
 * item") needs each year's document in view. The best passage of each named year is lifted to the top,
 * in score order, ahead of the rest; a year with no candidate is skipped.
 */
export function balanceByYear<T extends { chunk: Chunk }>(ranked: T[], years: Set<string>): T[] {
  if (years.size < 2) return ranked;
  const lifted = new Set<T>();
  for (const year of years) {
    const best = ranked.find((r) => r.chunk.date.startsWith(year) && !lifted.has(r));
    if (best) lifted.add(best);
  }
  return [...ranked.filter((r) => lifted.has(r)), ...ranked.filter((r) => !lifted.has(r))];
}
