import { normaliseForRisk } from "../answer/guards/urgentFeatures.js";
import { words } from "../answer/guards/urgentPhrasings.js";

/**
 * How many labelled questions each phrase of the urgent classifier matches. A phrase that only one
 * question uses is a feature fitted to that question rather than a way such messages are phrased.
 */

export interface PhraseUse {
  feature: string;
  phrase: string;
  uses: number;
}

export function phraseUse(phrases: Record<string, string[]>, texts: string[]): PhraseUse[] {
  const normalised = texts.map(normaliseForRisk);
  return Object.entries(phrases).flatMap(([feature, list]) =>
    list.map((phrase) => {
      const re = words([phrase]);
      return { feature, phrase, uses: normalised.filter((t) => re.test(t)).length };
    }),
  );
}
