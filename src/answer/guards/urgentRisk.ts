/**
 * Does the question describe a child at immediate risk now? Such a question gets the urgent-contact
 * message before anything else (DESIGN.md, "Rules of the domain"). Conservative by construction:
 * a question about policy, thresholds or what a document says needs both a concrete threat and a
 * word of immediacy before it counts.
 */

/** Someone the risk is to. */
const PERSON = [
  "child", "children", "kid", "kids", "boy", "girl", "baby", "infant", "toddler", "newborn", "son", "daughter",
  "stepson", "stepdaughter", "grandchild", "nephew", "niece", "pupil", "student", "young person", "young people",
  "teenager", "teen", "sibling", "brother", "sister", "he", "she", "him", "her", "my client",
  "\\d{1,2}[- ]?(?:year|yr)s?[- ]?old",
];

/** Concrete threats happening now or about to happen. */
const THREATS = [
  "(?:is|are) being (?:hurt|harmed|beaten|hit|abused|attacked|assaulted|raped|strangled|choked|threatened|groomed|exploited)",
  "(?:is|are) (?:hurting|beating|hitting|attacking|abusing|assaulting|strangling|choking|stabbing)",
  "(?:has|have|has got|is carrying|is holding|armed with) (?:a |an )?(?:knife|knives|weapon|gun|blade|machete|firearm)",
  "(?:is|are) threatening",
  "threatening to (?:kill|hurt|stab|shoot|harm|attack)",
  "(?:will|going to|gonna|is about to) (?:kill|hurt|stab|shoot|attack|rape)",
  "will be (?:killed|hurt|attacked|stabbed|shot|beaten|raped)",
  "(?:going to|wants to|will|plans? to|about to) (?:kill|hurt|harm) (?:himself|herself|themselves|themself)",
  "suicidal\\b.{0,60}\\bplan",
  "(?:has taken|took|has had|taken) an overdose",
  "(?:is|are|be) in (?:immediate )?danger",
  "at immediate risk",
  "missing since (?:last night|yesterday|this morning|this afternoon|earlier today)",
  "(?:too )?(?:scared|afraid|frightened) to go home",
];

/** Words that say "now". */
const IMMEDIACY = [
  // Bare "now" and "today" are left out: "she is now 14" is history, not immediacy.
  "right now", "just now", "tonight", "this evening", "this afternoon", "this morning",
  "last night", "at the moment", "currently", "as we speak", "at present",
  "just (?:told|disclosed|said|rang|called|texted|messaged)", "has just", "have just",
];

/** Harm or danger terms, for questions without a listed threat but with immediacy. */
const HARM = [
  "hurt", "hurting", "harm", "harmed", "beaten", "hit", "attacked", "abused", "assaulted", "raped", "kill",
  "killed", "danger", "dangerous", "at risk", "missing", "suicidal", "overdose", "self-harm", "self harm",
  "knife", "weapon", "threatening", "threatened", "unsafe", "not safe", "scared", "injured", "bleeding",
  "unconscious", "locked in",
];

/** Questions about documents, policy or hypotheticals rather than a child in front of the asker. */
const FRAMING = [
  "threshold", "policy", "policies", "procedure", "procedures", "guidance", "protocol", "ofsted", "inspection",
  "report", "training", "statistics", "how many", "what does", "what did", "what do", "what is the",
  "what should", "how should", "how are", "how is", "what happens", "according to", "stand for", "definition",
  "if", "when", "followed up",
];

/** Phrases that say the opposite; removed before matching. */
const NEGATIONS = [
  "not in (?:immediate )?danger", "no (?:immediate )?(?:risk|danger)", "not at (?:immediate )?risk", "not urgent",
  "not (?:currently )?missing",
];

const anyOf = (phrases: string[]) => new RegExp(`\\b(?:${phrases.join("|")})\\b`, "i");
const PATTERNS = {
  person: anyOf(PERSON),
  threat: anyOf(THREATS),
  immediacy: anyOf(IMMEDIACY),
  harm: anyOf(HARM),
  framing: anyOf(FRAMING),
  negation: new RegExp(`\\b(?:${NEGATIONS.join("|")})\\b`, "gi"),
};

export function describesImmediateRisk(text: string): boolean {
  const t = text.replace(/[\u2018\u2019]/g, "'").replace(PATTERNS.negation, " ").replace(/\s+/g, " ");
  if (!PATTERNS.person.test(t)) return false;
  const threat = PATTERNS.threat.test(t);
  const immediate = PATTERNS.immediacy.test(t);
  if (PATTERNS.framing.test(t)) return threat && immediate;
  return threat || (immediate && PATTERNS.harm.test(t));
}

export const UK_EMERGENCY_LINE = "If a child is in immediate danger, call 999.";

/** Only 999 holds everywhere in the UK; every other number comes from config, verbatim. */
export function urgentMessage(contacts: { urgent: string | null }): string {
  const local = contacts.urgent?.trim();
  if (!local) {
    return (
      `${UK_EMERGENCY_LINE}\n` +
      "Local safeguarding contacts have not been set up here yet: an administrator should configure them (URGENT_CONTACTS)."
    );
  }
  return `${UK_EMERGENCY_LINE}\n${local}`;
}
