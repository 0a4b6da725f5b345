/**
 * General signals that a question describes a child at risk now, as numbers a classifier weighs
 * (urgentRisk.ts). Each feature is a kind of phrasing (urgentPhrasings.ts), not a sentence; two more say
 * that kinds occur together: a danger that is here and now, and a question that is only about rules,
 * numbers, training or a hypothetical case.
 */

import { FEATURES, PHRASES } from "./urgentPhrasings.js";

const DERIVED = ["dangerNow", "dangerHereNow", "framingOnly", "messageFromChild"] as const;

/** Framing that is only the form of the question, outweighed by a concrete danger here and now. */
const QUESTION_FORM = ["framing", "hypothetical", "seeking"] as const;
export const FEATURE_NAMES = [...Object.keys(PHRASES), ...DERIVED];

/** Phrases that say the opposite; removed before matching (and read by the `reassured` feature). */
const NEGATION = new RegExp(
  "\\b(?:not in (?:any |immediate )?danger|no (?:immediate )?(?:risk|danger)|not at (?:immediate )?risk|not (?:urgent|immediate|an emergency)|" +
    "no (?:current |ongoing |immediate |other |further )?(?:concerns?|worries|injur(?:y|ies))|not (?:currently )?missing|" +
    "(?:is|are|was|were|got|now) (?:now |safely |back )*(?:safe|home) (?:now|safe(?:ly)?)|(?:is|are) safe now|(?:was|were|been|has been) found (?:safe|well|and (?:is|are) (?:safe|home|fine|well|ok)))\\b",
  "g",
);

/**
 * What the asker is doing at a time ("training tonight", "in CPD right now", "a briefing this afternoon") says
 * when the asker is busy, not when a child is at risk: the time word is not read as "now".
 */
const ASKER_ACTIVITY =
  "(?:training|cpd|course|briefing|presentation|lesson|assembly|drill|session|meeting|shift|duty (?:desk|rota|shift)|notes|report|slides|" +
  "induction|workshop|essay|assignment|project|supervision|audit|panel|policy|evening for parents|parents evening|cases|caseload|referrals)";
const ASKER_TIME_WORD = /\b(?:tonight|today|right now|now|at the moment|currently|this (?:morning|afternoon|evening)|later)\b/g;
const ASKER_TIME = new RegExp(
  `\\b${ASKER_ACTIVITY}(?: \\S+){0,4}? (?:tonight|today|right now|at the moment|currently|this (?:morning|afternoon|evening)|later)\\b|` +
    `\\b(?:tonight|today|right now|at the moment|currently|this (?:morning|afternoon|evening))(?: \\S+){0,3}? ${ASKER_ACTIVITY}\\b`,
  "g",
);

/** "Does it now include": "now" as in "these days", not "at this moment". */
const NOWADAYS = /\b((?:does|do|did|is|are|has|have|can|will|would) (?:it|this|that|they|the law|the guidance)) now\b/g;

/** The text as the features read it: negated danger and the asker's own times taken out. */
function withoutOpposites(plain: string): string {
  return plain
    .replace(NEGATION, " ")
    .replace(NOWADAYS, "$1")
    .replace(ASKER_TIME, (m) => m.replace(ASKER_TIME_WORD, " "));
}

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
  const t = withoutOpposites(plain);
  const on: Record<string, number> = Object.fromEntries(Object.entries(FEATURES).map(([k, re]) => [k, re.test(t) ? 1 : 0]));
  on.reassured = FEATURES.reassured.test(plain) ? 1 : 0;
  const danger =
    on.ongoing ||
    on.threat ||
    on.confined ||
    on.leftAlone ||
    on.carerIncapable ||
    on.sexualHarm ||
    on.weapon ||
    on.selfHarm ||
    on.injury ||
    on.missing;
  const here = on.now || on.still || on.harmDoerHere || on.presence || ((on.disclosure || on.forwarded || on.childVoice) && !on.past);
  on.dangerNow = danger && here ? 1 : 0;
  // A concrete danger here and now: harm or a weapon, "now"/"tonight", and the harm-doer there or arriving, a
  // weapon, or the asker on the spot. The way the question is put ("what if", "who do I ring") then says
  // nothing about the risk and is not read.
  on.dangerHereNow = danger && on.now && (on.harmDoerHere || on.weapon || on.presence) ? 1 : 0;
  if (on.dangerHereNow) for (const k of QUESTION_FORM) on[k] = 0;
  on.framingOnly = (on.framing || on.hypothetical || on.training || on.statistics) && !on.now && !on.childVoice ? 1 : 0;
  on.messageFromChild = on.childVoice || (on.forwarded && QUOTED.test(text)) ? 1 : 0;
  return FEATURE_NAMES.map((k) => on[k] ?? 0);
}
