/**
 * What kind of answer a question wants, as question-answering systems have long asked before looking:
 * a number, a date, a person or organisation, a place, an expansion of an acronym, contact details,
 * or a finding in words.
 */

export type AnswerKind =
  | "number"
  | "measure"
  | "rate"
  | "date"
  | "grade"
  | "person"
  | "who"
  | "where"
  | "acronym"
  | "phone"
  | "email"
  | "definition"
  | "procedure"
  | "finding";

/** What a definition question asks about: a named scheme, team, panel, and the like. */
const NAMED_THINGS =
  "scheme|team|project|service|panel|group|board|programme|hub|forum|meeting|approach|model|pathway|partnership|initiative|tool|protocol|subgroup|unit|strategy|framework|network|thing";

/** A wh-word asks only at the start of a clause; "children who ..." and "when a child goes missing, ..." do not. */
const CLAUSE_START = "(?:^|[,;:?.!-]\\s*|\\b(?:and|or|but|so)\\s+)";

const PATTERNS: [AnswerKind, RegExp][] = [
  [
    "phone",
    /\b(phone|telephone|tel|ring|helpline|number (to call|for)|(contact|direct|hours|duty|emergency|helpline|phone) number|(who|whom) (do|should|can|could|would) (i|we|you) call)\b/i,
  ],
  ["email", /\b(e-?mail|email address)\b/i],
  ["acronym", /\b(stand for|stands for|what is an? [A-Z]{2,}|what's an? [A-Z]{2,}|what does [A-Z]{2,}[a-z]? mean)\b/],
  ["grade", /\b(grade[ds]?|judgements?|rated|rating|ofsted (gave|give))\b/i],
  ["rate", /\b(rates?|percentages?|proportions?|per ?cent)\b|%/i],
  [
    "person",
    new RegExp(
      `${CLAUSE_START}who (is|was|are|were) (the|our|their|your)\\b|\\bwhich (\\w+ )?(director|officer|person|manager|lead)\\b`,
      "i",
    ),
  ],
  [
    "measure",
    /\b(how far|how long|how often|how quickly|how soon|travel time|distance|what(?:'s| is| are| was| were) the (?:\w+ )?(?:timescales?|time ?frames?|deadlines?))\b/i,
  ],
  [
    "number",
    /\b(how many|how much|the number of|what (%|percent|percentage|proportion|number|rate|share)|roughly how|(?:from |at )?what ages?\b|how old|age range|\d+%|% of)/i,
  ],
  [
    "date",
    /\b(when (was|were|is|are|did|do|does|will|has|have|had|should|can|would)|what date|which date|dates?\b|what year|which year|how recent)/i,
  ],
  [
    "who",
    new RegExp(
      `${CLAUSE_START}(who|whom|whose)\\b|\\bwhich (\\w+ )?(service director|organisations?|agenc(y|ies)|trusts?|team|officer|person)\\b`,
      "i",
    ),
  ],
  ["where", new RegExp(`${CLAUSE_START}where\\b|\\b(which office|what venue|which hospital)\\b`, "i")],
  [
    "procedure",
    /\bhow (do|does|should|can|would|will|are|is) (i|we|you|they|the|a|an|our|their|staff|practitioners|schools|partners)\b|\bwhat(?:'s| is| are) the (process|procedure|steps|pathway|route|arrangements?|governance)\b/i,
  ],
  [
    "definition",
    new RegExp(
      `^\\s*(?:so\\s+)?(?:what(?:'s| is| are| was| were)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?[^?]{2,60}?\\b(?:${NAMED_THINGS})s?\\b[^?]{0,40}\\??\\s*$|what (?:does|do|did) (?:the\\s+)?[^?]{2,60}? do\\b)`,
      "i",
    ),
  ],
];

export function answerKindOf(question: string): AnswerKind {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(question)) return kind;
  return "finding";
}

const MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";
const NUMBER_WORD_LIST =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|quarter|third|dozen|several|majority|minority|most|all|none";
const NUMBER_WORDS = new RegExp(`\\b(${NUMBER_WORD_LIST})\\b`, "i");
/** A year, a financial year ("2022/23") or a date holds no count, however many digits it has. */
const DATES_AND_YEARS = new RegExp(
  `\\b(?:19|20)\\d{2}(?:[/-]\\d{2,4})?\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`,
  "gi",
);
const UNIT = "miles?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|km|kilometres?|metres?";
const MEASURE = new RegExp(
  `\\b(\\d+|${NUMBER_WORD_LIST})\\s*(-\\s*)?(${UNIT})\\b|\\b(daily|weekly|monthly|annually|fortnightly|every \\w+)\\b`,
  "i",
);

/** Words that start with a capital in this domain without being anyone's name. */
const NOT_NAMES = new Set(
  (
    "Council Children Children's Safeguarding Partnership Board Team Service Services Panel Report Leads Lead " +
    "Police Health Care Social The This Our Young People Local Authority Scrutiny Director Officer " +
    "Group Subgroup Strategic Operational Integrated Inspection Ofsted Agenda Item Meeting Plan GP GPs NHS Trust"
  ).split(" "),
);

/** "First Last": two capitalised words, at least one of them not a common noun of the domain. */
function holdsPersonName(s: string): boolean {
  for (const m of s.matchAll(/\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (Mc|Mac|O')?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g)) {
    if (!NOT_NAMES.has(m[1]) && !NOT_NAMES.has(m[3])) return true;
  }
  return false;
}

const HOLDS: Record<AnswerKind, (s: string) => boolean> = {
  number: (s) => {
    const count = s.replace(DATES_AND_YEARS, " ");
    return /\d/.test(count) || NUMBER_WORDS.test(count);
  },
  measure: (s) => MEASURE.test(s),
  rate: (s) => /\d\s?%|\bper ?cent\b|\bper \d|\bout of \d|\b(half|quarter|third|majority|minority)\b|\bin (every|each) \d/i.test(s),
  grade: (s) => /\b(outstanding|good|requires improvement|inadequate)\b/i.test(s),
  person: holdsPersonName,
  date: (s) => new RegExp(`\\b${MONTH}\\b|\\b(19|20)\\d{2}\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}`, "i").test(s),
  who: (s) => /(\b[A-Z][a-z]+\b.*){2,}/.test(s.slice(1)) || /\b[A-Z]{2,}\b/.test(s),
  where: (s) => /\b[A-Z][a-z]+/.test(s.slice(1)),
  acronym: (s) => /\([A-Z][A-Za-z&]+\)|\b[A-Z]{2,}\b/.test(s),
  phone: (s) => /(\+44\s?|\b0)\d[\d\s-]{8,}\d/.test(s),
  email: (s) => /[\w.+-]+@[\w-]+\.[\w.]+/.test(s),
  definition: (s) => DESCRIBES.test(s),
  procedure: (s) => ACTS.test(s),
  finding: () => true,
};

/** A sentence that says what something is or does. */
const DESCRIBES =
  /\b(is|are|was|were) (a|an|the|made up|responsible|led|set up|based)\b|\b(provides?|offers?|works? with|supports?|aims? to|consists? of|brings? together|helps?|delivers?|includes?|focus(es)? on|was (established|launched|created|introduced))\b/i;
/** A sentence that says who does what, in what order or to whom. */
const ACTS =
  /\b(sends?|send regular|reports? (to|into)|refers?|referred|escalat\w+|attends?|complet\w+|carr(y|ies) out|undertak\w+|meets?|feeds? (into|up)|reviews?|oversees?|chairs?|leads?|is responsible for|are responsible for|must|should|will)\b/i;

/** Whether a sentence holds the kind of thing the question asks for. */
export function holdsAnswerKind(kind: AnswerKind, sentence: string): boolean {
  return HOLDS[kind](sentence);
}
