import { LOWERING } from "./urgentFraming.js";
import { WHO } from "./urgentWho.js";

/**
 * The kinds of phrasing the urgent-risk classifier reads (urgentFeatures.ts), grouped by what they
 * describe: what is happening, when, where the person doing harm is now (here), who (urgentWho.ts), and
 * what lowers the risk (urgentFraming.ts). Each entry is one general way of saying it, written from how
 * such messages are phrased, never from one sentence of the labelled set; text is matched lower case and
 * without apostrophes ("hes", "cant", "mums"). test/answer/urgentPhraseUse.test.ts keeps count of
 * entries that only one labelled question uses.
 */

const HARM = "hurt|harm|kill|stab|shoot|beat|batter|hit|punch|kick|rape|attack|strangle|choke|burn|cut|smack|slap|throttle|finish";
/** "will" as typed without an apostrophe: "hell", "theyll", "shell". */
const WILL = "will|ll|hell|shell|theyll|youll|going to|gonna|about to";

const HAPPENING = {
  /** Harm going on: "is being hurt", "keeps hitting", "hes been touching". */
  ongoing: [
    "(?:is|are|keeps?|being|getting|got|hes|shes|theyre|hes been|shes been|theyve been|has been|have been) (?:being )?(?:\\w+ and )?" +
      "(?:hurt|harmed|hit|beaten|abused|assaulted|raped|groomed|trafficked|drugged|exploited|threatened|" +
      "attacked|jumped|stabbed|strangled|choked|starved|neglected|filmed|followed|stalked|blackmailed|forced|made|held|kept|locked)",
    "(?:is|are|keeps?|hes|shes|theyre|hes been|shes been) (?:hitting|hurting|beating|abusing|touching|kicking|" +
      "punching|strangling|choking|shaking|threatening|attacking|smashing|throwing|shouting|screaming)|" +
      "(?:is|are|hes|shes|theyre) (?:fighting|kicking off|going mad|raging|off (?:his|her|their) head)|" +
      "(?:threw|thrown|throw|pushed|shoved|dragged|drag\\w*) (?:\\w+ ){0,3}(?:down|into|out|across|against|by (?:his|her|their) hair)|" +
      "(?:hurt|harmed|hit|beat|battered|punched|kicked|raped|attacked|strangled|choked|burned|burnt|smacked|slapped|stabbed|throttled|shook|shaken) (?:her|him|them|me|us|the baby)|" +
      "(?:dads|mums|stepdads|uncles|brothers|boyfriends) (?:hitting|hurting|beating|smashing|kicking|punching|throwing|shouting|screaming|going mad|kicking off)",
  ],
  /** A child's life in danger from illness or injury as it happens: not breathing, unresponsive, fitting, choking. */
  medicalEmergency: [
    "(?:stopped|not|isnt|is not|cant|struggling to) breath\\w*|(?:doing|giving|started|starting|do) (?:cpr|chest compressions)|defib\\w*|" +
      "(?:is|are|hes|shes|theyre|gone|went|lying|now|still) (?:unresponsive|unconscious|limp|blue|grey)|(?:is|are|hes|shes|theyre|keeps|still|started|now) (?:fitting|seizing|choking)|chok(?:ed|ing) on|" +
      "(?:having|in) a (?:fit|seizure)|anaphyla\\w*|epi ?pen|(?:wont|cant|will not|can not|not) wak(?:e|ing)|" +
      "(?:head (?:injury|knock|bang)|hit (?:his|her|their) head|knocked out)\\W+(?:\\w+\\W+){0,6}(?:vomit\\w*|sick|confused|drowsy|not making sense)",
    // Typed in haste without a verb: "3yo choking", "baby not breathing".
    "(?:\\d+ ?(?:yo|year old|month old|week old|mo)|baby|toddler|infant|child|kid|newborn|son|daughter)s? (?:is )?(?:choking|fitting|seizing|unresponsive|not breathing)",
  ],
  /** A threat or intention of harm, or one tied to telling or leaving. */
  threat: [
    // "will kill", "will be killed", "gonna get battered": the harm in any of its forms.
    `(?:${WILL}|hed|shed|theyd|threaten\\w* to|wants? to|said (?:he|she|they) (?:would|will)) (?:\\w+ )?(?:${HARM})\\w*|` +
      `(?:${HARM})s? (?:the|her|his|my|their|our) (?:baby|child|kids?|son|daughter|little \\w+|brother|sister)|` +
      `(?:${WILL}) (?:take|get|find|come for|do) (?:her|him|them|me|it)|(?:${WILL}) do (?:worse|it again|the same)|threat(?:s|ened|ening)?|(?:banging|hammering|kicking) (?:on|at) the (?:door|window)`,
    "if (?:she|he|they|i|you) (?:tells?|says?|talks?|reports?|grasses|leaves?|goes to)|or else|not to tell|(?:a|our) secret|(?:kill|hurt|get) (?:her|him|them|me|us) if",
    // Menace without a word of harm: faces hidden, or death said gently.
    "balaclavas?|masked|in masks|(?:be with|join|see) (?:\\w+ )?in heaven|(?:go to sleep|sleep) (?:forever|and not wake up)|" +
      "(?:not|wont) (?:be (?:here|around)|wake up) (?:tomorrow|anymore|much longer)|take (?:her|him|them|us) with (?:me|her|him)",
  ],
  /** Said plainly: the child is in danger. */
  inDanger: [
    "in (?:immediate |real |serious )?danger|not safe|unsafe|at (?:immediate|serious) risk|fear(?:s|ed)? for",
    "balcony|window ledge|open window|999 (?:call|hang ?up|hung up)|silent (?:999 )?call|hanging(?! (?:out|around|about|round))",
  ],
  /** Cannot get away: locked in, kept in, not let out. */
  confined: [
    "lock(?:s|ed|ing)? (?:(?:me|her|him|them|us) )?(?:in|up|out)|locked the doors?|shut in|trapped|kept (?:in|inside|at)|tied (?:up|to)|chained|(?:wont|will not) open the door",
    "wont let (?:me|us) (?:in|see)|refus\\w+ (?:entry|access|to let)|(?:cant|can not|cannot) get out|wont let (?:me|her|him|them|us) (?:out|leave|go)|(?:not|isnt) allowed out|taken (?:my|her|his|their) phone",
  ],
  /** No adult looking after the child. */
  leftAlone: [
    "(?:left|home|been) (?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves))|home alone|gone out and left",
    "alone|wandering|(?:on|by) (?:his|her|their|our) own|(?:nobody|no one) (?:is )?claiming|left (?:us|them|the kids|the children)|abandoned|(?:went|gone) out (?:\\w+ ){0,2}(?:and )?(?:never|didnt|hasnt) (?:came|come) back",
    "nowhere (?:to|else to) (?:go|sleep|stay)|(?:kicked|thrown|chucked) (?:me |her |him |them )?out|sleeping (?:rough|outside|on the streets)",
    "(?:no|without an?) (?:adult|parent|carer)|(?:no one|nobody) (?:is )?(?:home|in|there|looking after)|(?:not|hasnt|havent|has not|didnt) (?:come|came) (?:home|back)",
  ],
  /** The adult in charge cannot look after the child: unconscious, overdosed, drunk. */
  carerIncapable: [
    "passed out|unconscious|collapsed|not breathing|floppy|(?:wont|cant|will not|can not|not) wak(?:e|ing) (?:up|her|him|them)",
    "overdos\\w*|(?:off|out of) (?:her|his|their) (?:face|head|mind)|out of it|(?:very |really |so |too )?drunk|high on|slurring|steaming|wasted|smashed|hammered",
    "(?:stopped|not taking|off|run out of|ran out of) (?:her|his|their) (?:meds|medication|tablets)|(?:psychotic|hearing voices|paranoid|hallucinat\\w*|voices telling)",
    "(?:is|clearly|very|obviously|looks?|seems?|appears?|totally|completely) (?:high|stoned|spaced out|out of it)",
  ],
  /** Sexual harm, often said in euphemism. */
  sexualHarm: [
    "made (?:to|me|her|him)|makes? (?:me|her|him|them) (?:do|touch|watch|take)",
    "touch(?:ed|es|ing)?|(?:did|does|doing) (?:stuff|things) to|private parts|(?:comes?|came) into (?:my|her|his|their) (?:room|bed)",
    "sexual\\w*|rap(?:e|ed|ing)|(?:have|had) sex|sleep with|nudes?|undress\\w*|sext\\w*|explicit|take (?:her|his|their|your|my) (?:top|clothes|trousers|shirt) off",
  ],
  /** A weapon, fire, or a child who may end their life. */
  weapon: [
    "knife|knives|blade|machetes?|guns?|weapons?",
    "petrol|set fire|on fire",
    "(?:got|has|had|with|holding|waving|grabbed|took) (?:a|the|his|her|their) (?:belt|bat|baseball bat|hammer|axe|bottle|iron)",
  ],
  selfHarm: [
    "suicid\\w*|kill (?:myself|herself|himself|themselves)|end (?:it all|my life|her life|his life|their life)|wants? to die",
    "(?:took|taken|take) (?:an )?(?:tablets|pills|overdose)|on (?:a|the) (?:bridge|roof|ledge|railway|tracks)|" +
      "cut(?:ting)? (?:myself|herself|himself|themselves)|self[- ]?harm\\w*",
    "(?:going to|gonna|about to|wants? to|threatening to|will|ll) jump|jump(?:ing|ed)? (?:off|from|in front)|" +
      "(?:on|at) (?:the )?(?:top|edge) of (?:a|the) (?:multi ?storey|car park|bridge|building|cliff|roof|flats)|on (?:the|a) (?:multi ?storey|car park roof)",
    "done with (?:it all|everything|life)|(?:cant|can not|cannot) (?:go on|do this any ?more|take (?:it|this) any ?more)|no point (?:in )?(?:living|going on)|better off (?:dead|without me)|" +
      "(?:took|taken|take|swallowed|had) (?:\\w+ ){0,4}(?:tablets|pills|paracetamol)|finish it|wont be here tomorrow|sorry for everything|rope|ligature|noose|" +
      "(?:at|on) the (?:bridge|tracks|railway line|cliff edge)",
  ],
  /** Injuries seen on a child, and the signs of a seriously ill child that clinicians' red flags name. */
  injury: [
    "bruis\\w*|black eye|swollen|marks",
    "bleeding|blood|cuts|wounds?|burns?",
    "limp|not moving|drowsy|blister\\w*|scald\\w*|dehydrated|(?:hasnt|has not|not) (?:eaten|been fed)|soiled|" +
      "(?:split|cut|burst|fat) lip|fractur\\w*|stab wounds?|lethargic|unresponsive|not feeding|lost (?:\\w+ )?(?:of )?weight|fitting|seizures?",
    "broken (?:arm|leg|wrist|ribs?|bone|nose)|limping|head injury|(?:cant|cannot|can not) (?:walk|breathe|move)|" +
      "breathing (?:is )?(?:strange|odd|funny|shallow|noisy|fast)|struggling to breathe",
    "breath(?:e|es|ing)? (?:really |very |so )?(?:fast|quick(?:ly)?|strange(?:ly)?|funny|shallow|noisy)|grunting (?:noise|sound)s?|(?:ribs|breath\\w*) (?:\\w+ ){0,4}grunting|" +
      "(?:sucking|pulling|drawing) in (?:under|between|at|by) (?:her|his|their|the) ribs|(?:going|turned|turning|gone|went) (?:blue|grey|purple|mottled)|" +
      "blue lips|lips (?:are |were |going |gone )?blue|mottled|high[- ]pitched (?:cry|scream)|bulging (?:soft spot|fontanelle)|" +
      "rash (?:that )?(?:doesnt|does not|wont|will not) fade|non[- ]blanching",
  ],
  /** A child who cannot be found or has not come back. */
  missing: [
    // Not "missing school", "missing appointments" or "missing a penalty": those are not a child unaccounted for.
    "missing(?! (?:a|an|the|his|her|their|school|appointments?|lessons?|classes|sessions|meetings|out|data|information|from (?:school|education)))|ran away|run(?:ning)? away|run off|whereabouts",
    "(?:not|hasnt|hasnt been|not been|has not been) (?:seen|heard from)|(?:not|hasnt|has not) (?:been )?(?:collected|picked up)|" +
      "(?:cant|cannot|can not) (?:find|reach|contact)|(?:phone|phones) (?:is )?(?:off|dead)|not answering|(?:nobody|no one) (?:is )?answering|(?:wont|isnt|not) (?:answer|picking up)|no answer",
  ],
  /** Exploitation by adults or groups: grooming, drugs, money. */
  exploitation: [
    "unknown (?:adult|man|woman|car|van)|older (?:men|man|males?|lads|boys|boyfriend)|adult (?:men|man|males?)|(?:a|an|some) (?:man|men|stranger)|\\d{2} ?(?:year old|yo) (?:man|boyfriend|male)",
    "met (?:online|on)|snapchat|instagram|tiktok|discord|whatsapp|online",
    "gangs?|county lines|drugs?|dealers?|packages?|owes?|debt|for money|parties|party|hotel|cuckoo\\w*",
    "(?:telling|told|asking|asked|wants|getting) (?:her|him|them|me) to (?:sneak out|meet|come (?:over|out|round)|get in|send)|(?:nobody|no one)s? (?:has )?(?:seen|knows?) (?:her|him|them|before)|strangers?",
    "(?:sell|sold|selling) (?:me|her|him|them)|being sold|(?:trafficked|trafficking)",
    // Someone not allowed, or pretending, to take a child: "claiming to be from social services", "not on her list".
    "(?:claiming|claims|pretending|pretends) to be|not on (?:the|her|his|their) (?:list|contact list|collection list)|(?:not allowed|barred|banned) (?:to|from) (?:collect|see|contact)|no such (?:worker|person)",
  ],
};

/** A child about to be taken away: abroad, to be married or cut. */
const TAKEN_AWAY = {
  takenAway: [
    "abroad|out of the country|airport|(?:the |a |her |his )?flights?|fly(?:ing)? (?:out|to|this|on|tomorrow)|board(?:ing)? (?:in|a|the)",
    "(?:be|being|get|getting|to) (?:married|cut)|marry (?:her|him|a|his|their)|forced (?:to )?marr\\w*|wedding (?:in|is|abroad)|fgm|(?:special )?ceremony",
  ],
};

const WHEN = {
  /** Time words that put it now or within hours. */
  now: [
    "right now|now|just now|at the moment|atm|currently|as we speak|at present|straight away|any (?:minute|moment)",
    "tonight|today|this (?:morning|afternoon|evening)|after school|home time|during (?:lunch|break|school|the night)",
    "in (?:a few|five|ten|twenty|\\d+) (?:minutes|mins)|(?:a few|a couple of|an?|one|two|five|ten|twenty|\\d+) (?:minutes?|mins|hours?) ago",
  ],
  /** A time set within the day or days ahead: a clock time, "this weekend", "tomorrow morning", "in the last ten minutes". */
  imminent: [
    "(?:at|by|before|until|till|its) \\d{1,2}(?:[.:]\\d\\d)?(?: ?(?:am|pm))?|\\d{1,2}[.:]\\d\\d(?: ?(?:am|pm))?|\\d{1,2} ?(?:am|pm)",
    "this weekend|tomorrow (?:morning|night|evening|afternoon)|in the (?:last|past|next) (?:few|couple of|five|ten|twenty|\\d+) (?:minutes|mins|hours)|within the hour|in an hour",
  ],
  /** Still happening, or happening again. */
  still: ["still|again|ongoing", "keeps?|every (?:night|day|time)|all (?:night|day)|for hours"],
  /** Recent, or about to be. */
  soon: ["just|earlier|last night|yesterday|since", "tomorrow|later|soon|this week(?:end)?"],
};

/** Where the person doing harm is now: in the house, outside, arriving or returning, living with the child. */
const WHERE = {
  harmDoerHere: [
    // "is there" and "are there" open a question far more often than they place someone: only "hes there",
    // or "is still there", says where the person is.
    "(?:still )?(?:at|in) the (?:house|flat|home|property)|(?:hes|shes|theyre|is|are) (?:still )?at home|(?:is|hes|shes|theyre|are) (?:still )?(?:here|back|home|downstairs|upstairs|in)|" +
      "(?:hes|shes|theyre) (?:still )?there|(?:is|are) still there|(?:here|back|there) again",
    "outside|waiting (?:outside|for|at|in)|at (?:the|my|our|her|his) (?:door|gate|window)|parked (?:across|outside|opposite|over|up)|" +
      "(?:dad|mum|stepdad|he|she|they|partner|boyfriend|hes|shes|theyre)(?: is| are)? (?:downstairs|upstairs|in the (?:kitchen|next room|other room|living room))",
    "on (?:his|her|their|the) way|(?:comes?|coming) (?:back|home|round|over|to get|for)|(?:turns?|turning|shows?|showing) up|arriv(?:es|ing)|" +
      "(?:is|hes|shes|theyre|are) (?:due|heading|driving|walking) (?:home|here|over|round|back)|(?:pick|picking|picked) (?:her|him|them|me) up|in (?:a|his|her|the) (?:car|van)|" +
      "(?:get|gets|getting|got) (?:into|in) (?:a|an|the|his|her) (?:\\w+ )?(?:car|van|taxi)",
    "(?:lives|living|staying|sleeping) (?:with|there|at)|at home with|(?:alone|back) with|(?:go|going|has to go|sent) (?:back|home)",
    "trying to (?:leave|take)|(?:walked|walking|storm\\w*) out|(?:driven|drove|driving) (?:off|away)|(?:left|leaving|leave) with (?:her|him|them|the (?:baby|child|kids|children))|" +
      "(?:is|hes|shes|theyre|are) (?:out )?looking for (?:me|her|him|them|us)|(?:drive|driving|take|taking) (?:the kids|the children|them|her|him|the baby) (?:home|away)",
  ],
};

export const PHRASES: Record<string, string[]> = { ...HAPPENING, ...TAKEN_AWAY, ...WHEN, ...WHERE, ...WHO, ...LOWERING };

/** A pattern matching any of the phrases as whole words. */
export const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");

export const FEATURES: Record<string, RegExp> = Object.fromEntries(Object.entries(PHRASES).map(([k, list]) => [k, words(list)]));
