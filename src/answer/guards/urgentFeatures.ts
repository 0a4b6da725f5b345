/**
 * General signals that a question describes a child at risk now, as numbers a classifier weighs
 * (urgentRisk.ts). Each feature is a kind of phrasing, not a sentence: time words, harm that is
 * happening or about to, threats (and threats conditional on telling), a disclosure just made, someone
 * waiting, injuries seen, grooming going on, a child who cannot be found; and, against them, the
 * framing of a question about policy, numbers, inspections, training or the past.
 */

const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");

const HARM_VERB =
  "kill|hurt|harm|stab|shoot|beat|batter|hit|punch|kick|rape|attack|strangle|choke|burn|cut|use it|" +
  "do it|end it|take (?:her|him|them)|jump (?:her|him)|get (?:her|him)|come for|find (?:her|him)|make (?:her|him)|lock|" +
  "marry|send (?:her|him)|set fire|pay|throw|touch";

const FEATURES = {
  /** Time words that put the danger now or within hours. */
  now: words([
    "right now",
    "just now",
    "tonight",
    "today",
    "this (?:morning|afternoon|evening|weekend)",
    "at the moment",
    "currently",
    "as we speak",
    "at present",
    "in (?:ten|five|\\d+) minutes",
    "(?:an?|\\d+|few|ten|five|twenty) (?:minutes?|mins|hours?) ago",
    "at lunchtime",
    "home time",
    "after school",
    "later",
    "on (?:his|her|their) way",
    "at \\d{1,2}(?::\\d\\d)? ?(?:[ap]m|tonight|today)",
  ]),
  /** Words of time that are often, but not always, about now ("she is now 14" is not). */
  soon: words(["now", "tomorrow", "next week", "soon", "last night", "yesterday"]),
  /** Missing, or not seen, since a recent moment. */
  since: words([
    "since (?:yesterday|last night|this morning|lunch|the weekend|earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    "(?:has|have)n't (?:been seen|come home)",
    "has not (?:been seen|come home|been collected)",
    "not (?:been )?collected",
    "gone missing",
    "(?:is|are|been|reported) missing",
    "whereabouts",
    "can't find",
    "for (?:two|three|\\d+) days",
    "all week",
  ]),
  /** Harm going on: "is being hurt", "keeps being picked up", "is hitting". */
  ongoing: new RegExp(
    "\\b(?:is|are|keeps?|keep|being|getting|(?:she|he|they)'s been) (?:being )?" +
      "(?:hurt|harmed|hit|beaten|abused|assaulted|raped|groomed|" +
      "trafficked|drugged|sold|filmed|followed|stalked|attacked|stabbed|" +
      "exploited|threatened|picked up|held|forced|made|sent|messag\\w+|kept|locked|blackmailed|tracked|touched|" +
      "sexting|shaking|shouting|screaming|hitting|abusing|self harming|live streaming|live chatting|asking|" +
      "tracking|sending|threatening|throwing|waiting|making|coming)\\b",
    "i",
  ),
  /** A threat or intention of harm: "will kill", "said he'd hurt", "going to take her". */
  threat: new RegExp(
    "\\b(?:will|'ll|he'd|she'd|they'd|going to|gonna|about to|threaten\\w* to|wants? to|said (?:he|she|they) (?:would|will)) " +
      `(?:\\w+ )?(?:${HARM_VERB})\\b`,
    "i",
  ),
  /** A threat tied to telling: "if she tells", "or else". */
  conditional: words([
    "if (?:she|he|they|you|i) (?:tells?|says?|talks?|reports?|goes home|doesn't|does not|is sent)",
    "if (?:she|he) (?:goes|is)",
    "or else",
  ]),
  /** Said plainly: the child is in danger. */
  inDanger: words([
    "(?:is|are) in (?:immediate |real )?danger",
    "(?:is|are) at immediate risk",
    "(?:is|are) not safe",
    "(?:is|are) unsafe",
  ]),
  /** A weapon, or a danger to life. */
  weapon: words([
    "knife",
    "knives",
    "blade",
    "machetes?",
    "gun",
    "weapon",
    "stab wounds?",
    "fire",
    "overdose",
    "paracetamol",
    "unconscious",
    "floppy",
    "not breathing",
    "strangled",
    "kill (?:herself|himself|themselves)",
    "end it all",
    "suicid\\w*",
    "wants? to (?:die|jump|end (?:it|her life|his life))",
    "going to jump",
    "on (?:a|the) (?:bridge|roof|ledge|railway line)",
  ]),
  /** Injuries seen on a child now. */
  injury: words(["bruis\\w*", "black eye", "burns?", "cuts", "swollen", "bleeding", "blood", "head injury", "marks", "wounds?"]),
  /** Someone waiting for or coming to take the child. */
  waiting: words([
    "waiting (?:outside|at|for)",
    "outside (?:the )?(?:school|gates?|takeaway|house)",
    "in (?:a|the) car",
    "in a van",
    "car park",
    "pick(?:ing)? (?:her|him|them) up",
    "picking up",
    "(?:picked up|taken|collected) by",
    "unknown (?:adult|man|woman|car)",
    "collect (?:her|him)",
    "get in",
    "on (?:his|her) way",
    "at the (?:gate|door)",
    "sneak out",
    "meet (?:her|him|up)",
  ]),
  /** Grooming or sexual exploitation by an adult, online or in person. */
  grooming: words([
    "older (?:men|man|males?|lads|boys)",
    "adult (?:males?|men|man)",
    "a man",
    "stranger",
    "\\d{2} year old (?:man|boyfriend|male)",
    "(?:is|who is) (?:19|2\\d|3\\d)",
    "snapchat",
    "discord",
    "tiktok",
    "online",
    "nudes?",
    "pictures",
    "photos",
    "undress",
    "explicit",
    "sexting",
    "pimp",
    "sleep with",
    "for money",
    "drugs",
    "dealers",
    "gang",
    "package",
  ]),
  /** Someone has a weapon with them. */
  armed: new RegExp(
    "\\b(?:has|got|with|carrying|holding|brought|in (?:his|her) (?:bag|pocket)) (?:a |an |his |her )?(?:\\w+ )?" +
      "(?:knife|knives|blade|machetes?|gun|weapon|pills)\\b",
    "i",
  ),
  /** A disclosure just made, or a child speaking to the asker. */
  disclosure: words([
    "told me",
    "just (?:told|disclosed|said|rang|called|texted)",
    "(?:has )?disclosed",
    "says",
    "said",
    "texted me",
    "messaged me",
    "rang to say",
  ]),
  /** The asker is with the child, or hears it happen. */
  presence: words([
    "in front of me",
    "with me",
    "i'm with",
    "in my (?:office|surgery|clinic|class|room)",
    "i can (?:hear|see)",
    "while i'm (?:here|there)",
    "i'm at",
    "i am at",
    "(?:is|are) here",
    "home visit",
    "on the phone",
    "next door",
    "in the (?:waiting room|toilets|car park|playground)",
  ]),
  /** Fear or a plea: the child does not feel safe. */
  fear: words([
    "scared",
    "terrified",
    "afraid",
    "frightened",
    "doesn't feel safe",
    "not safe",
    "asking for help",
    "won't (?:say|go|call)",
    "doesn't want to go",
    "hiding",
    "goodbye message",
    "hungry",
    "no food",
  ]),
  /** An adult of the child's household, or children without one. */
  household: words([
    "(?:step)?dad",
    "(?:step)?mum",
    "father",
    "mother",
    "parents?",
    "(?:mum's|mother's) (?:partner|boyfriend)",
    "uncle",
    "brother",
    "partner",
    "grandad",
    "alone",
    "on (?:their|his|her) own",
    "left (?:alone|on)",
    "no adult",
  ]),
  /** One child in particular (not children in general). */
  oneChild: words([
    "(?:a|the|my|our|this|that|his|her) " +
      "(?:child|kid|boy|girl|baby|newborn|toddler|son|daughter|pupil|student|tutee|lad|young person|teenager|adolescent)",
    "year \\d{1,2} (?:girl|boy|pupil|child|student)",
    "\\d{1,2}[- ]?(?:year|yr)s?[- ]old",
    "\\d{1,2} ?yo",
    "aged \\d{1,2}",
    "ks\\d (?:pupil|child)",
  ]),
  /** A child is the person at risk. */
  child: words([
    "child",
    "children",
    "kids?",
    "teens?",
    "\\d{1,2} ?yo",
    "boy",
    "girl",
    "baby",
    "newborn",
    "toddler",
    "twins",
    "son",
    "daughter",
    "pupils?",
    "students?",
    "tutee",
    "lad",
    "young person",
    "teenager",
    "adolescent",
    "year \\d{1,2}",
    "ks\\d",
    "\\d{1,2}[- ]?(?:year|yr)s?[- ]old",
    "aged \\d{1,2}",
    "she",
    "he",
    "her",
    "him",
  ]),
  /** A question about documents, rules, numbers or training. */
  framing: words([
    "policy",
    "policies",
    "procedures?",
    "guidance",
    "protocol",
    "threshold",
    "thresholds",
    "criteria",
    "definition",
    "define[ds]?",
    "stand for",
    "mean",
    "statistics",
    "stats",
    "data",
    "figures",
    "crime",
    "how many",
    "number of",
    "numbers",
    "percentage",
    "rate",
    "inspection",
    "inspectors?",
    "ofsted",
    "jtai",
    "report",
    "training",
    "course",
    "according to",
    "what does",
    "what did",
    "what do(?! i do)",
    "what is",
    "what are",
    "what were",
    "what happens",
    "what was",
    "what should (?:a|an|the|schools?|staff|we|practitioners|agencies)",
    "how (?:should|do|does|are|is|quickly|long)",
    "who is",
    "which agencies",
    "role",
    "responsibilit\\w+",
    "process",
    "flowchart",
    "recommendations",
    "findings",
    "audit",
    "learning",
    "summarise",
    "signs",
    "steps",
    "support is there",
    "escalation",
    "refer a",
    "record",
    "panel",
    "partnership",
    "improvements",
  ]),
  /** Asking where to find help, information or ideas rather than what to do now. */
  seeking: words([
    "who (?:do|should|can|could) (?:i|we) (?:speak|talk|contact|ask)",
    "where can",
    "is there (?:a|an|any)",
    "are there any",
    "any info",
    "ideas",
    "awareness",
    "leaflet",
    "funding",
    "toolkit",
    "prevalence",
    "link with",
    "tell me about",
    "lessons",
    "pathway",
    "sessions",
    "support for",
    "get support",
    "should i write",
    "can i tell",
    "asked (?:me )?about",
    "right for",
    "which number",
  ]),
  /** Words saying the child is safe now, or the matter is closed. */
  reassured: words([
    "no immediate danger",
    "not in (?:immediate )?danger",
    "not at (?:immediate )?risk",
    "safe at home",
    "well cared for",
    "closed the case",
    "doing well",
    "is safe",
    "not urgent",
    "was explained",
    "were explained",
  ]),
  /** A time in the past. */
  past: words([
    "in (?:19|20)\\d\\d",
    "(?:19|20)\\d\\d(?:-\\d\\d)?",
    "last (?:year|term|month)",
    "years ago",
    "historic\\w*",
    "previously",
    "when (?:she|he) was",
    "(?:was|were) (?:abused|hurt|hit|harmed|assaulted|exploited|groomed|beaten)",
    "used to",
    "after it stops",
    "since 20\\d\\d",
  ]),
  /** A general case or a hypothetical, not one child now. */
  generic: words([
    "if (?:a|an|the|my|our) (?:child|pupil|student|parent|young person|baby|girl|boy)",
    "what (?:should|do) (?:i|we) do (?:if|when)",
    "if they disclose",
    "when a (?:child|pupil|parent)",
    "children who",
    "a child who",
    "young people who",
    "in children",
    "under one",
    "under 18s",
    "signs (?:that|of)",
  ]),
};

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
