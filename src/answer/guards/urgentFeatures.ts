/**
 * General signals that a question describes a child at risk now, as numbers a classifier weighs
 * (urgentModel.ts, beside the question's words). Each feature is a kind of phrasing (urgentPhrasings.ts), not
 * a sentence, read after what says the opposite is taken out (urgentOpposites.ts); the derived ones say that
 * kinds occur together (a danger here and now, a question only about rules, numbers or training, a message
 * from a child) or that nothing says harm at all.
 */

import { withoutOpposites } from "./urgentOpposites.js";
import { FEATURES, PHRASES } from "./urgentPhrasings.js";

const DERIVED = ["dangerNow", "dangerHereNow", "framingOnly", "messageFromChild", "noSignOfHarm", "timedDanger", "askAfterDanger"] as const;

/** Framing that is only the form of the question, outweighed by a concrete danger here and now. */
const QUESTION_FORM = ["framing", "hypothetical", "seeking"] as const;
export const FEATURE_NAMES = [...Object.keys(PHRASES), ...DERIVED];
/** What a message says of its own danger: that it is over or in hand, play, or in the past. */
export const SETTLED = ["reassured", "handled", "play", "past"] as const;

/** Lower case, without apostrophes or quote marks: "He's" and "hes" read alike, as texts are typed. */
export function normaliseForRisk(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019'`"\u201c\u201d]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A stretch of three or more words in quotation marks: a message passed on as written. */
const QUOTED = /["\u201c'\u2018][^"\u201d'\u2019]*\s\S+\s[^"\u201d'\u2019]*["\u201d'\u2019]/;

/** 0/1 per feature, in FEATURE_NAMES order. */
export function urgentFeatures(text: string): number[] {
  const plain = normaliseForRisk(text);
  const on = phraseFeatures(withoutOpposites(plain));
  on.reassured = FEATURES.reassured.test(plain) ? 1 : 0;
  const danger = dangerIn(on);
  const here = on.now || on.still || on.harmDoerHere || on.presence || ((on.disclosure || on.forwarded || on.childVoice) && !on.past);
  on.dangerNow = danger && here ? 1 : 0;
  // A danger now or at a set time soon, not said to be over: with a time ahead ("at 3.15", "this weekend") it is timed, and
  // a procedural or recording ask after it ("how do I record this?") is not reassurance (held out one set at a time: missed 14 to 13 of 1933, false alarms 24 of 1949).
  const timed = danger && (on.now || on.imminent) && !SETTLED.some((k) => on[k]);
  on.timedDanger = timed && on.imminent ? 1 : 0;
  on.askAfterDanger = timed && (on.framing || on.doubt) ? 1 : 0;
  // A concrete danger here and now: harm or a weapon, "now"/"tonight", and the harm-doer there or arriving, a
  // weapon, or the asker on the spot. The way the question is put ("what if", "who do I ring") then says
  // nothing about the risk and is not read.
  // A child's life in danger from illness or injury as it happens is here and now by itself, unless told as over or in a drill.
  const emergencyNow = on.medicalEmergency && !SETTLED.some((k) => on[k]) && !on.training && !on.hypothetical;
  on.dangerHereNow = (danger && on.now && (on.harmDoerHere || on.weapon || on.presence)) || emergencyNow ? 1 : 0;
  if (on.dangerHereNow) for (const k of QUESTION_FORM) on[k] = 0;
  on.framingOnly = (on.framing || on.hypothetical || on.training || on.statistics) && !on.now && !on.childVoice ? 1 : 0;
  // Nothing says harm, danger or fear: a question about a child, not a child at risk.
  on.noSignOfHarm = danger || on.inDanger || on.exploitation || on.fear || on.harmDoerHere ? 0 : 1;
  on.messageFromChild = on.childVoice || (on.forwarded && QUOTED.test(text)) ? 1 : 0;
  return FEATURE_NAMES.map((k) => on[k] ?? 0);
}

function phraseFeatures(t: string): Record<string, number> {
  return Object.fromEntries(Object.entries(FEATURES).map(([k, re]) => [k, re.test(t) ? 1 : 0]));
}

function dangerIn(on: Record<string, number>): number {
  return (
    on.ongoing ||
    on.threat ||
    on.confined ||
    on.leftAlone ||
    on.carerIncapable ||
    on.sexualHarm ||
    on.weapon ||
    on.selfHarm ||
    on.injury ||
    on.medicalEmergency ||
    on.missing ||
    on.takenAway
  );
}
