/**
 * General signals that a question describes a child at risk now, as numbers a classifier weighs
 * (urgentRisk.ts). Each feature is a kind of phrasing, not a sentence: time words, harm that is
 * happening or about to, threats (and threats conditional on telling), a disclosure just made, someone
 * waiting, injuries seen, grooming going on, a child who cannot be found; and, against them, the
 * framing of a question about policy, numbers, inspections, training or the past.
 */

import { FEATURES } from "./urgentPhrasings.js";

const DERIVED = ["framingOnlyQuestion", "dangerNow"] as const;
export type UrgentFeature = keyof typeof FEATURES | (typeof DERIVED)[number];
export const FEATURE_NAMES = [...Object.keys(FEATURES), ...DERIVED] as UrgentFeature[];

/** Phrases that say the opposite; removed before matching. */
const NEGATION =
  /\b(?:not in (?:immediate )?danger|no (?:immediate )?(?:risk|danger)|not at (?:immediate )?risk|not urgent|not (?:currently )?missing|is safe now)\b/gi;

export function normaliseForRisk(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(NEGATION, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** 0/1 per feature, in FEATURE_NAMES order. */
export function urgentFeatures(text: string): number[] {
  const t = normaliseForRisk(text);
  const on = Object.fromEntries(Object.entries(FEATURES).map(([k, re]) => [k, re.test(t) ? 1 : 0])) as Record<string, number>;
  // Read before the negations are taken out: "no immediate danger" is itself the signal.
  on.reassured = FEATURES.reassured.test(text.toLowerCase().replace(/[\u2018\u2019]/g, "'")) ? 1 : 0;
  // A question that opens as a question about rules or numbers and names nothing happening now.
  on.framingOnlyQuestion = on.framing && !on.now && !on.since && !on.ongoing && !on.threat ? 1 : 0;
  // A danger and a sign that it is here and now, together: more than either alone.
  const danger = on.ongoing || on.threat || on.armed || on.weapon || on.injury || on.since || on.waiting || on.conditional;
  const here = on.now || ((on.presence || on.disclosure || on.ongoing || on.armed) && !on.past);
  on.dangerNow = danger && here ? 1 : 0;
  return FEATURE_NAMES.map((k) => on[k]);
}
