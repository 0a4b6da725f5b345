/**
 * What the urgent-risk features (urgentFeatures.ts) do not read as danger now: negated danger and
 * reassurance ("no current concerns", "found safe"), "now" in the sense of "these days", and the time of the
 * asker's own work ("training tonight", "currently writing our policy"). Matched on normalised text.
 */

/** Phrases that say the opposite; removed before matching (and read by the `reassured` feature). */
const NEGATION = new RegExp(
  "\\b(?:not in (?:any |immediate )?danger|no (?:immediate )?(?:risk|danger)|not at (?:immediate )?risk|not (?:urgent|immediate|an emergency)|" +
    "no (?:current |ongoing |immediate |other |further )?(?:concerns?|worries|injur(?:y|ies))|not (?:currently )?missing|no weapons?|(?:nobody|no one) (?:was |got |is )?(?:hurt|injured|harmed)|" +
    "(?:is|are|was|were|got|now) (?:now |safely |back )*(?:safe|home) (?:now|safe(?:ly)?)|(?:is|are) safe now|(?:was|were|been|has been) found (?:safe|well|and (?:is|are) (?:safe|home|fine|well|ok)))\\b",
  "g",
);

/**
 * What the asker is doing at a time ("training tonight", "in CPD right now", "a briefing this afternoon") says
 * when the asker is busy, not when a child is at risk: the time word is not read as "now".
 */
const ASKER_ACTIVITY =
  "(?:training|cpd|course|briefing|presentation|lesson|assembly|drill|session|meeting|shift|duty (?:desk|rota|shift)|notes|report|slides|" +
  "induction|workshop|essay|assignment|project|supervision|audit|panel|policy|evening for parents|parents evening|cases|caseload|referrals|" +
  "unit|pshe|rshe|curriculum|scheme of work|procedure|protocol|leaflet|rota|night shift)";
/** Work the asker or the asker's team is doing: "currently writing", "right now we are reviewing". */
const ASKER_WORK =
  "(?:doing|writing|reviewing|updating|supervising|planning|preparing|running|teaching|drafting|covering|working on|putting together|" +
  "delivering|leading|attending|reading|researching|studying|designing|rewriting|refreshing|auditing|dont have|do not have|have no)";
const ASKER_TIME_WORD = /\b(?:tonight|today|right now|now|at the moment|currently|this (?:morning|afternoon|evening)|later)\b/g;
const ASKER_TIME = new RegExp(
  `\\b${ASKER_ACTIVITY}(?: \\S+){0,4}? (?:tonight|today|right now|at the moment|currently|this (?:morning|afternoon|evening)|later)\\b|` +
    `\\b(?:tonight|today|right now|at the moment|currently|this (?:morning|afternoon|evening))(?: \\S+){0,3}? ${ASKER_ACTIVITY}\\b|` +
    `\\b(?:tonight|today|right now|now|at the moment|currently)(?: (?:im|i am|were|we are|we|i|our \\w+ (?:is|are)))? ${ASKER_WORK}\\b|` +
    `\\b(?:im|i am|were|we are|(?:is|are)) (?:tonight|today|right now|now|at the moment|currently) ${ASKER_WORK}\\b`,
  "g",
);

/** "Does it now include": "now" as in "these days", not "at this moment". */
const NOWADAYS = /\b((?:does|do|did|is|are|has|have|can|will|would) (?:it|this|that|they|the law|the guidance)) now\b/g;

/** The text as the features read it: negated danger and the asker's own times taken out. */
export function withoutOpposites(plain: string): string {
  return plain
    .replace(NEGATION, " ")
    .replace(NOWADAYS, "$1")
    .replace(ASKER_TIME, (m) => m.replace(ASKER_TIME_WORD, " "));
}
