import { FRAMING, words } from "./urgentFraming.js";

/**
 * The kinds of phrasing the urgent-risk classifier reads (urgentFeatures.ts), one pattern each: general
 * signals (time words, harm verbs, threats, disclosures, waiting, injuries, grooming, a child missing, and
 * the framing of questions about policy or the past), never sentences of the labelled set.
 */

const HARM_VERB =
  "kill|hurt|harm|stab|shoot|beat|batter|hit|punch|kick|rape|attack|strangle|choke|burn|cut|use it|" +
  "do it|end it|take (?:her|him|them)|jump (?:her|him)|get (?:her|him)|come for|find (?:her|him)|make (?:her|him)|lock|" +
  "marry|send (?:her|him)|set fire|pay|throw|touch";

export const FEATURES = {
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
  ...FRAMING,
};
