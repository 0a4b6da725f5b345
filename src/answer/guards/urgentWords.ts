import { normaliseForRisk } from "./urgentFeatures.js";

/**
 * The words of a question, and each pair of neighbouring words, as the urgent-risk model reads them beside
 * its phrase features: lower case, without apostrophes ("hes", "cant"), letters only.
 */
export function urgentWords(text: string): string[] {
  // Numbers (ages, times, "999") are left to the phrase features: as words they teach a writer's habits.
  const words = normaliseForRisk(text).match(/[a-z]+/g) ?? [];
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  // Whether it asks at all: a question mark, and whether the message ends on one.
  const asks = text.includes("?") ? ["?"] : [];
  const endsAsking = /\?\s*$/.test(text) ? ["?$"] : [];
  return [...new Set([...words, ...pairs, ...asks, ...endsAsking])];
}

/** The words and pairs in at least `minQuestions` of the texts: rarer ones say more about a writer than about risk. */
export function wordVocabulary(texts: string[], minQuestions = 4): string[] {
  const count = new Map<string, number>();
  for (const text of texts) for (const w of urgentWords(text)) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count]
    .filter(([, c]) => c >= minQuestions)
    .map(([w]) => w)
    .sort();
}
